// `npm run levels:check [files...]`: checks all levels in levels/ (or the files named) and
// prints each problem as file, JSON path and a plain reason. Exit 1 on any problem.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkLevelSource, levelSetProblems } from '../src/core/levels/checkLevel';
import { formatLevelProblem, type LevelProblem } from '../src/core/levels/LevelProblem';
import type { Level } from '../src/core/levels/LevelSchema';

const levelsDir = 'levels';
const named = process.argv.slice(2);
const files =
  named.length > 0
    ? named
    : readdirSync(levelsDir)
        .filter((f) => f.endsWith('.json') && f !== 'level.schema.json')
        .map((f) => join(levelsDir, f));

const problems: LevelProblem[] = [];
const good: { file: string; level: Level }[] = [];
for (const path of files) {
  const file = relative(process.cwd(), path) || path;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    problems.push({ file, path: '(file)', message: 'cannot be read: no such file, or no permission' });
    continue;
  }
  const result = checkLevelSource(file, text);
  if (result.ok) good.push({ file, level: result.level });
  else problems.push(...result.problems);
}
if (named.length === 0) problems.push(...levelSetProblems(good));

for (const p of problems) console.error(formatLevelProblem(p));
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s) in ${files.length} level file(s).`);
  process.exit(1);
}
console.log(`${files.length} level file(s) OK: ${good.map((g) => g.level.id).join(', ')}`);
