// Finds the festival editions in levels/ at build time and checks each with the same checker
// as levels:check and the server; a level with problems is refused whole, with its messages.
import { checkLevelValue, levelSetProblems } from '../../core/levels/checkLevel';
import { formatLevelProblem } from '../../core/levels/LevelProblem';
import type { Level } from '../../core/levels/LevelSchema';

export interface RefusedLevel {
  file: string;
  problems: string[];
}

export interface LoadedLevels {
  levels: Level[];
  refused: RefusedLevel[];
}

const files = import.meta.glob<unknown>('/levels/*.json', { eager: true, import: 'default' });

/** Checks every level value given by file name; exported for tests with other inputs. */
export function checkLevels(values: Record<string, unknown>): LoadedLevels {
  const good: { file: string; level: Level }[] = [];
  const refused: RefusedLevel[] = [];
  for (const [path, value] of Object.entries(values)) {
    const file = path.replace(/^\//, '');
    if (file.endsWith('level.schema.json')) continue;
    const check = checkLevelValue(file, value);
    if (check.ok) good.push({ file, level: check.level });
    else refused.push({ file, problems: check.problems.map(formatLevelProblem) });
  }
  const setProblems = levelSetProblems(good);
  const badFiles = new Set(setProblems.map((p) => p.file));
  for (const file of badFiles) {
    refused.push({ file, problems: setProblems.filter((p) => p.file === file).map(formatLevelProblem) });
  }
  const levels = good
    .filter((g) => !badFiles.has(g.file))
    .map((g) => g.level)
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  return { levels, refused };
}

let loaded: LoadedLevels | null = null;

/** The shipped levels, checked once. */
export function gameLevels(): LoadedLevels {
  loaded ??= checkLevels(files);
  return loaded;
}

export const findLevel = (id: string): Level | undefined => gameLevels().levels.find((l) => l.id === id);
