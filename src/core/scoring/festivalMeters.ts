// The festival-day outcome meters (safety, sound, power, budget, sustainability, happiness),
// from how well the tasks that feed each meter were done. Each meter runs from 0 to 1.
import { METERS, type Meters } from '../domain/Meter';
import type { Level } from '../levels/LevelSchema';
import type { TaskScore } from './scoreTask';

/** A meter that no task feeds, or that only untried tasks feed, stands at this value. */
export const NEUTRAL_METER = 0.5;
/** A task tried but never solved pulls its meters down to this value. */
const UNSOLVED_METER = 0.15;

export function festivalMeters(level: Level, scores: ReadonlyMap<string, TaskScore>): Meters {
  const meters = {} as Meters;
  for (const meter of METERS) {
    let weighted = 0;
    let weights = 0;
    for (const task of level.tasks) {
      const weight = task.feeds[meter] ?? 0;
      const score = scores.get(task.id);
      if (weight === 0 || !score || score.attempts === 0) continue;
      const check = score.bestAttempt === null ? score.checks.at(-1) : score.checks[score.bestAttempt];
      const fromAnswer = check?.meters?.[meter];
      const value = fromAnswer ?? (score.correct ? score.share : UNSOLVED_METER);
      weighted += weight * (score.correct ? value : Math.min(value, 0.4));
      weights += weight;
    }
    meters[meter] = weights === 0 ? NEUTRAL_METER : Math.min(1, Math.max(0, weighted / weights));
  }
  return meters;
}
