// Draws the leaderboard for a big screen: the best plays (rank, nickname, stars, points) and
// the event's running total of visitors. Rows glide to their new place and the total counts
// up; with prefers-reduced-motion everything changes at once.
import { h } from '../dashboard/dom/h';
import { currentLanguage, t } from '../i18n/i18n';
import type { Leaderboard, LeaderboardEntry } from '../server/promo/promoContract';
import { festivalLights } from './festivalLights';

const COUNT_UP_MS = 1600;

const starsOf = (stars: number) =>
  h(
    'span',
    { class: 'lb-stars', role: 'img', 'aria-label': t('promo.leaderboard.starsLabel', { count: stars }) },
    [1, 2, 3].map((n) => h('span', { class: n <= stars ? 'on' : 'off', 'aria-hidden': 'true' }, '★')),
  );

export class LeaderboardView {
  private readonly title = h('h1', {}, t('promo.leaderboard.connecting'));
  private readonly status = h('p', { class: 'lb-status', role: 'status' });
  private readonly ended = h('p', { class: 'lb-ended', hidden: true }, t('promo.leaderboard.ended'));
  private readonly list = h('ol', { class: 'lb-list' });
  private readonly empty = h('p', { class: 'lb-empty', hidden: true }, t('promo.leaderboard.empty'));
  private readonly count = h('p', { class: 'lb-count', 'data-total': '0' }, '0');
  private readonly plays = h('p', { class: 'lb-plays' });
  private shownTotal = 0;
  private countFrame = 0;
  private previous = new Map<string, number>();
  private readonly number: Intl.NumberFormat;

  constructor(
    private readonly root: HTMLElement,
    private readonly reducedMotion: boolean,
  ) {
    this.number = new Intl.NumberFormat(`${currentLanguage()}-BE`);
    const page = h(
      'div',
      { class: `lb${reducedMotion ? ' still' : ''}` },
      festivalLights(),
      h(
        'header',
        { class: 'lb-head' },
        h('p', { class: 'lb-brand' }, h('span', { 'aria-hidden': 'true' }, '♪ '), 'Festivalmakers'),
        this.title,
        this.status,
      ),
      h(
        'main',
        { class: 'lb-body' },
        h(
          'section',
          { class: 'lb-top', 'aria-labelledby': 'lb-top-title' },
          h('h2', { id: 'lb-top-title' }, t('promo.leaderboard.topTitle')),
          this.list,
          this.empty,
        ),
        h(
          'section',
          { class: 'lb-total', 'aria-live': 'polite' },
          h('p', { class: 'lb-together' }, t('promo.leaderboard.togetherBefore')),
          this.count,
          h('p', { class: 'lb-together' }, t('promo.leaderboard.togetherAfter')),
          this.plays,
          this.ended,
        ),
      ),
      h('footer', { class: 'lb-cta' }, t('promo.leaderboard.cta')),
    );
    root.replaceChildren(page);
  }

  show(board: Leaderboard): void {
    this.title.textContent = board.event.name;
    document.title = t('promo.leaderboard.pageTitle', { name: board.event.name });
    this.ended.hidden = !board.event.ended;
    this.plays.textContent = t('promo.leaderboard.plays', { count: this.number.format(board.totals.plays) });
    this.showTop(board.top);
    this.countTo(board.totals.visitorsWelcomed);
    this.root.dataset.ready = 'true';
  }

  setOnline(online: boolean): void {
    this.status.textContent = online ? t('promo.leaderboard.live') : t('promo.leaderboard.reconnecting');
    this.status.classList.toggle('offline', !online);
  }

  showProblem(problem: 'notFound' | 'noEvent'): void {
    this.root.replaceChildren(
      h(
        'main',
        { class: 'lb lb-problem' },
        h('h1', {}, 'Festivalmakers'),
        h('p', {}, t(`promo.leaderboard.${problem}`)),
      ),
    );
    this.root.dataset.ready = 'true';
    this.root.dataset.problem = problem;
  }

  private showTop(top: readonly LeaderboardEntry[]): void {
    const before = new Map<string, DOMRect>();
    for (const row of this.list.children) {
      if (row instanceof HTMLElement && row.dataset.entry)
        before.set(row.dataset.entry, row.getBoundingClientRect());
    }
    const rows = top.map((entry) => this.row(entry));
    this.list.replaceChildren(...rows);
    this.empty.hidden = top.length > 0;
    if (!this.reducedMotion) {
      for (const row of rows) {
        const old = row.dataset.entry ? before.get(row.dataset.entry) : undefined;
        if (!old) continue;
        const dy = old.top - row.getBoundingClientRect().top;
        if (dy === 0) continue;
        row.animate([{ transform: `translateY(${dy}px)` }, { transform: 'none' }], {
          duration: 700,
          easing: 'cubic-bezier(0.2, 0.7, 0.2, 1)',
        });
      }
    }
    this.previous = new Map(top.map((e) => [e.entryId, e.points]));
  }

  private row(entry: LeaderboardEntry): HTMLLIElement {
    const before = this.previous.get(entry.entryId);
    const fresh = before === undefined && this.root.dataset.ready === 'true';
    const bumped = fresh || (before !== undefined && before !== entry.points);
    return h(
      'li',
      {
        class: `lb-row${entry.rank <= 3 ? ` podium p${entry.rank}` : ''}${bumped ? ' bumped' : ''}`,
        'data-entry': entry.entryId,
      },
      h('span', { class: 'lb-rank' }, String(entry.rank)),
      h('span', { class: 'lb-name' }, entry.nickname),
      starsOf(entry.stars),
      h(
        'span',
        { class: 'lb-points', 'aria-label': t('promo.leaderboard.pointsValue', { points: entry.points }) },
        this.number.format(entry.points),
      ),
    );
  }

  /** Counts the total up to `target` (at once with reduced motion); data-total holds the target. */
  private countTo(target: number): void {
    this.count.dataset.total = String(target);
    cancelAnimationFrame(this.countFrame);
    const from = this.shownTotal;
    if (this.reducedMotion || from === target) {
      this.setCount(target);
      return;
    }
    const start = performance.now();
    const step = (time: number) => {
      const k = Math.min(1, (time - start) / COUNT_UP_MS);
      const eased = 1 - (1 - k) ** 3;
      this.setCount(Math.round(from + (target - from) * eased));
      if (k < 1) this.countFrame = requestAnimationFrame(step);
    };
    this.countFrame = requestAnimationFrame(step);
  }

  private setCount(value: number): void {
    this.shownTotal = value;
    this.count.textContent = this.number.format(value);
  }
}
