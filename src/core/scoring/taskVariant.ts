// Makes a pupil's variant of a task and checks one answer against it: the same seed gives
// the same variant and the same verdict in the browser and on the server.
import type { TaskDef } from '../levels/TaskSchema';
import { createRng, taskSeed } from '../random/Rng';
import { taskKind } from '../tasks/registry';
import type { TaskCheck } from '../tasks/TaskKind';

/** The variant of `task` for a pupil (or class) seed. */
export function makeTaskVariant(task: TaskDef, seed: number): unknown {
  return taskKind(task.kind).makeVariant(task.params, createRng(taskSeed(seed, task.id)));
}

/** Checks an untrusted answer: one that does not fit the kind's answer shape is 'invalid'. */
export function checkAnswer(task: TaskDef, variant: unknown, answer: unknown): TaskCheck {
  const kind = taskKind(task.kind);
  const parsed = kind.answer.safeParse(answer);
  if (!parsed.success) return { correct: false, quality: 0, category: 'invalid', explanation: [] };
  return kind.check(variant, parsed.data);
}
