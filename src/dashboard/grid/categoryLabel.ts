// The teacher-facing name of a wrong-answer category: the task kind's own translation
// tasks.<kind>.category.<category> (kind in camelCase), else the dashboard's generic one.
import { i18n } from '../i18n';

export const kindKey = (kind: string): string => kind.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

export function categoryLabel(kind: string, category: string): string {
  const own = `tasks.${kindKey(kind)}.category.${category}`;
  if (i18n.exists(own)) return i18n.t(own);
  const generic = `dashboard.category.${category}`;
  return i18n.exists(generic) ? i18n.t(generic) : category;
}
