// A bar chart of attempts per day, right (solid) on top of wrong (striped), drawn in SVG. The
// numbers are also written on the bars and in the table next to it, so nothing needs colour.
import { h, svg } from '../dom/h';
import { t } from '../i18n';
import { dateText } from '../ui/dateText';
import type { DayCount } from './attemptsByDay';

const BAR_W = 36;
const GAP = 14;
const HEIGHT = 140;

export function attemptsChart(days: readonly DayCount[]): HTMLElement {
  const max = Math.max(1, ...days.map((d) => d.correct + d.wrong));
  const width = Math.max(200, days.length * (BAR_W + GAP) + GAP);
  const scale = (n: number) => (n / max) * (HEIGHT - 20);
  const bars = days.map((d, i) => {
    const x = GAP + i * (BAR_W + GAP);
    const wrongH = scale(d.wrong);
    const rightH = scale(d.correct);
    return svg(
      'g',
      {},
      svg('rect', { x, y: HEIGHT - wrongH, width: BAR_W, height: wrongH, class: 'bar-wrong' }),
      svg('rect', { x, y: HEIGHT - wrongH - rightH, width: BAR_W, height: rightH, class: 'bar-right' }),
      svg(
        'text',
        { x: x + BAR_W / 2, y: HEIGHT - wrongH - rightH - 4, 'text-anchor': 'middle', class: 'bar-label' },
        String(d.correct + d.wrong),
      ),
    );
  });
  const chart = svg(
    'svg',
    { viewBox: `0 0 ${width} ${HEIGHT}`, width, height: HEIGHT, class: 'chart', 'aria-hidden': 'true' },
    svg(
      'defs',
      {},
      svg(
        'pattern',
        {
          id: 'stripes',
          width: 6,
          height: 6,
          patternUnits: 'userSpaceOnUse',
          patternTransform: 'rotate(45)',
        },
        svg('rect', { width: 6, height: 6, class: 'stripe-bg' }),
        svg('rect', { width: 3, height: 6, class: 'stripe' }),
      ),
    ),
    bars,
  );
  const table = h(
    'table',
    { class: 'stats compact' },
    h('caption', {}, t('dashboard.pupil.perDay')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ['day', 'right', 'wrong'].map((c) => h('th', { scope: 'col' }, t(`dashboard.pupil.${c}`))),
      ),
    ),
    h(
      'tbody',
      {},
      days.map((d) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, dateText(`${d.day}T12:00:00`)),
          h('td', { class: 'num' }, String(d.correct)),
          h('td', { class: 'num' }, String(d.wrong)),
        ),
      ),
    ),
  );
  return h(
    'div',
    { class: 'chart-box' },
    h(
      'div',
      {},
      chart,
      h(
        'p',
        { class: 'chart-key', 'aria-hidden': 'true' },
        h('span', { class: 'key-right' }),
        t('dashboard.pupil.right'),
        ' ',
        h('span', { class: 'key-wrong' }),
        t('dashboard.pupil.wrong'),
      ),
    ),
    table,
  );
}
