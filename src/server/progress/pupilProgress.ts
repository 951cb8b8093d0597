// One pupil's progress for the dashboard: every attempt over time, the S/T/E/M profile, the
// careers of the tasks they tried, and points per level.
import { STEM_DOMAINS, type StemDomain } from '../../core/domain/StemDomain';
import type { Level } from '../../core/levels/LevelSchema';
import type { AttemptRow } from '../repositories/AttemptRepository';
import type { Pupil } from '../repositories/PupilRepository';
import { groupByTask, taskCell } from './TaskCell';
import { taskMaxPoints } from './taskMaxPoints';

export function pupilProgress(pupil: Pupil, levels: readonly Level[], rows: readonly AttemptRow[]) {
  const groups = groupByTask(rows);
  const tried = levels.filter((level) => rows.some((r) => r.level_id === level.id));
  const got: Record<StemDomain, number> = { S: 0, T: 0, E: 0, M: 0 };
  const max: Record<StemDomain, number> = { S: 0, T: 0, E: 0, M: 0 };
  const careers = new Set<string>();
  const levelSummaries = tried.map((level) => {
    let points = 0;
    let maxPoints = 0;
    let tasksDone = 0;
    for (const task of level.tasks) {
      const group = groups.get(`${pupil.id}\n${level.id}\n${task.id}`);
      const cell = group ? taskCell(group, task.timeTargetS) : null;
      const taskMax = taskMaxPoints(level, task);
      points += cell?.points ?? 0;
      maxPoints += taskMax;
      if (cell?.status === 'done') tasksDone += 1;
      if (cell) for (const career of task.careers) careers.add(career);
      for (const domain of task.domains) {
        got[domain] += cell?.points ?? 0;
        max[domain] += taskMax;
      }
    }
    return { levelId: level.id, points, maxPoints, tasksDone, tasks: level.tasks.length };
  });
  const profile = Object.fromEntries(
    STEM_DOMAINS.map((d) => [d, max[d] === 0 ? null : Math.round((got[d] / max[d]) * 1000) / 1000]),
  ) as Record<StemDomain, number | null>;
  return {
    pupil: { id: pupil.id, nickname: pupil.nickname, lastActiveAt: pupil.lastActiveAt },
    attempts: rows.map((r) => ({
      attemptId: r.id,
      levelId: r.level_id,
      taskId: r.task_id,
      correct: r.correct === 1,
      category: r.category,
      hintsUsed: r.hints_used,
      timeMs: r.time_ms,
      taskPoints: r.task_points,
      taskStars: r.task_stars,
      receivedAt: r.received_at,
      clientCreatedAt: r.client_created_at,
    })),
    profile,
    careers: [...careers].sort(),
    levels: levelSummaries,
  };
}
