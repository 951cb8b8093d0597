// One promo event (#/event/<id>): the kiosk link and the leaderboard link with their QR codes,
// the numbers and the top 10 (live, from the public leaderboard stream), and end / clear /
// delete, each asked first.
import { api } from '../api/DashboardApi';
import { h } from '../dom/h';
import { t } from '../i18n';
import { routeHash } from '../Route';
import { confirmDialog } from '../ui/confirmDialog';
import { dateTimeText } from '../ui/dateText';
import { errorBox, showError } from '../ui/messages';
import { type DashboardEntry, type DashboardEvent, eventApi } from './EventApi';
import { eventSummary } from './EventsPage';
import type { PageContext, PageView } from './PageView';

function linkCard(title: string, hint: string, url: string, qrSrc: string, qrAlt: string): HTMLElement {
  const copy = h('button', { type: 'button', class: 'button small' }, t('promo.dashboard.copy'));
  copy.addEventListener('click', async () => {
    await navigator.clipboard?.writeText(url).catch(() => undefined);
    copy.textContent = t('promo.dashboard.copied');
  });
  return h(
    'section',
    { class: 'card', style: 'flex: 1 1 24rem' },
    h('h2', { style: 'margin-top: 0' }, title),
    h('p', { class: 'hint' }, hint),
    h('p', { class: 'mono', style: 'overflow-wrap: anywhere; letter-spacing: 0' }, url),
    h(
      'p',
      { class: 'actions' },
      copy,
      h(
        'a',
        { class: 'button small', href: url, target: '_blank', rel: 'noopener' },
        t('promo.dashboard.openLink'),
      ),
    ),
    h('img', { class: 'qr', src: qrSrc, alt: qrAlt, width: 240, height: 240, style: 'width: 15rem' }),
  );
}

function topTable(top: readonly DashboardEntry[]): HTMLElement {
  if (top.length === 0) return h('p', { class: 'empty' }, t('promo.leaderboard.empty'));
  return h(
    'table',
    { class: 'stats compact' },
    h('caption', {}, t('promo.dashboard.topTitle')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('promo.leaderboard.rank')),
        h('th', { scope: 'col' }, t('promo.leaderboard.nickname')),
        h('th', { scope: 'col' }, t('promo.leaderboard.stars')),
        h('th', { scope: 'col', class: 'num' }, t('promo.leaderboard.points')),
      ),
    ),
    h(
      'tbody',
      {},
      top.map((e) =>
        h(
          'tr',
          {},
          h('td', { class: 'num' }, e.rank),
          h('td', {}, e.nickname),
          h(
            'td',
            { 'aria-label': t('promo.leaderboard.starsLabel', { count: e.stars }) },
            '★'.repeat(e.stars) || '–',
          ),
          h('td', { class: 'num' }, e.points),
        ),
      ),
    ),
  );
}

const absolute = (path: string) => new URL(path, location.origin).href;

export async function eventPage(eventId: string, ctx: PageContext): Promise<PageView> {
  const [detail, { levels }] = await Promise.all([eventApi.get(eventId), api.levels()]);
  let event: DashboardEvent = detail.event;
  const summary = h('p', { class: 'lead' }, eventSummary(event, levels));
  const plays = h('dd', {}, String(event.plays));
  const visitors = h('dd', {}, event.visitorsWelcomed.toLocaleString());
  const top = h('div', { class: 'table-scroll' }, topTable(detail.leaderboard.top));
  const ended = h('p', { class: 'status', role: 'status' }, event.endedAt ? t('promo.dashboard.ended') : '');
  const error = errorBox();

  const refresh = async () => {
    const fresh = await eventApi.get(eventId);
    event = fresh.event;
    summary.textContent = eventSummary(event, levels);
    plays.textContent = String(event.plays);
    visitors.textContent = event.visitorsWelcomed.toLocaleString();
    top.replaceChildren(topTable(fresh.leaderboard.top));
    ended.textContent = event.endedAt ? t('promo.dashboard.ended') : '';
    endButton.disabled = event.endedAt !== null;
  };

  const action = (
    label: string,
    danger: boolean,
    confirm: { title: string; body: string },
    run: () => Promise<void>,
  ) => {
    const button = h('button', { type: 'button', class: `button${danger ? ' danger' : ''}` }, label);
    button.addEventListener('click', async () => {
      if (!(await confirmDialog({ ...confirm, confirmLabel: label }))) return;
      try {
        await run();
      } catch (e) {
        showError(error, e);
      }
    });
    return button;
  };
  const endButton = action(
    t('promo.dashboard.end'),
    false,
    { title: t('promo.dashboard.endConfirmTitle'), body: t('promo.dashboard.endConfirmBody') },
    async () => {
      await eventApi.end(eventId);
      await refresh();
    },
  );
  endButton.disabled = event.endedAt !== null;
  const clearButton = action(
    t('promo.dashboard.clear'),
    true,
    { title: t('promo.dashboard.clearConfirmTitle'), body: t('promo.dashboard.clearConfirmBody') },
    async () => {
      await eventApi.clearResults(eventId);
      await refresh();
    },
  );
  const deleteButton = action(
    t('promo.dashboard.delete'),
    true,
    { title: t('promo.dashboard.deleteConfirmTitle'), body: t('promo.dashboard.deleteConfirmBody') },
    async () => {
      await eventApi.remove(eventId);
      ctx.go({ page: 'events' });
    },
  );

  const element = h(
    'section',
    {},
    h('p', {}, h('a', { href: routeHash({ page: 'events' }) }, t('promo.dashboard.back'))),
    h('h1', { tabindex: '-1' }, event.name),
    summary,
    ended,
    h(
      'div',
      { style: 'display: flex; flex-wrap: wrap; gap: 1rem' },
      linkCard(
        t('promo.dashboard.kioskTitle'),
        t('promo.dashboard.kioskHint'),
        absolute(event.kioskPath),
        eventApi.qrUrl(eventId, 'kiosk'),
        t('promo.dashboard.kioskQrAlt'),
      ),
      linkCard(
        t('promo.dashboard.boardTitle'),
        t('promo.dashboard.boardHint'),
        absolute(event.leaderboardPath),
        eventApi.qrUrl(eventId, 'leaderboard'),
        t('promo.dashboard.boardQrAlt'),
      ),
    ),
    h(
      'section',
      { class: 'card' },
      h('h2', { style: 'margin-top: 0' }, t('promo.dashboard.statsTitle')),
      h(
        'dl',
        { style: 'display: grid; grid-template-columns: auto 1fr; gap: 0.2rem 1rem; margin: 0 0 1rem' },
        h('dt', {}, t('promo.dashboard.statPlays')),
        plays,
        h('dt', {}, t('promo.dashboard.statVisitors')),
        visitors,
        h('dt', {}, t('promo.dashboard.statExpires')),
        h('dd', {}, dateTimeText(event.expiresAt)),
      ),
      top,
    ),
    h(
      'section',
      { class: 'card' },
      h('h2', { style: 'margin-top: 0' }, t('promo.dashboard.actionsTitle')),
      error,
      h('div', { class: 'actions' }, endButton, clearButton, deleteButton),
    ),
  );

  // Live numbers: any change on the public leaderboard refetches this page's data.
  const source = new EventSource(eventApi.streamUrl(event.publicId));
  let first = true;
  source.addEventListener('leaderboard', () => {
    if (first) first = false;
    else void refresh().catch(() => undefined);
  });
  return { title: event.name, element, dispose: () => source.close() };
}
