// Which of a play's tries are new since the kiosk last looked: the game records every try in
// the progress store; the kiosk hands each one to its outbox exactly once.
import type { TaskAttempt } from '../scoring/TaskAttempt';

export interface NewAttempt {
  taskId: string;
  /** The try's place among the task's tries (0 = first). */
  index: number;
  attempt: TaskAttempt;
}

/**
 * The tries beyond `sentCounts` (per task), in task order then try order. The caller adds the
 * returned tries to its counts; a count above the stored tries (a wiped store) sends nothing.
 */
export function attemptsToSend(
  attemptsByTask: Readonly<Record<string, readonly TaskAttempt[]>>,
  sentCounts: Readonly<Record<string, number>>,
  taskOrder: readonly string[],
): NewAttempt[] {
  const out: NewAttempt[] = [];
  const known = new Set(taskOrder);
  const order = [
    ...taskOrder,
    ...Object.keys(attemptsByTask)
      .filter((id) => !known.has(id))
      .sort(),
  ];
  for (const taskId of order) {
    const tries = attemptsByTask[taskId] ?? [];
    for (let index = sentCounts[taskId] ?? 0; index < tries.length; index++) {
      const attempt = tries[index];
      if (attempt) out.push({ taskId, index, attempt });
    }
  }
  return out;
}
