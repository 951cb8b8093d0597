// Loads a shipped level through the real checker, for tests.
import { readFileSync } from 'node:fs';
import { checkLevelSource } from '../../src/core/levels/checkLevel';
import { formatLevelProblem } from '../../src/core/levels/LevelProblem';
import type { Level } from '../../src/core/levels/LevelSchema';

export function loadLevel(id: string): Level {
  const file = `levels/${id}.json`;
  const result = checkLevelSource(file, readFileSync(file, 'utf8'));
  if (!result.ok) throw new Error(result.problems.map(formatLevelProblem).join('\n'));
  return result.level;
}
