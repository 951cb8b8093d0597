// The levels the server serves: every file in levels/ that passes the shared level checker.
// An invalid file is refused whole (its problems are logged), never half-loaded.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkLevelSource, levelSetProblems } from '../../core/levels/checkLevel';
import { formatLevelProblem } from '../../core/levels/LevelProblem';
import type { Level } from '../../core/levels/LevelSchema';
import type { TaskDef } from '../../core/levels/TaskSchema';

export interface LevelCatalog {
  levels: readonly Level[];
  level(id: string): Level | undefined;
  task(levelId: string, taskId: string): { level: Level; task: TaskDef } | undefined;
}

/** Loads every level file; `refuse` hears each refused file with its problems. */
export function loadLevelCatalog(
  dir: string,
  refuse: (file: string, problems: string[]) => void,
): LevelCatalog {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json') && name !== 'level.schema.json')
    .sort();
  let loaded: { file: string; level: Level }[] = [];
  for (const name of files) {
    const file = join(dir, name);
    const result = checkLevelSource(`levels/${name}`, readFileSync(file, 'utf8'));
    if (result.ok) loaded.push({ file: `levels/${name}`, level: result.level });
    else refuse(`levels/${name}`, result.problems.map(formatLevelProblem));
  }
  const setProblems = levelSetProblems(loaded);
  if (setProblems.length > 0) {
    const badFiles = new Set(setProblems.map((p) => p.file));
    for (const file of badFiles) {
      refuse(file, setProblems.filter((p) => p.file === file).map(formatLevelProblem));
    }
    loaded = loaded.filter((l) => !badFiles.has(l.file));
  }
  const levels = loaded.map((l) => l.level).sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const byId = new Map(levels.map((l) => [l.id, l]));
  return {
    levels,
    level: (id) => byId.get(id),
    task: (levelId, taskId) => {
      const level = byId.get(levelId);
      const task = level?.tasks.find((t) => t.id === taskId);
      return level && task ? { level, task } : undefined;
    },
  };
}
