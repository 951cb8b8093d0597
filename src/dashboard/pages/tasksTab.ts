// Per task: how many pupils started and finished, average attempts and hints, and the most
// common wrong answers by category, so the teacher knows what to explain tomorrow.
import { api } from '../api/DashboardApi';
import type { LevelSummary, SchoolClass, TaskStat } from '../api/schemas';
import { h } from '../dom/h';
import { categoryLabel } from '../grid/categoryLabel';
import { currentLanguage, localized, t } from '../i18n';
import { classShell } from './classShell';
import type { PageView } from './PageView';

const TOP_CATEGORIES = 3;

function numberText(value: number | null, digits = 1): string {
  return value === null
    ? '–'
    : value.toLocaleString(currentLanguage(), { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

function levelTable(level: LevelSummary, stats: readonly TaskStat[]): HTMLElement {
  const rows = level.tasks.map((task) => {
    const stat = stats.find((s) => s.levelId === level.id && s.taskId === task.id);
    const wrong = (stat?.wrongCategories ?? []).slice(0, TOP_CATEGORIES);
    return h(
      'tr',
      { 'data-task': task.id },
      h('th', { scope: 'row' }, localized(task.title)),
      h('td', { class: 'num' }, String(stat?.started ?? 0)),
      h('td', { class: 'num' }, String(stat?.finished ?? 0)),
      h('td', { class: 'num' }, numberText(stat?.averageAttempts ?? null)),
      h('td', { class: 'num' }, numberText(stat?.averageHints ?? null)),
      h(
        'td',
        {},
        wrong.length === 0
          ? '–'
          : h(
              'ul',
              { class: 'wrong-list' },
              wrong.map((w) => h('li', {}, `${categoryLabel(task.kind, w.category)} (${w.count}×)`)),
            ),
      ),
    );
  });
  return h(
    'div',
    { class: 'table-scroll' },
    h(
      'table',
      { class: 'stats' },
      h('caption', {}, localized(level.title)),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['task', 'started', 'finished', 'attempts', 'hints', 'wrong'].map((col) =>
            h('th', { scope: 'col' }, t(`dashboard.stats.${col}`)),
          ),
        ),
      ),
      h('tbody', {}, rows),
    ),
  );
}

export async function tasksTab(schoolClass: SchoolClass): Promise<PageView> {
  const [{ levels }, { tasks }] = await Promise.all([api.levels(), api.taskStats(schoolClass.id)]);
  const tried = new Set(tasks.filter((s) => s.started > 0).map((s) => s.levelId));
  const shown = levels.filter((l) => tried.has(l.id));
  const element = classShell(
    schoolClass,
    'tasks',
    h('p', { class: 'lead' }, t('dashboard.stats.intro')),
    ...(shown.length === 0
      ? [h('p', { class: 'empty' }, t('dashboard.stats.none'))]
      : shown.map((l) => levelTable(l, tasks))),
  );
  return { title: `${schoolClass.name} – ${t('dashboard.tabs.tasks')}`, element };
}
