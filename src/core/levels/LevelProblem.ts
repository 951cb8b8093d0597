// A problem found in a level file: which file, where in the JSON, and a plain reason.

export interface LevelProblem {
  file: string;
  /** A JSON path like `tasks[3].params.limitDbA`, or `line 4, column 7` for broken JSON. */
  path: string;
  message: string;
}

/** Joins path parts to `tasks[3].params.limitDbA`. */
export function jsonPath(parts: readonly PropertyKey[]): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(top level)' : out;
}

export const formatLevelProblem = (p: LevelProblem): string => `${p.file}: ${p.path}: ${p.message}`;
