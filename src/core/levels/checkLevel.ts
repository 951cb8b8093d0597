// The one level checker that levels:check, the game and the server all use: a level is
// either fully valid or refused with every problem named; it is never half-loaded.
import type { z } from 'zod';
import { jsonPath, type LevelProblem } from './LevelProblem';
import { type Level, levelSchema } from './LevelSchema';
import { levelProblems } from './levelProblems';
import { parseJson } from './parseJson';

export type LevelCheck = { ok: true; level: Level } | { ok: false; problems: LevelProblem[] };

function zodProblems(file: string, error: z.ZodError): LevelProblem[] {
  const out: LevelProblem[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({ file, path: jsonPath([...issue.path, key]), message: 'is not a known field' });
      }
    } else {
      const message = issue.message.startsWith('Invalid input: expected')
        ? `is missing or has the wrong type (${issue.message.replace('Invalid input: ', '')})`
        : issue.message;
      out.push({ file, path: jsonPath(issue.path), message });
    }
  }
  return out;
}

/** Checks an already parsed level value. */
export function checkLevelValue(file: string, value: unknown): LevelCheck {
  const parsed = levelSchema.safeParse(value);
  if (!parsed.success) return { ok: false, problems: zodProblems(file, parsed.error) };
  const problems = levelProblems(parsed.data).map((p) => ({
    file,
    path: jsonPath(p.path),
    message: p.message,
  }));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, level: parsed.data };
}

/** Checks a level file's text: broken JSON is reported with its line and column. */
export function checkLevelSource(file: string, text: string): LevelCheck {
  const json = parseJson(text);
  if (!json.ok) {
    return {
      ok: false,
      problems: [{ file, path: `line ${json.line}, column ${json.column}`, message: json.reason }],
    };
  }
  return checkLevelValue(file, json.value);
}

/** Problems between levels of one set: unique level ids, unlocks that point to a level. */
export function levelSetProblems(levels: { file: string; level: Level }[]): LevelProblem[] {
  const problems: LevelProblem[] = [];
  const ids = new Map<string, string>();
  for (const { file, level } of levels) {
    const other = ids.get(level.id);
    if (other)
      problems.push({ file, path: 'id', message: `level id '${level.id}' is also used by ${other}` });
    ids.set(level.id, file);
  }
  for (const { file, level } of levels) {
    if (level.unlock && !ids.has(level.unlock.level)) {
      problems.push({ file, path: 'unlock.level', message: `no level '${level.unlock.level}' in this set` });
    }
  }
  return problems;
}
