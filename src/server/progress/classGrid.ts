// The dashboard's progress grid of a class: levels with their tasks, pupils, and one cell per
// task a pupil has tried (a missing cell is "not started").
import type { Level } from '../../core/levels/LevelSchema';
import type { Assignment } from '../repositories/AssignmentRepository';
import type { CellSummary } from '../repositories/AttemptRepository';
import type { Pupil } from '../repositories/PupilRepository';
import { cellFromSummary, cellKey, type TaskCell } from './TaskCell';
import { taskMaxPoints } from './taskMaxPoints';

export function classGrid(
  levels: readonly { level: Level; assignment: Assignment | undefined }[],
  pupils: readonly Pupil[],
  summaries: readonly CellSummary[],
) {
  const byCell = new Map(summaries.map((s) => [cellKey(s.pupilId, s.levelId, s.taskId), s]));
  const cells: TaskCell[] = [];
  for (const pupil of pupils) {
    for (const { level } of levels) {
      for (const task of level.tasks) {
        const summary = byCell.get(cellKey(pupil.id, level.id, task.id));
        if (summary) cells.push(cellFromSummary(summary, task.timeTargetS));
      }
    }
  }
  return {
    levels: levels.map(({ level, assignment }) => ({
      id: level.id,
      version: level.version,
      assigned: assignment !== undefined,
      title: level.title,
      tasks: level.tasks.map((task) => ({
        id: task.id,
        kind: task.kind,
        title: task.title,
        maxPoints: taskMaxPoints(level, task),
      })),
    })),
    pupils: pupils.map((p) => ({ id: p.id, nickname: p.nickname, lastActiveAt: p.lastActiveAt })),
    cells,
  };
}
