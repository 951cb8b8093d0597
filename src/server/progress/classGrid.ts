// The dashboard's progress grid of a class: levels with their tasks, pupils, and one cell per
// task a pupil has tried (a missing cell is "not started").
import type { Level } from '../../core/levels/LevelSchema';
import type { Assignment } from '../repositories/AssignmentRepository';
import type { AttemptRow } from '../repositories/AttemptRepository';
import type { Pupil } from '../repositories/PupilRepository';
import { groupByTask, type TaskCell, taskCell } from './TaskCell';
import { taskMaxPoints } from './taskMaxPoints';

export function classGrid(
  levels: readonly { level: Level; assignment: Assignment | undefined }[],
  pupils: readonly Pupil[],
  rows: readonly AttemptRow[],
) {
  const groups = groupByTask(rows);
  const cells: TaskCell[] = [];
  for (const pupil of pupils) {
    for (const { level } of levels) {
      for (const task of level.tasks) {
        const group = groups.get(`${pupil.id}\n${level.id}\n${task.id}`);
        if (group) cells.push(taskCell(group, task.timeTargetS));
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
