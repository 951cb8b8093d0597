// The progress grid: pupils as rows, tasks as columns. The table is built once for a set of
// pupils and tasks; later data only rewrites the cells whose content changed.
import type { ClassProgress, GridCell, GridLevel } from '../api/schemas';
import { h } from '../dom/h';
import { localized, t } from '../i18n';
import { type CellView, cellKey, cellView } from './cellState';

interface CellSlot {
  td: HTMLTableCellElement;
  signature: string;
}

const structureOf = (levels: readonly GridLevel[], pupilIds: readonly string[]): string =>
  JSON.stringify([pupilIds, levels.map((l) => [l.id, l.tasks.map((task) => task.id)])]);

function cellLabel(view: CellView, cell: GridCell | undefined): string {
  const state = t(`dashboard.grid.state.${view.state}`);
  if (!cell) return state;
  const detail = t('dashboard.grid.cellDetail', {
    attempts: cell.attempts,
    hints: cell.hintsUsed,
    points: cell.points,
  });
  return view.state === 'done'
    ? `${state}, ${t('dashboard.grid.stars', { count: cell.stars })}. ${detail}`
    : `${state}. ${detail}`;
}

function fillCell(td: HTMLTableCellElement, view: CellView, cell: GridCell | undefined): void {
  td.dataset.state = view.state;
  const label = cellLabel(view, cell);
  td.title = label;
  const symbol = h('span', { class: 'cell-symbol', 'aria-hidden': 'true' }, view.symbol);
  const text = h('span', { class: 'sr-only' }, label);
  if (view.stars)
    td.replaceChildren(symbol, h('span', { class: 'cell-stars', 'aria-hidden': 'true' }, view.stars), text);
  else td.replaceChildren(symbol, text);
}

export class ProgressGrid {
  readonly element: HTMLDivElement;
  private structure = '';
  private slots = new Map<string, CellSlot>();
  private doneCounts = new Map<string, HTMLTableCellElement>();

  constructor(
    private readonly pupilHref: (pupilId: string) => string | null,
    caption: string,
  ) {
    this.element = h('div', { class: 'grid-scroll', tabindex: '0', role: 'region', 'aria-label': caption });
  }

  /** Shows `progress` limited to `levels`; rebuilds only when pupils or tasks changed. */
  show(progress: ClassProgress, levels: readonly GridLevel[]): void {
    const structure = structureOf(
      levels,
      progress.pupils.map((p) => p.id),
    );
    if (structure !== this.structure) this.build(progress, levels, structure);
    const byKey = new Map(progress.cells.map((c) => [cellKey(c.pupilId, c.levelId, c.taskId), c]));
    const done = new Map<string, number>();
    for (const [key, slot] of this.slots) {
      const cell = byKey.get(key);
      const view = cellView(cell);
      if (view.state === 'done' && cell) done.set(cell.pupilId, (done.get(cell.pupilId) ?? 0) + 1);
      if (view.signature === slot.signature) continue;
      slot.signature = view.signature;
      fillCell(slot.td, view, cell);
    }
    for (const [pupilId, td] of this.doneCounts) {
      const text = String(done.get(pupilId) ?? 0);
      if (td.textContent !== text) td.textContent = text;
    }
  }

  private build(progress: ClassProgress, levels: readonly GridLevel[], structure: string): void {
    this.structure = structure;
    this.slots.clear();
    this.doneCounts.clear();
    const taskCount = levels.reduce((n, l) => n + l.tasks.length, 0);
    if (progress.pupils.length === 0 || taskCount === 0) {
      this.element.replaceChildren(
        h(
          'p',
          { class: 'empty' },
          t(progress.pupils.length === 0 ? 'dashboard.grid.noPupils' : 'dashboard.grid.noTasks'),
        ),
      );
      return;
    }
    const levelRow = h(
      'tr',
      {},
      h('td', { class: 'corner' }),
      levels.map((level) =>
        h(
          'th',
          { scope: 'colgroup', colspan: level.tasks.length, class: 'level-head' },
          localized(level.title),
        ),
      ),
      h('td', { class: 'corner' }),
    );
    const taskRow = h(
      'tr',
      {},
      h('th', { scope: 'col', class: 'pupil-head' }, t('dashboard.grid.pupil')),
      levels.flatMap((level) =>
        level.tasks.map((task, i) =>
          h(
            'th',
            {
              scope: 'col',
              class: i === 0 ? 'task-head level-start' : 'task-head',
              title: localized(task.title),
            },
            h('span', {}, localized(task.title)),
          ),
        ),
      ),
      h('th', { scope: 'col', class: 'done-head' }, t('dashboard.grid.doneCount')),
    );
    const rows = progress.pupils.map((pupil) => {
      const href = this.pupilHref(pupil.id);
      const doneTd = h('td', { class: 'done-count' }, '0');
      this.doneCounts.set(pupil.id, doneTd);
      return h(
        'tr',
        { 'data-pupil': pupil.id },
        h(
          'th',
          { scope: 'row', class: 'pupil-name' },
          href ? h('a', { href }, pupil.nickname) : pupil.nickname,
        ),
        levels.flatMap((level) =>
          level.tasks.map((task, i) => {
            const td = h('td', {
              class: i === 0 ? 'cell level-start' : 'cell',
              'data-level': level.id,
              'data-task': task.id,
            });
            this.slots.set(cellKey(pupil.id, level.id, task.id), { td, signature: '' });
            return td;
          }),
        ),
        doneTd,
      );
    });
    this.element.replaceChildren(
      h(
        'table',
        { class: 'grid' },
        h('caption', { class: 'sr-only' }, this.element.getAttribute('aria-label') ?? ''),
        h('thead', {}, levelRow, taskRow),
        h('tbody', {}, rows),
      ),
    );
  }
}
