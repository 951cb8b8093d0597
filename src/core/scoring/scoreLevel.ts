// Scores a whole level: total points, stars, the S/T/E/M profile and the festival meters.
// Deterministic and pure, so the browser and the server give the same result.
import type { Meters } from '../domain/Meter';
import { STEM_DOMAINS, type StemDomain } from '../domain/StemDomain';
import type { Level } from '../levels/LevelSchema';
import { festivalMeters } from './festivalMeters';
import { scoreTask, type TaskScore } from './scoreTask';
import { SCORING_VERSION } from './scoringVersion';
import type { TaskAttempt } from './TaskAttempt';
import { makeTaskVariant } from './taskVariant';

export interface LevelScore {
  scoringVersion: number;
  levelId: string;
  levelVersion: number;
  points: number;
  maxPoints: number;
  stars: 0 | 1 | 2 | 3;
  /** Every required task is right: festival day can start. */
  complete: boolean;
  /** Share of the points earned per STEM domain (0 to 1), null for a domain no task trains. */
  profile: Record<StemDomain, number | null>;
  meters: Meters;
  tasks: TaskScore[];
}

/** Scores a level for a seed, given the tries per task id (tasks without tries are untried). */
export function scoreLevel(
  level: Level,
  seed: number,
  attemptsByTask: Readonly<Record<string, readonly TaskAttempt[]>>,
): LevelScore {
  const tasks = level.tasks.map((task) =>
    scoreTask(level.scoring, task, makeTaskVariant(task, seed), attemptsByTask[task.id] ?? []),
  );
  const byId = new Map(tasks.map((t) => [t.taskId, t]));
  const points = tasks.reduce((sum, t) => sum + t.points, 0);
  const maxPoints = tasks.reduce((sum, t) => sum + t.maxPoints, 0);
  const [one, two, three] = level.scoring.levelStars;
  const stars = points >= three ? 3 : points >= two ? 2 : points >= one && points > 0 ? 1 : 0;

  const profile = {} as Record<StemDomain, number | null>;
  for (const domain of STEM_DOMAINS) {
    const trained = level.tasks.filter((t) => t.domains.includes(domain));
    const max = trained.reduce((sum, t) => sum + (byId.get(t.id)?.maxPoints ?? 0), 0);
    const got = trained.reduce((sum, t) => sum + (byId.get(t.id)?.points ?? 0), 0);
    profile[domain] = max === 0 ? null : got / max;
  }
  return {
    scoringVersion: SCORING_VERSION,
    levelId: level.id,
    levelVersion: level.version,
    points,
    maxPoints,
    stars,
    complete: level.tasks.every((t) => !t.required || byId.get(t.id)?.correct),
    profile,
    meters: festivalMeters(level, byId),
    tasks,
  };
}
