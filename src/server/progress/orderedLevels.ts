// The order levels are shown in: the class's assigned levels first (oldest assignment first),
// then the other loaded levels by their `order`.
import type { Level } from '../../core/levels/LevelSchema';
import type { Assignment } from '../repositories/AssignmentRepository';

export function orderedLevels(
  levels: readonly Level[],
  assignments: readonly Assignment[],
): { level: Level; assignment: Assignment | undefined }[] {
  const assigned = assignments.flatMap((assignment) => {
    const level = levels.find((l) => l.id === assignment.levelId);
    return level ? [{ level, assignment }] : [];
  });
  const ids = new Set(assigned.map((a) => a.level.id));
  const rest = levels.filter((l) => !ids.has(l.id)).map((level) => ({ level, assignment: undefined }));
  return [...assigned, ...rest];
}
