// Every language's texts at once, for the game (which starts synchronously and plays offline):
// the three bundles of src/i18n/bundles. The dashboard loads one bundle at a time (loadLanguage.ts).
import { LANGUAGES, type Language } from './Language';
import type { LocaleTree } from './mergeLocaleFiles';

export { LANGUAGES, type Language };

const bundles = import.meta.glob<LocaleTree>('./bundles/*.ts', { eager: true, import: 'resources' });

export function resourcesFor(language: Language): LocaleTree {
  const tree = bundles[`./bundles/${language}.ts`];
  if (!tree) throw new Error(`No translations for ${language}`);
  return tree;
}
