// The pupils of a class: when they joined and were last active, a link to each pupil's page,
// and the actions to reset a secret or delete a pupil.
import { api } from '../api/DashboardApi';
import type { Pupil, SchoolClass } from '../api/schemas';
import { h } from '../dom/h';
import { t } from '../i18n';
import { routeHash } from '../Route';
import { dateTimeText } from '../ui/dateText';
import { errorText, statusLine } from '../ui/messages';
import { classShell } from './classShell';
import type { PageView } from './PageView';
import { deletePupil, resetSecret } from './pupilActions';

export async function pupilsTab(schoolClass: SchoolClass): Promise<PageView> {
  const { pupils } = await api.pupils(schoolClass.id);
  const status = statusLine();
  const row = (pupil: Pupil): HTMLTableRowElement => {
    const reset = h('button', { type: 'button', class: 'button small' }, t('dashboard.pupils.reset'));
    const remove = h(
      'button',
      { type: 'button', class: 'button small danger' },
      t('dashboard.pupils.delete'),
    );
    const tr = h(
      'tr',
      { 'data-pupil': pupil.id },
      h(
        'th',
        { scope: 'row' },
        h(
          'a',
          { href: routeHash({ page: 'pupil', classId: schoolClass.id, pupilId: pupil.id }) },
          pupil.nickname,
        ),
      ),
      h('td', {}, dateTimeText(pupil.createdAt)),
      h('td', {}, dateTimeText(pupil.lastActiveAt)),
      h('td', { class: 'actions' }, reset, ' ', remove),
    );
    reset.setAttribute('aria-label', t('dashboard.pupils.resetFor', { name: pupil.nickname }));
    remove.setAttribute('aria-label', t('dashboard.pupils.deleteFor', { name: pupil.nickname }));
    reset.addEventListener('click', async () => {
      const message = await resetSecret(schoolClass.id, pupil);
      if (message) status.textContent = message;
    });
    remove.addEventListener('click', async () => {
      try {
        if (!(await deletePupil(schoolClass.id, pupil))) return;
        tr.remove();
        status.textContent = t('dashboard.pupils.deleted', { name: pupil.nickname });
      } catch (e) {
        status.textContent = errorText(e);
      }
    });
    return tr;
  };
  const table =
    pupils.length === 0
      ? h('p', { class: 'empty' }, t('dashboard.grid.noPupils'))
      : h(
          'div',
          { class: 'table-scroll' },
          h(
            'table',
            { class: 'stats' },
            h('caption', { class: 'sr-only' }, t('dashboard.tabs.pupils')),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                ['nickname', 'joined', 'lastActive', 'actions'].map((c) =>
                  h('th', { scope: 'col' }, t(`dashboard.pupils.${c}`)),
                ),
              ),
            ),
            h('tbody', {}, pupils.map(row)),
          ),
        );
  const element = classShell(schoolClass, 'pupils', status, table);
  return { title: `${schoolClass.name} – ${t('dashboard.tabs.pupils')}`, element };
}
