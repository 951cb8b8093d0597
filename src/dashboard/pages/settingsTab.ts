// A class's settings: rename, archive (no new pupils), a new join code, and delete the class
// with all its pupils and results after a clear confirmation.
import { api } from '../api/DashboardApi';
import type { SchoolClass } from '../api/schemas';
import { h } from '../dom/h';
import { t } from '../i18n';
import { confirmDialog } from '../ui/confirmDialog';
import { field } from '../ui/field';
import { errorBox, showError, statusLine } from '../ui/messages';
import { classShell } from './classShell';
import type { PageContext, PageView } from './PageView';

export function settingsTab(schoolClass: SchoolClass, ctx: PageContext): PageView {
  const reload = () => ctx.go({ page: 'class', classId: schoolClass.id, tab: 'settings' });
  const status = statusLine();
  const error = errorBox();
  const guard = (action: () => Promise<void>) => async (event: Event) => {
    event.preventDefault();
    error.hidden = true;
    try {
      await action();
    } catch (e) {
      showError(error, e);
    }
  };

  const name = field(t('dashboard.settings.name'), {
    name: 'name',
    required: true,
    maxlength: 60,
    value: schoolClass.name,
  });
  const rename = h(
    'form',
    { class: 'card' },
    h('h3', {}, t('dashboard.settings.renameTitle')),
    name.wrapper,
    h('button', { type: 'submit', class: 'button primary' }, t('dashboard.settings.rename')),
  );
  rename.addEventListener(
    'submit',
    guard(async () => {
      await api.updateClass(schoolClass.id, { name: name.input.value.trim() });
      reload();
    }),
  );

  const archive = h(
    'button',
    { type: 'button', class: 'button' },
    t(schoolClass.archived ? 'dashboard.settings.unarchive' : 'dashboard.settings.archive'),
  );
  archive.addEventListener(
    'click',
    guard(async () => {
      await api.updateClass(schoolClass.id, { archived: !schoolClass.archived });
      reload();
    }),
  );

  const renew = h('button', { type: 'button', class: 'button' }, t('dashboard.settings.renew'));
  renew.addEventListener(
    'click',
    guard(async () => {
      const ok = await confirmDialog({
        title: t('dashboard.settings.renewTitle'),
        body: t('dashboard.settings.renewBody', { code: schoolClass.joinCode }),
        confirmLabel: t('dashboard.settings.renew'),
      });
      if (!ok) return;
      const { class: updated } = await api.renewJoinCode(schoolClass.id);
      status.textContent = t('dashboard.settings.renewed', { code: updated.joinCode });
      reload();
    }),
  );

  const remove = h('button', { type: 'button', class: 'button danger' }, t('dashboard.settings.delete'));
  remove.addEventListener(
    'click',
    guard(async () => {
      const ok = await confirmDialog({
        title: t('dashboard.settings.deleteTitle', { name: schoolClass.name }),
        body: t('dashboard.settings.deleteBody', { name: schoolClass.name, count: schoolClass.pupilCount }),
        confirmLabel: t('dashboard.settings.deleteConfirm', { name: schoolClass.name }),
      });
      if (!ok) return;
      await api.deleteClass(schoolClass.id);
      ctx.go({ page: 'classes' });
    }),
  );

  const element = classShell(
    schoolClass,
    'settings',
    status,
    error,
    rename,
    h(
      'div',
      { class: 'card' },
      h('h3', {}, t('dashboard.settings.archiveTitle')),
      h('p', {}, t('dashboard.settings.archiveText')),
      archive,
    ),
    h(
      'div',
      { class: 'card' },
      h('h3', {}, t('dashboard.settings.renewTitle')),
      h('p', {}, t('dashboard.settings.renewText')),
      renew,
    ),
    h(
      'div',
      { class: 'card danger-zone' },
      h('h3', {}, t('dashboard.settings.deleteHeading')),
      h('p', {}, t('dashboard.settings.deleteText')),
      remove,
    ),
  );
  return { title: `${schoolClass.name} – ${t('dashboard.tabs.settings')}`, element };
}
