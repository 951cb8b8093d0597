// The stored fields of a pupil's tries at one task, computed by the shared core: for a task and
// a seed, `tries` wrong answers followed (or not) by the right one. Cached, since the seeder
// writes millions of rows from a few thousand task-and-seed pairs.
import type { Level } from '../../src/core/levels/LevelSchema';
import type { TaskDef } from '../../src/core/levels/TaskSchema';
import { scoreTask } from '../../src/core/scoring/scoreTask';
import type { TaskAttempt } from '../../src/core/scoring/TaskAttempt';
import { makeTaskVariant } from '../../src/core/scoring/taskVariant';
import { taskKind } from '../../src/core/tasks/registry';

export interface StoredTry {
  answerJson: string;
  hintsUsed: number;
  timeMs: number;
  correct: number;
  category: string;
  taskAttempts: number;
  taskCorrect: number;
  taskPoints: number;
  taskMaxPoints: number;
  taskStars: number;
  quality: number;
}

/** A plausible wrong answer: numbers moved, the last list item dropped, flags flipped. */
export function perturb(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? value * 2 + 3 : value * 1.7 + 0.5;
  if (typeof value === 'boolean') return !value;
  if (Array.isArray(value)) return value.length > 1 ? value.slice(0, -1).map(perturb) : value.map(perturb);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, perturb(v)]));
  }
  return value;
}

const tryTimeMs = (index: number) => 20_000 + 7_000 * index;

export class TryScores {
  private readonly cache = new Map<string, { wrong: StoredTry[]; rightAfter: StoredTry[] }>();
  private readonly answerCache = new Map<string, { wrong: unknown; right: unknown }>();

  constructor(private readonly maxTries: number) {}

  /** The stored rows of `count` tries; the last one is right when `solved`. */
  tries(level: Level, task: TaskDef, seed: number, count: number, solved: boolean): StoredTry[] {
    const entry = this.entry(level, task, seed);
    const wrong = entry.wrong.slice(0, solved ? count - 1 : count);
    return solved ? [...wrong, entry.rightAfter[count - 1] as StoredTry] : wrong;
  }

  /** A wrong and a right answer for a task and seed, as the load test sends them. */
  answers(task: TaskDef, seed: number): { wrong: unknown; right: unknown } {
    const key = `${task.id}\n${task.kind}\n${JSON.stringify(task.params)}\n${seed}`;
    const found = this.answerCache.get(key);
    if (found) return found;
    const right = taskKind(task.kind).solve(makeTaskVariant(task, seed));
    const answers = { wrong: perturb(right), right };
    this.answerCache.set(key, answers);
    return answers;
  }

  private entry(level: Level, task: TaskDef, seed: number) {
    const key = `${level.id}\n${task.id}\n${seed}`;
    const found = this.cache.get(key);
    if (found) return found;
    const variant = makeTaskVariant(task, seed);
    const { wrong, right } = this.answers(task, seed);
    const attempt = (answer: unknown, index: number): TaskAttempt => ({
      answer,
      hintsUsed: index >= 2 ? 1 : 0,
      timeMs: tryTimeMs(index),
    });
    const stored = (tries: TaskAttempt[]): StoredTry => {
      const score = scoreTask(level.scoring, task, variant, tries);
      const check = score.checks.at(-1);
      const last = tries.at(-1);
      if (!check || !last) throw new Error('scoreTask gave no verdict');
      return {
        answerJson: JSON.stringify(last.answer),
        hintsUsed: last.hintsUsed,
        timeMs: last.timeMs,
        correct: check.correct ? 1 : 0,
        category: check.category,
        taskAttempts: score.attempts,
        taskCorrect: score.correct ? 1 : 0,
        taskPoints: score.points,
        taskMaxPoints: score.maxPoints,
        taskStars: score.stars,
        quality: check.quality,
      };
    };
    const wrongTries = Array.from({ length: this.maxTries }, (_, i) => attempt(wrong, i));
    const entry = {
      wrong: wrongTries.map((_, i) => stored(wrongTries.slice(0, i + 1))),
      rightAfter: wrongTries.map((_, i) => stored([...wrongTries.slice(0, i), attempt(right, i)])),
    };
    this.cache.set(key, entry);
    return entry;
  }
}
