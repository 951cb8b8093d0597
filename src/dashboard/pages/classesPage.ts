// The teacher's classes: each with its pupil count and join code, and a form to make a new one.
import { api } from '../api/DashboardApi';
import type { SchoolClass } from '../api/schemas';
import { h } from '../dom/h';
import { t } from '../i18n';
import { routeHash } from '../Route';
import { field } from '../ui/field';
import { errorBox, showError } from '../ui/messages';
import type { PageContext, PageView } from './PageView';

function classItem(c: SchoolClass): HTMLLIElement {
  return h(
    'li',
    { class: 'card class-card' },
    h('h2', {}, h('a', { href: routeHash({ page: 'class', classId: c.id, tab: 'grid' }) }, c.name)),
    h(
      'p',
      {},
      t('dashboard.classes.pupilCount', { count: c.pupilCount }),
      c.archived ? h('span', { class: 'badge' }, t('dashboard.classes.archived')) : null,
    ),
    h(
      'p',
      {},
      `${t('dashboard.classes.joinCode')}: `,
      h('strong', { class: 'code-inline' }, c.joinCode),
      ' · ',
      h('a', { href: routeHash({ page: 'join-code', classId: c.id }) }, t('dashboard.classes.showCode')),
    ),
  );
}

export async function classesPage(ctx: PageContext): Promise<PageView> {
  const { classes } = await api.classes();
  const name = field(t('dashboard.classes.newName'), {
    name: 'name',
    required: true,
    maxlength: 60,
    autocomplete: 'off',
  });
  const error = errorBox();
  const form = h(
    'form',
    { class: 'card inline-form' },
    h('h2', {}, t('dashboard.classes.newTitle')),
    name.wrapper,
    error,
    h('button', { type: 'submit', class: 'button primary' }, t('dashboard.classes.create')),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const created = await api.createClass(name.input.value.trim());
      ctx.go({ page: 'class', classId: created.class.id, tab: 'grid' });
    } catch (e) {
      showError(error, e);
    }
  });
  const element = h(
    'section',
    {},
    h('h1', { tabindex: '-1' }, t('dashboard.classes.title')),
    classes.length === 0
      ? h('p', { class: 'empty' }, t('dashboard.classes.none'))
      : h('ul', { class: 'class-list' }, classes.map(classItem)),
    form,
  );
  return { title: t('dashboard.classes.title'), element };
}
