// One pupil's state on one task, summed up from their stored attempts: the grid's cell.
import type { AttemptRow } from '../repositories/AttemptRepository';

/** Not done after this many tries: the teacher sees a "stuck" mark. */
export const STUCK_AFTER_TRIES = 3;
/** Not done after this many times the task's time target: also "stuck". */
export const STUCK_AFTER_TIME_TARGETS = 3;

export interface TaskCell {
  pupilId: string;
  levelId: string;
  taskId: string;
  status: 'busy' | 'done';
  stars: number;
  points: number;
  attempts: number;
  hintsUsed: number;
  timeMs: number;
  lastActivityAt: string;
  stuck: boolean;
}

/** Sums up a pupil's tries at one task (at least one row, oldest first). */
export function taskCell(rows: readonly AttemptRow[], timeTargetS: number): TaskCell {
  const first = rows[0];
  if (!first) throw new Error('taskCell needs at least one attempt');
  const done = rows.some((r) => r.task_correct === 1);
  const timeMs = rows.reduce((sum, r) => sum + r.time_ms, 0);
  return {
    pupilId: first.pupil_id,
    levelId: first.level_id,
    taskId: first.task_id,
    status: done ? 'done' : 'busy',
    stars: Math.max(...rows.map((r) => r.task_stars)),
    points: Math.max(...rows.map((r) => r.task_points)),
    attempts: rows.length,
    hintsUsed: Math.max(...rows.map((r) => r.hints_used)),
    timeMs,
    lastActivityAt:
      rows
        .map((r) => r.received_at)
        .sort()
        .at(-1) ?? '',
    stuck:
      !done && (rows.length >= STUCK_AFTER_TRIES || timeMs > STUCK_AFTER_TIME_TARGETS * timeTargetS * 1000),
  };
}

/** Groups rows by pupil, level and task, keeping their order. */
export function groupByTask(rows: readonly AttemptRow[]): Map<string, AttemptRow[]> {
  const groups = new Map<string, AttemptRow[]>();
  for (const row of rows) {
    const key = cellKey(row.pupil_id, row.level_id, row.task_id);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

export const cellKey = (pupilId: string, levelId: string, taskId: string) =>
  `${pupilId}\n${levelId}\n${taskId}`;
