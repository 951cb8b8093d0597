// Every Dutch text (locales/nl/*.json) merged into one resource: one chunk the dashboard loads
// only when it shows Dutch; the game takes all three bundles at start (resources.ts).
import { type LocaleTree, mergeLocaleFiles } from '../mergeLocaleFiles';

export const resources = mergeLocaleFiles(
  import.meta.glob<LocaleTree>('../locales/nl/*.json', { eager: true, import: 'default' }),
);
