// Every French text (locales/fr/*.json) merged into one resource: one chunk the dashboard loads
// only when it shows French; the game takes all three bundles at start (resources.ts).
import { type LocaleTree, mergeLocaleFiles } from '../mergeLocaleFiles';

export const resources = mergeLocaleFiles(
  import.meta.glob<LocaleTree>('../locales/fr/*.json', { eager: true, import: 'default' }),
);
