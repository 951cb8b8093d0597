// One pupil's state on one task, summed up from their stored attempts: the grid's cell.
import type { AttemptRow, CellSummary } from '../repositories/AttemptRepository';

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
  return cellFromSummary(summarise(rows), timeTargetS);
}

/** One pass over a pupil's tries at one task (at least one row). */
export function summarise(rows: readonly AttemptRow[]): CellSummary {
  const first = rows[0];
  if (!first) throw new Error('summarise needs at least one attempt');
  const summary: CellSummary = {
    pupilId: first.pupil_id,
    levelId: first.level_id,
    taskId: first.task_id,
    done: false,
    stars: first.task_stars,
    points: first.task_points,
    attempts: rows.length,
    hintsUsed: first.hints_used,
    timeMs: 0,
    lastReceivedAt: first.received_at,
  };
  for (const r of rows) {
    if (r.task_correct === 1) summary.done = true;
    summary.stars = Math.max(summary.stars, r.task_stars);
    summary.points = Math.max(summary.points, r.task_points);
    summary.hintsUsed = Math.max(summary.hintsUsed, r.hints_used);
    summary.timeMs += r.time_ms;
    if (r.received_at > summary.lastReceivedAt) summary.lastReceivedAt = r.received_at;
  }
  return summary;
}

/** A summary per pupil, level and task of the given attempts. */
export const summariseByTask = (rows: readonly AttemptRow[]): CellSummary[] =>
  [...groupByTask(rows).values()].map(summarise);

/** The cell of a summary the database summed up (or taskCell did). */
export function cellFromSummary(s: CellSummary, timeTargetS: number): TaskCell {
  return {
    pupilId: s.pupilId,
    levelId: s.levelId,
    taskId: s.taskId,
    status: s.done ? 'done' : 'busy',
    stars: s.stars,
    points: s.points,
    attempts: s.attempts,
    hintsUsed: s.hintsUsed,
    timeMs: s.timeMs,
    lastActivityAt: s.lastReceivedAt,
    stuck:
      !s.done &&
      (s.attempts >= STUCK_AFTER_TRIES || s.timeMs > STUCK_AFTER_TIME_TARGETS * timeTargetS * 1000),
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
