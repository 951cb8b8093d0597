// Per task of a class: how many started and finished, average tries, hints and time, and the
// most common wrong-answer categories (what to explain tomorrow).
import type { Level } from '../../core/levels/LevelSchema';
import type { AttemptRow } from '../repositories/AttemptRepository';
import { groupByTask, taskCell } from './TaskCell';

const average = (values: number[]) =>
  values.length === 0 ? null : Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 100) / 100;

export function taskStats(levels: readonly Level[], rows: readonly AttemptRow[]) {
  const groups = groupByTask(rows);
  return levels.flatMap((level) =>
    level.tasks.map((task) => {
      const mine = rows.filter((r) => r.level_id === level.id && r.task_id === task.id);
      const cells = [...new Set(mine.map((r) => r.pupil_id))].map((pupilId) =>
        taskCell(groups.get(`${pupilId}\n${level.id}\n${task.id}`) ?? [], task.timeTargetS),
      );
      const wrong = new Map<string, number>();
      for (const row of mine) {
        if (row.correct === 0) wrong.set(row.category, (wrong.get(row.category) ?? 0) + 1);
      }
      return {
        levelId: level.id,
        taskId: task.id,
        started: cells.length,
        finished: cells.filter((c) => c.status === 'done').length,
        averageAttempts: average(cells.map((c) => c.attempts)),
        averageHints: average(cells.map((c) => c.hintsUsed)),
        averageTimeMs: average(cells.map((c) => c.timeMs)),
        wrongCategories: [...wrong]
          .map(([category, count]) => ({ category, count }))
          .sort((a, b) => b.count - a.count || a.category.localeCompare(b.category)),
      };
    }),
  );
}
