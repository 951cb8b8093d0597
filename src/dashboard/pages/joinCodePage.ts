// The join code for the projector: the code in very large letters, its QR code (made by the
// server) and the address of the game, readable from the back of the classroom.
import { api } from '../api/DashboardApi';
import { h } from '../dom/h';
import { t } from '../i18n';
import { routeHash } from '../Route';
import type { PageView } from './PageView';

export async function joinCodePage(classId: string): Promise<PageView> {
  const { class: schoolClass } = await api.getClass(classId);
  const gameUrl = new URL('./', location.href).href;
  const element = h(
    'section',
    { class: 'projector' },
    h(
      'p',
      { class: 'no-print' },
      h('a', { href: routeHash({ page: 'class', classId, tab: 'grid' }) }, t('dashboard.code.back')),
    ),
    h('h1', { tabindex: '-1' }, t('dashboard.code.title', { name: schoolClass.name })),
    h(
      'div',
      { class: 'projector-body' },
      h(
        'div',
        {},
        h('p', { class: 'projector-step' }, t('dashboard.code.step1')),
        h('p', { class: 'projector-url' }, gameUrl),
        h('p', { class: 'projector-step' }, t('dashboard.code.step2')),
        h(
          'p',
          { class: 'join-code', 'aria-label': schoolClass.joinCode.split('').join(' ') },
          schoolClass.joinCode,
        ),
      ),
      h('img', {
        class: 'qr',
        src: api.qrUrl(classId),
        alt: t('dashboard.code.qrAlt', { code: schoolClass.joinCode }),
        width: 320,
        height: 320,
      }),
    ),
    schoolClass.archived ? h('p', { class: 'error' }, t('dashboard.code.archived')) : null,
  );
  return { title: t('dashboard.code.title', { name: schoolClass.name }), element };
}
