// The class's progress grid with a level filter and live updates while pupils play.
import { api } from '../api/DashboardApi';
import type { ClassProgress, SchoolClass } from '../api/schemas';
import { h } from '../dom/h';
import { gridLegend } from '../grid/gridLegend';
import { ProgressGrid } from '../grid/ProgressGrid';
import { localized, t } from '../i18n';
import { ClassEvents } from '../live/ClassEvents';
import { routeHash } from '../Route';
import { classShell } from './classShell';
import type { PageView } from './PageView';

const ALL = '';

export async function gridTab(schoolClass: SchoolClass): Promise<PageView> {
  let progress: ClassProgress = await api.progress(schoolClass.id);
  const grid = new ProgressGrid(
    (pupilId) => routeHash({ page: 'pupil', classId: schoolClass.id, pupilId }),
    t('dashboard.grid.caption', { name: schoolClass.name }),
  );
  const filter = h(
    'select',
    { id: 'level-filter', name: 'level' },
    h('option', { value: ALL }, t('dashboard.grid.allLevels')),
    progress.levels.map((level) =>
      h(
        'option',
        { value: level.id },
        localized(level.title) + (level.assigned ? ` (${t('dashboard.grid.assigned')})` : ''),
      ),
    ),
  );
  const draw = () => {
    const shown = progress.levels.filter((l) => filter.value === ALL || l.id === filter.value);
    grid.show(progress, shown);
  };
  const firstAssigned = progress.levels.find((l) => l.assigned);
  if (firstAssigned && progress.levels.some((l) => !l.assigned)) filter.value = firstAssigned.id;
  filter.addEventListener('change', draw);
  draw();

  const live = h('p', { class: 'live', role: 'status' }, t('dashboard.grid.connecting'));
  const events = new ClassEvents(
    api.eventsUrl(schoolClass.id),
    async () => {
      progress = await api.progress(schoolClass.id);
      draw();
      live.dataset.updated = new Date().toISOString();
    },
    (open) => {
      live.dataset.open = String(open);
      live.textContent = t(open ? 'dashboard.grid.live' : 'dashboard.grid.reconnecting');
    },
  );
  events.start();

  const element = classShell(
    schoolClass,
    'grid',
    h(
      'div',
      { class: 'toolbar' },
      h(
        'div',
        { class: 'field inline' },
        h('label', { for: 'level-filter' }, t('dashboard.grid.level')),
        filter,
      ),
      live,
      h(
        'a',
        { class: 'button', href: routeHash({ page: 'grid-print', classId: schoolClass.id }) },
        t('dashboard.grid.print'),
      ),
    ),
    grid.element,
    gridLegend(),
  );
  return {
    title: `${schoolClass.name} – ${t('dashboard.tabs.grid')}`,
    element,
    dispose: () => events.stop(),
  };
}
