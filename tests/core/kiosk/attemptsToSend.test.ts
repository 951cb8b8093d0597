// The kiosk hands each recorded try to its outbox once: only tries beyond the counts, in task
// order, tasks outside the order last.
import { describe, expect, it } from 'vitest';
import { attemptsToSend } from '../../../src/core/kiosk/attemptsToSend';

const attempt = (n: number) => ({ answer: n, hintsUsed: 0, timeMs: n * 1000 });

describe('attemptsToSend', () => {
  it('returns nothing when nothing is new', () => {
    expect(attemptsToSend({ a: [attempt(1)] }, { a: 1 }, ['a'])).toEqual([]);
    expect(attemptsToSend({}, {}, ['a', 'b'])).toEqual([]);
  });

  it('returns the new tries with their index, in task order', () => {
    const found = attemptsToSend(
      { b: [attempt(1), attempt(2), attempt(3)], a: [attempt(4)], z: [attempt(5)] },
      { b: 1 },
      ['a', 'b'],
    );
    expect(found.map((f) => [f.taskId, f.index, f.attempt.answer])).toEqual([
      ['a', 0, 4],
      ['b', 1, 2],
      ['b', 2, 3],
      ['z', 0, 5],
    ]);
  });

  it('sends nothing again when the counts were bumped by an earlier call', () => {
    const byTask = { a: [attempt(1), attempt(2)] };
    const counts: Record<string, number> = {};
    for (const f of attemptsToSend(byTask, counts, ['a'])) counts[f.taskId] = f.index + 1;
    expect(attemptsToSend(byTask, counts, ['a'])).toEqual([]);
  });

  it('a count above the stored tries sends nothing', () => {
    expect(attemptsToSend({ a: [attempt(1)] }, { a: 5 }, ['a'])).toEqual([]);
  });
});
