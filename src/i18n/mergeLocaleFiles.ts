// Merges the translation files of one language: each JSON file holds keys from the root (for
// example {"tasks": {"power": {...}}}) and together they make that language's one resource.
// File names only organise the work; keys are unique across files.

export type LocaleTree = { [key: string]: string | LocaleTree };

function merge(into: LocaleTree, from: LocaleTree): LocaleTree {
  for (const [key, value] of Object.entries(from)) {
    const existing = into[key];
    if (typeof value === 'object' && typeof existing === 'object') merge(existing, value);
    else into[key] = typeof value === 'object' ? merge({}, value) : value;
  }
  return into;
}

/** One tree with the keys of every file (path -> content), merged in path order. */
export function mergeLocaleFiles(files: Record<string, LocaleTree>): LocaleTree {
  const tree: LocaleTree = {};
  for (const path of Object.keys(files).sort()) merge(tree, files[path] ?? {});
  return tree;
}
