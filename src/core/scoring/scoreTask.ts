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

/** A try already judged: its verdict, and the hints and time the pupil had used. */
export interface JudgedTry {
  correct: boolean;
  /** 0 to 1, from the task kind's check (TaskCheck.quality). */
  quality: number;
  hintsUsed: number;
  timeMs: number;
}

export type TaskScoreOfJudged = Omit<TaskScore, 'checks'>;

/**
 * Scores a task from tries whose verdicts are known (the server keeps each try's verdict, so a
 * new try does not check the earlier ones again). scoreTask checks the answers, then asks this.
 */
export function scoreJudgedTries(
  settings: ScoringSettings,
  task: TaskDef,
  tries: readonly JudgedTry[],
): TaskScoreOfJudged {
  const base = settings.pointsPerTask;
  let best: { index: number; share: number; bonus: number } | null = null;
  let hintsSoFar = 0;
  let timeSoFarMs = 0;
  tries.forEach((attempt, index) => {
    hintsSoFar = Math.max(hintsSoFar, attempt.hintsUsed);
    timeSoFarMs += attempt.timeMs;
    if (attempt.correct) {
      // Every try before this one counts against it.
      const share = keptShare(settings, index, hintsSoFar, attempt.quality);
      const bonus = settings.timeBonusShare * base * share * timeFactor(timeSoFarMs, task.timeTargetS);
      if (!best || share + bonus / base > best.share + best.bonus / base) best = { index, share, bonus };
    }
  });
  const found = best as { index: number; share: number; bonus: number } | null;
  const share = found ? found.share : 0;
  return {
    taskId: task.id,
    attempts: tries.length,
    correct: found !== null,
    points: found ? Math.round(base * found.share + found.bonus) : 0,
    maxPoints: Math.round(base * (1 + settings.timeBonusShare)),
    stars: starsForShare(share, found !== null),
    hintsUsed: hintsSoFar,
    bestAttempt: found ? found.index : null,
    share,
  };
}

export function scoreTask(
  settings: ScoringSettings,
  task: TaskDef,
  variant: unknown,
  attempts: readonly TaskAttempt[],
): TaskScore {
  const checks = attempts.map((a) => checkAnswer(task, variant, a.answer));
  const judged = attempts.map((a, i) => {
    const check = checks[i] as TaskCheck;
    return { correct: check.correct, quality: check.quality, hintsUsed: a.hintsUsed, timeMs: a.timeMs };
  });
  return { ...scoreJudgedTries(settings, task, judged), checks };
}
