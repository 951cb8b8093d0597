import { describe, expect, it } from 'vitest';
import type { GridCell } from '../../../src/dashboard/api/schemas';
import { CELL_SYMBOLS, cellView } from '../../../src/dashboard/grid/cellState';

const cell = (change: Partial<GridCell>): GridCell => ({
  pupilId: 'p',
  levelId: 'l',
  taskId: 't',
  status: 'busy',
  stars: 0,
  points: 0,
  attempts: 1,
  hintsUsed: 0,
  timeMs: 1000,
  lastActivityAt: '2026-05-04T09:12:33.120Z',
  stuck: false,
  ...change,
});

describe('a grid cell', () => {
  it('is not started without a cell', () => {
    expect(cellView(undefined)).toMatchObject({ state: 'not-started', stars: '' });
  });

  it('is busy, stuck or done with filled and empty stars', () => {
    expect(cellView(cell({})).state).toBe('busy');
    expect(cellView(cell({ stuck: true })).state).toBe('stuck');
    expect(cellView(cell({ status: 'done', stars: 2 }))).toMatchObject({ state: 'done', stars: '★★☆' });
    expect(cellView(cell({ status: 'done', stars: 0 })).stars).toBe('☆☆☆');
  });

  it('gives every state its own symbol, so colour is never the only cue', () => {
    expect(new Set(Object.values(CELL_SYMBOLS)).size).toBe(Object.keys(CELL_SYMBOLS).length);
  });

  it('changes its signature when something a teacher sees changes', () => {
    const before = cellView(cell({ attempts: 1 })).signature;
    expect(cellView(cell({ attempts: 2 })).signature).not.toBe(before);
    expect(cellView(cell({ attempts: 1 })).signature).toBe(before);
  });
});
