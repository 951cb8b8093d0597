// The teacher's promo events (#/events): each with its day, level and numbers so far, and a
// form to make a new one (name, day, level — the promo level first — and how long to keep it).
import { api } from '../api/DashboardApi';
import type { LevelSummary } from '../api/schemas';
import { h } from '../dom/h';
import { localized, t } from '../i18n';
import { routeHash } from '../Route';
import { dateText } from '../ui/dateText';
import { field } from '../ui/field';
import { errorBox, showError } from '../ui/messages';
import { type DashboardEvent, eventApi } from './EventApi';
import type { PageContext, PageView } from './PageView';

const KEEP_DAYS = [1, 7, 30] as const;

/** Today in the teacher's own time zone, as YYYY-MM-DD. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function eventSummary(event: DashboardEvent, levels: readonly LevelSummary[]): string {
  const level = levels.find((l) => l.id === event.levelId);
  return t('promo.dashboard.summary', {
    date: dateText(`${event.date}T12:00:00`),
    level: level ? localized(level.title) : event.levelId,
    plays: event.plays,
    visitors: event.visitorsWelcomed.toLocaleString(),
  });
}

function eventItem(event: DashboardEvent, levels: readonly LevelSummary[]): HTMLLIElement {
  return h(
    'li',
    { class: 'card class-card' },
    h(
      'h2',
      {},
      h('a', { href: routeHash({ page: 'event', eventId: event.id }) }, event.name),
      event.endedAt ? h('span', { class: 'badge' }, t('promo.dashboard.endedBadge')) : null,
    ),
    h('p', {}, eventSummary(event, levels)),
  );
}

function levelSelect(levels: readonly LevelSummary[]): {
  wrapper: HTMLDivElement;
  select: HTMLSelectElement;
} {
  const ordered = [...levels.filter((l) => l.promo), ...levels.filter((l) => !l.promo)];
  const select = h(
    'select',
    { id: 'event-level', name: 'level' },
    ordered.map((l) => h('option', { value: l.id }, localized(l.title))),
  );
  const wrapper = h(
    'div',
    { class: 'field' },
    h('label', { for: 'event-level' }, t('promo.dashboard.level')),
    select,
  );
  return { wrapper, select };
}

function keepSelect(): { wrapper: HTMLDivElement; select: HTMLSelectElement } {
  const select = h(
    'select',
    { id: 'event-keep', name: 'keepDays', 'aria-describedby': 'event-keep-hint' },
    KEEP_DAYS.map((d) => h('option', { value: d }, t('promo.dashboard.keepDays', { count: d }))),
  );
  const wrapper = h(
    'div',
    { class: 'field' },
    h('label', { for: 'event-keep' }, t('promo.dashboard.keep')),
    h('p', { class: 'hint', id: 'event-keep-hint' }, t('promo.dashboard.keepHint')),
    select,
  );
  return { wrapper, select };
}

export async function eventsPage(ctx: PageContext): Promise<PageView> {
  const [{ events }, { levels }] = await Promise.all([eventApi.list(), api.levels()]);
  const name = field(t('promo.dashboard.name'), {
    name: 'name',
    required: true,
    maxlength: 80,
    autocomplete: 'off',
  });
  const date = field(t('promo.dashboard.date'), {
    name: 'date',
    type: 'date',
    required: true,
    value: today(),
  });
  const level = levelSelect(levels);
  const keep = keepSelect();
  const error = errorBox();
  const form = h(
    'form',
    { class: 'card inline-form' },
    h('h2', {}, t('promo.dashboard.newTitle')),
    name.wrapper,
    date.wrapper,
    level.wrapper,
    keep.wrapper,
    error,
    h('button', { type: 'submit', class: 'button primary' }, t('promo.dashboard.create')),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const created = await eventApi.create({
        name: name.input.value.trim(),
        date: date.input.value,
        levelId: level.select.value,
        keepDays: Number(keep.select.value),
      });
      ctx.go({ page: 'event', eventId: created.event.id });
    } catch (e) {
      showError(error, e);
    }
  });
  const element = h(
    'section',
    {},
    h('h1', { tabindex: '-1' }, t('promo.dashboard.title')),
    h('p', { class: 'lead' }, t('promo.dashboard.intro')),
    events.length === 0
      ? h('p', { class: 'empty' }, t('promo.dashboard.none'))
      : h(
          'ul',
          { class: 'class-list' },
          events.map((e) => eventItem(e, levels)),
        ),
    form,
  );
  return { title: t('promo.dashboard.title'), element };
}
