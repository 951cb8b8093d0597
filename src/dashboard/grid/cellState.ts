// What one grid cell shows: its state, a symbol that does not rely on colour, and the stars.
// Pure, so the meaning of a cell is tested without a browser.
import type { GridCell } from '../api/schemas';

export type CellState = 'not-started' | 'busy' | 'stuck' | 'done';

export interface CellView {
  state: CellState;
  /** Shape that tells the state apart without colour. */
  symbol: string;
  /** Filled and empty stars for a done task ("★★☆"), else empty. */
  stars: string;
  /** Signature used to skip DOM work when nothing changed. */
  signature: string;
}

export const CELL_SYMBOLS: Record<CellState, string> = {
  'not-started': '·',
  busy: '◔',
  stuck: '!',
  done: '✓',
};

export function cellView(cell: GridCell | undefined): CellView {
  const state: CellState = !cell
    ? 'not-started'
    : cell.status === 'done'
      ? 'done'
      : cell.stuck
        ? 'stuck'
        : 'busy';
  const stars = cell && state === 'done' ? '★'.repeat(cell.stars) + '☆'.repeat(3 - cell.stars) : '';
  const signature = cell ? `${state}|${cell.stars}|${cell.attempts}|${cell.hintsUsed}|${cell.points}` : state;
  return { state, symbol: CELL_SYMBOLS[state], stars, signature };
}

/** The map key of a cell. */
export const cellKey = (pupilId: string, levelId: string, taskId: string): string =>
  `${pupilId}\n${levelId}\n${taskId}`;
