// Gathers the translation files: every JSON file of a language holds keys from the root
// (for example {"tasks": {"power": {...}}}) and they are merged into one resource per language.
// File names only organise the work; keys are unique across files.

export const LANGUAGES = ['nl', 'fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
type Tree = { [key: string]: string | Tree };

const files = import.meta.glob<Tree>('./locales/*/*.json', { eager: true, import: 'default' });

function merge(into: Tree, from: Tree): Tree {
  for (const [key, value] of Object.entries(from)) {
    const existing = into[key];
    if (typeof value === 'object' && typeof existing === 'object') merge(existing, value);
    else into[key] = typeof value === 'object' ? merge({}, value) : value;
  }
  return into;
}

export function resourcesFor(language: Language): Tree {
  const tree: Tree = {};
  for (const [path, content] of Object.entries(files)) {
    if (path.startsWith(`./locales/${language}/`)) merge(tree, content);
  }
  return tree;
}
