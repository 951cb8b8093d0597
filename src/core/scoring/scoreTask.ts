// Scores one task from a pupil's tries: points for a right answer, fewer after more tries
// and hints (never below zero), a small bonus for speed, and stars. See docs/scoring.md.
import type { ScoringSettings } from '../levels/ScoringSettings';
import type { TaskDef } from '../levels/TaskSchema';
import type { TaskCheck } from '../tasks/TaskKind';
import type { TaskAttempt } from './TaskAttempt';
import { checkAnswer } from './taskVariant';

export interface TaskScore {
  taskId: string;
  attempts: number;
  correct: boolean;
  points: number;
  maxPoints: number;
  stars: 0 | 1 | 2 | 3;
  hintsUsed: number;
  /** The verdict on each try, in order. */
  checks: TaskCheck[];
  /** The try that counts (the best right one), or null. */
  bestAttempt: number | null;
  /** Share of the task's points earned before the time bonus, 0 to 1. */
  share: number;
}

/** Share of the bonus for a right answer after `timeMs` with a target of `targetS` seconds. */
export function timeFactor(timeMs: number, targetS: number): number {
  const ratio = timeMs / 1000 / targetS;
  return Math.min(1, Math.max(0, 2 - ratio));
}

/** The share kept after `triesBefore` earlier tries and `hints` hints, for an answer of `quality`. */
export function keptShare(s: ScoringSettings, triesBefore: number, hints: number, quality: number): number {
  const penalised = Math.max(s.minShareWhenRight, 1 - s.attemptPenalty * triesBefore - s.hintCost * hints);
  return Math.min(1, Math.max(0, penalised * quality));
}

export function starsForShare(share: number, correct: boolean): 0 | 1 | 2 | 3 {
  if (!correct) return 0;
  if (share >= 0.9) return 3;
  if (share >= 0.6) return 2;
  return 1;
}

export function scoreTask(
  settings: ScoringSettings,
  task: TaskDef,
  variant: unknown,
  attempts: readonly TaskAttempt[],
): TaskScore {
  const checks = attempts.map((a) => checkAnswer(task, variant, a.answer));
  const base = settings.pointsPerTask;
  let best: { index: number; share: number; bonus: number } | null = null;
  let hintsSoFar = 0;
  let timeSoFarMs = 0;
  let triesBefore = 0;
  checks.forEach((check, index) => {
    const attempt = attempts[index] as TaskAttempt;
    hintsSoFar = Math.max(hintsSoFar, attempt.hintsUsed);
    timeSoFarMs += attempt.timeMs;
    if (check.correct) {
      const share = keptShare(settings, triesBefore, hintsSoFar, check.quality);
      const bonus = settings.timeBonusShare * base * share * timeFactor(timeSoFarMs, task.timeTargetS);
      if (!best || share + bonus / base > best.share + best.bonus / base) best = { index, share, bonus };
    }
    triesBefore += 1;
  });
  const found = best as { index: number; share: number; bonus: number } | null;
  const share = found ? found.share : 0;
  return {
    taskId: task.id,
    attempts: attempts.length,
    correct: found !== null,
    points: found ? Math.round(base * found.share + found.bonus) : 0,
    maxPoints: Math.round(base * (1 + settings.timeBonusShare)),
    stars: starsForShare(share, found !== null),
    hintsUsed: attempts.reduce((m, a) => Math.max(m, a.hintsUsed), 0),
    checks,
    bestAttempt: found ? found.index : null,
    share,
  };
}
