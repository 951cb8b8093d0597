import { describe, expect, it } from 'vitest';
import { attemptsByDay } from '../../../src/dashboard/charts/attemptsByDay';

describe('attempts by day', () => {
  it('counts right and wrong attempts per local day, oldest day first', () => {
    const at = (y: number, m: number, d: number, h: number) => new Date(y, m - 1, d, h).toISOString();
    const days = attemptsByDay([
      { receivedAt: at(2026, 5, 5, 10), correct: true },
      { receivedAt: at(2026, 5, 4, 9), correct: false },
      { receivedAt: at(2026, 5, 4, 11), correct: true },
      { receivedAt: at(2026, 5, 4, 23), correct: false },
    ]);
    expect(days).toEqual([
      { day: '2026-05-04', correct: 1, wrong: 2 },
      { day: '2026-05-05', correct: 1, wrong: 0 },
    ]);
  });

  it('is empty without attempts', () => {
    expect(attemptsByDay([])).toEqual([]);
  });
});
