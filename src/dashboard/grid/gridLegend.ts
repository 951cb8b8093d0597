// The legend under the grid: every cell state with its symbol, so colour is never the only cue.
import { h } from '../dom/h';
import { t } from '../i18n';
import { CELL_SYMBOLS, type CellState } from './cellState';

const STATES: readonly CellState[] = ['not-started', 'busy', 'stuck', 'done'];

export function gridLegend(): HTMLElement {
  return h(
    'ul',
    { class: 'legend', 'aria-label': t('dashboard.grid.legend') },
    STATES.map((state) =>
      h(
        'li',
        {},
        h(
          'span',
          { class: 'legend-swatch cell', 'data-state': state, 'aria-hidden': 'true' },
          CELL_SYMBOLS[state],
          state === 'done' ? h('span', { class: 'cell-stars' }, '★★☆') : null,
        ),
        t(`dashboard.grid.legendText.${state}`),
      ),
    ),
  );
}
