// Every English text (locales/en/*.json) merged into one resource: one chunk the dashboard loads
// only when it shows English; the game takes all three bundles at start (resources.ts).
import { type LocaleTree, mergeLocaleFiles } from '../mergeLocaleFiles';

export const resources = mergeLocaleFiles(
  import.meta.glob<LocaleTree>('../locales/en/*.json', { eager: true, import: 'default' }),
);
