// The variant cache gives what makeTaskVariant gives, keeps only slow variants, and forgets the
// least recently used one beyond its bound.
import { describe, expect, it } from 'vitest';
import { makeTaskVariant } from '../../../src/core/scoring/taskVariant';
import { VariantCache } from '../../../src/server/attempts/VariantCache';
import { fixtureLevel } from '../testServer';

const tasks = fixtureLevel().tasks;
const task = tasks[0];
if (!task) throw new Error('fixture level without tasks');

/** A clock that moves 5 ms each time it is read: every variant looks slow. */
const slowClock = () => {
  let ms = 0;
  return () => {
    ms += 5;
    return ms;
  };
};

describe('VariantCache', () => {
  it('gives the same variant as makeTaskVariant for every task', () => {
    const cache = new VariantCache(10, slowClock());
    for (const t of tasks) {
      expect(cache.variant(t, 42)).toEqual(makeTaskVariant(t, 42));
      expect(cache.variant(t, 42)).toEqual(makeTaskVariant(t, 42));
    }
  });

  it('keeps a slow variant and answers it again from memory', () => {
    const cache = new VariantCache(10, slowClock());
    const first = cache.variant(task, 7);
    expect(cache.variant(task, 7)).toBe(first);
    expect(cache.variant(task, 8)).not.toBe(first);
    expect(cache.size).toBe(2);
  });

  it('does not keep a variant that was quick to make', () => {
    const cache = new VariantCache(10, () => 0);
    const first = cache.variant(task, 7);
    expect(cache.variant(task, 7)).not.toBe(first);
    expect(cache.size).toBe(0);
  });

  it('forgets the least recently used variant beyond its bound', () => {
    const cache = new VariantCache(2, slowClock());
    const one = cache.variant(task, 1);
    const two = cache.variant(task, 2);
    expect(cache.variant(task, 1)).toBe(one);
    cache.variant(task, 3);
    expect(cache.size).toBe(2);
    expect(cache.variant(task, 1)).toBe(one);
    expect(cache.variant(task, 2)).not.toBe(two);
  });
});
