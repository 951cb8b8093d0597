// How big the seeded database is: the full run's realistic school year, or --quick's small one.

export interface SeedSize {
  classes: number;
  pupils: number;
  attempts: number;
  /** Pupils in the class whose progress grid is measured. */
  gridClassPupils: number;
  /** Pupils in the one big "school" class whose export is measured. */
  schoolPupils: number;
  /** Distinct pupil seeds (the scores of each task and seed are computed once, then reused). */
  seedPool: number;
  /** Pupils that get a session for the submission load (one per connection, at most). */
  loggedInPupils: number;
}

export const FULL_SEED: SeedSize = {
  classes: 1000,
  pupils: 25_000,
  attempts: 2_000_000,
  gridClassPupils: 30,
  schoolPupils: 1000,
  seedPool: 256,
  loggedInPupils: 600,
};

export const QUICK_SEED: SeedSize = {
  classes: 40,
  pupils: 2000,
  attempts: 100_000,
  gridClassPupils: 30,
  schoolPupils: 1000,
  seedPool: 32,
  loggedInPupils: 600,
};
