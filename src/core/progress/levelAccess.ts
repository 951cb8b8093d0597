// Which festival editions a pupil may play: a level with an `unlock` rule opens once the named
// level has earned enough stars.
import type { Level } from '../levels/LevelSchema';

export type LevelAccess =
  | { levelId: string; open: true }
  | { levelId: string; open: false; needsLevel: string; needsStars: number };

export function levelAccess(level: Level, starsByLevel: Readonly<Record<string, number>>): LevelAccess {
  const rule = level.unlock;
  if (!rule || (starsByLevel[rule.level] ?? 0) >= rule.stars) return { levelId: level.id, open: true };
  return { levelId: level.id, open: false, needsLevel: rule.level, needsStars: rule.stars };
}
