// Assign levels to the class, each with an optional due date and a fixed seed, and open each
// level's teacher guide or play it as a teacher first.
import { api } from '../api/DashboardApi';
import type { Assignment, LevelSummary, SchoolClass } from '../api/schemas';
import { h } from '../dom/h';
import { localized, t } from '../i18n';
import { previewUrl } from '../levels/previewUrl';
import { routeHash } from '../Route';
import { field } from '../ui/field';
import { errorBox, showError, statusLine } from '../ui/messages';
import { classShell } from './classShell';
import type { PageView } from './PageView';

const MAX_SEED = 2 ** 31 - 1;

function levelCard(
  schoolClass: SchoolClass,
  level: LevelSummary,
  initial: Assignment | undefined,
): HTMLElement {
  let assignment = initial;
  const due = field(
    t('dashboard.levels.dueDate'),
    { type: 'date', name: 'dueDate' },
    t('dashboard.levels.dueDateHint'),
  );
  const seed = field(
    t('dashboard.levels.seed'),
    { type: 'number', name: 'seed', min: 0, max: MAX_SEED, step: 1, inputmode: 'numeric' },
    t('dashboard.levels.seedHint'),
  );
  const state = h('p', { class: 'assigned-state' });
  const status = statusLine();
  const error = errorBox();
  const save = h('button', { type: 'submit', class: 'button primary' });
  const remove = h('button', { type: 'button', class: 'button' }, t('dashboard.levels.unassign'));
  const show = () => {
    due.input.value = assignment?.dueDate ?? '';
    seed.input.value =
      assignment?.seed === null || assignment?.seed === undefined ? '' : String(assignment.seed);
    state.textContent = assignment ? t('dashboard.levels.isAssigned') : t('dashboard.levels.notAssigned');
    state.dataset.assigned = String(Boolean(assignment));
    save.textContent = t(assignment ? 'dashboard.levels.update' : 'dashboard.levels.assign');
    remove.hidden = !assignment;
  };
  show();
  const headingId = `level-${level.id}`;
  const form = h(
    'form',
    { class: 'assign-form', 'aria-labelledby': headingId },
    due.wrapper,
    seed.wrapper,
    error,
    h('div', { class: 'actions' }, save, remove),
    status,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.hidden = true;
    const seedText = seed.input.value.trim();
    try {
      const result = await api.assign(schoolClass.id, level.id, {
        dueDate: due.input.value || null,
        seed: seedText === '' ? null : Number(seedText),
      });
      assignment = result.assignment;
      show();
      status.textContent = t('dashboard.levels.saved');
    } catch (e) {
      showError(error, e);
    }
  });
  remove.addEventListener('click', async () => {
    try {
      await api.unassign(schoolClass.id, level.id);
      assignment = undefined;
      show();
      status.textContent = t('dashboard.levels.removed');
    } catch (e) {
      showError(error, e);
    }
  });
  return h(
    'li',
    { class: 'card level-card', 'data-level': level.id },
    h('h3', { id: headingId }, localized(level.title)),
    h(
      'p',
      {},
      t('dashboard.levels.taskCount', { count: level.tasks.length }),
      level.promo ? ` · ${t('dashboard.levels.promo')}` : '',
    ),
    state,
    h(
      'p',
      { class: 'links' },
      h(
        'a',
        { href: routeHash({ page: 'guide', classId: schoolClass.id, levelId: level.id }) },
        t('dashboard.levels.guide'),
      ),
      ' · ',
      h(
        'a',
        { href: previewUrl(level.id), target: '_blank', rel: 'noopener' },
        t('dashboard.levels.preview'),
      ),
    ),
    form,
  );
}

export async function levelsTab(schoolClass: SchoolClass): Promise<PageView> {
  const [{ levels }, { assignments }] = await Promise.all([api.levels(), api.assignments(schoolClass.id)]);
  const byLevel = new Map(assignments.map((a) => [a.levelId, a]));
  const element = classShell(
    schoolClass,
    'levels',
    h('p', { class: 'lead' }, t('dashboard.levels.intro')),
    h(
      'ul',
      { class: 'level-list' },
      levels.map((level) => levelCard(schoolClass, level, byLevel.get(level.id))),
    ),
  );
  return { title: `${schoolClass.name} – ${t('dashboard.tabs.levels')}`, element };
}
