// The progress grid as a print page: every level's grid one after the other, with the legend.
import { api } from '../api/DashboardApi';
import { h } from '../dom/h';
import { gridLegend } from '../grid/gridLegend';
import { ProgressGrid } from '../grid/ProgressGrid';
import { localized, t } from '../i18n';
import { routeHash } from '../Route';
import { dateTimeText } from '../ui/dateText';
import type { PageView } from './PageView';

export async function gridPrintPage(classId: string): Promise<PageView> {
  const progress = await api.progress(classId);
  const tried = new Set(progress.cells.map((c) => c.levelId));
  const levels = progress.levels.filter((l) => l.assigned || tried.has(l.id));
  const print = h('button', { type: 'button', class: 'button primary' }, t('dashboard.common.print'));
  print.addEventListener('click', () => window.print());
  const title = t('dashboard.grid.printTitle', { name: progress.class.name });
  const grids = (levels.length > 0 ? levels : progress.levels.slice(0, 1)).map((level) => {
    const grid = new ProgressGrid(() => null, localized(level.title));
    grid.show(progress, [level]);
    return h('section', { class: 'print-level' }, h('h2', {}, localized(level.title)), grid.element);
  });
  const element = h(
    'section',
    { class: 'print-page' },
    h('h1', { tabindex: '-1' }, title),
    h(
      'div',
      { class: 'no-print' },
      h(
        'p',
        {},
        h('a', { href: routeHash({ page: 'class', classId, tab: 'grid' }) }, t('dashboard.code.back')),
      ),
      print,
    ),
    h(
      'p',
      { class: 'muted' },
      t('dashboard.grid.printedAt', { when: dateTimeText(new Date().toISOString()) }),
    ),
    grids,
    gridLegend(),
  );
  return { title, element };
}
