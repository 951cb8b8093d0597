// A level's scoring settings: the numbers behind the rules in docs/scoring.md.
import { z } from 'zod';
import { integerBetween, numberBetween } from './schemaHelpers';

export const scoringSettingsSchema = z.strictObject({
  /** Points for a task answered right at the first try without hints. */
  pointsPerTask: integerBetween(10, 1000).default(100),
  /** Share of the points lost for each wrong try before the right one. */
  attemptPenalty: numberBetween(0, 0.5).default(0.2),
  /** Share of the points lost for each hint used. */
  hintCost: numberBetween(0, 0.5).default(0.1),
  /** A right answer always keeps at least this share, however many tries and hints. */
  minShareWhenRight: numberBetween(0, 1).default(0.2),
  /** At most this share of the points comes on top for a quick right answer. */
  timeBonusShare: numberBetween(0, 0.2).default(0.1),
  /** Points needed for one, two and three stars on the whole level. */
  levelStars: z.tuple([integerBetween(0, 100000), integerBetween(0, 100000), integerBetween(0, 100000)]),
});
export type ScoringSettings = z.infer<typeof scoringSettingsSchema>;
