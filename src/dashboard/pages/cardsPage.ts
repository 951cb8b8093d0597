// The pupils' login cards as a print page: per pupil the game's address, the class code, the
// nickname and the secret, to cut out and take home.
import { api } from '../api/DashboardApi';
import type { LoginCard } from '../api/schemas';
import { h } from '../dom/h';
import { t } from '../i18n';
import { routeHash } from '../Route';
import type { PageView } from './PageView';

function card(c: LoginCard, className: string, gameUrl: string): HTMLElement {
  return h(
    'li',
    { class: 'login-card' },
    h('p', { class: 'login-card-head' }, `Festivalmakers · ${className}`),
    h(
      'dl',
      {},
      h('dt', {}, t('dashboard.cards.address')),
      h('dd', {}, gameUrl),
      h('dt', {}, t('dashboard.cards.code')),
      h('dd', { class: 'mono' }, c.joinCode),
      h('dt', {}, t('dashboard.cards.nickname')),
      h('dd', {}, c.nickname),
      h('dt', {}, t('dashboard.cards.secret')),
      h('dd', { class: 'mono' }, c.secret),
    ),
  );
}

export async function cardsPage(classId: string): Promise<PageView> {
  const data = await api.cards(classId);
  const gameUrl = new URL('./', location.href).href;
  const print = h('button', { type: 'button', class: 'button primary' }, t('dashboard.common.print'));
  print.addEventListener('click', () => window.print());
  const title = t('dashboard.cards.title', { name: data.class.name });
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
        h('a', { href: routeHash({ page: 'class', classId, tab: 'pupils' }) }, t('dashboard.code.back')),
      ),
      h('p', {}, t('dashboard.cards.intro')),
      print,
    ),
    data.cards.length === 0
      ? h('p', { class: 'empty' }, t('dashboard.grid.noPupils'))
      : h(
          'ul',
          { class: 'cards' },
          data.cards.map((c) => card(c, data.class.name, gameUrl)),
        ),
  );
  return { title, element };
}
