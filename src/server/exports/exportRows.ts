// The rows every class export shares: one per pupil, level and task (levels assigned to the
// class or tried by a pupil), with the task's status and official score. See docs/exports.md.
import type { Level } from '../../core/levels/LevelSchema';
import { cellFromSummary, cellKey } from '../progress/TaskCell';
import { taskMaxPoints } from '../progress/taskMaxPoints';
import type { Assignment } from '../repositories/AssignmentRepository';
import type { CellSummary } from '../repositories/AttemptRepository';
import type { Pupil } from '../repositories/PupilRepository';

export interface ExportRow {
  pupil: string;
  level: string;
  levelVersion: number;
  task: string;
  status: 'not-started' | 'busy' | 'done';
  points: number;
  maxPoints: number;
  stars: number;
  attempts: number;
  hintsUsed: number;
  timeS: number;
  lastActivity: string;
  stuck: boolean;
}

export const EXPORT_COLUMNS = [
  'pupil',
  'level',
  'levelVersion',
  'task',
  'status',
  'points',
  'maxPoints',
  'stars',
  'attempts',
  'hintsUsed',
  'timeS',
  'lastActivity',
  'stuck',
] as const satisfies readonly (keyof ExportRow)[];

/** The levels an export covers: assigned first, then any other level a pupil tried. */
export function exportLevels(
  ordered: readonly { level: Level; assignment: Assignment | undefined }[],
  summaries: readonly CellSummary[],
): Level[] {
  const tried = new Set(summaries.map((s) => s.levelId));
  return ordered.filter((l) => l.assignment || tried.has(l.level.id)).map((l) => l.level);
}

export function exportRows(
  levels: readonly Level[],
  pupils: readonly Pupil[],
  summaries: readonly CellSummary[],
): ExportRow[] {
  const byCell = new Map(summaries.map((s) => [cellKey(s.pupilId, s.levelId, s.taskId), s]));
  return pupils.flatMap((pupil) =>
    levels.flatMap((level) =>
      level.tasks.map((task): ExportRow => {
        const summary = byCell.get(cellKey(pupil.id, level.id, task.id));
        const cell = summary ? cellFromSummary(summary, task.timeTargetS) : null;
        return {
          pupil: pupil.nickname,
          level: level.id,
          levelVersion: level.version,
          task: task.id,
          status: cell?.status ?? 'not-started',
          points: cell?.points ?? 0,
          maxPoints: taskMaxPoints(level, task),
          stars: cell?.stars ?? 0,
          attempts: cell?.attempts ?? 0,
          hintsUsed: cell?.hintsUsed ?? 0,
          timeS: Math.round((cell?.timeMs ?? 0) / 1000),
          lastActivity: cell?.lastActivityAt ?? '',
          stuck: cell?.stuck ?? false,
        };
      }),
    ),
  );
}
