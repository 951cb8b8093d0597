import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng, hashToSeed, taskSeed } from '../../../src/core/random/Rng';

describe('createRng', () => {
  it('gives the same sequence for the same seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const a = createRng(seed);
        const b = createRng(seed);
        for (let i = 0; i < 20; i++) expect(a.next()).toBe(b.next());
      }),
    );
  });

  it('gives different sequences for different seeds', () => {
    expect(createRng(1).next()).not.toBe(createRng(2).next());
  });

  it('keeps next() in [0, 1) and int() within its bounds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.integer({ min: -50, max: 50 }),
        (seed, min) => {
          const rng = createRng(seed);
          for (let i = 0; i < 50; i++) {
            const x = rng.next();
            expect(x).toBeGreaterThanOrEqual(0);
            expect(x).toBeLessThan(1);
            const n = rng.int(min, min + 7);
            expect(n).toBeGreaterThanOrEqual(min);
            expect(n).toBeLessThanOrEqual(min + 7);
            expect(Number.isInteger(n)).toBe(true);
          }
        },
      ),
    );
  });

  it('spreads int() over every value', () => {
    const rng = createRng(42);
    const counts = [0, 0, 0, 0, 0, 0];
    for (let i = 0; i < 6000; i++) {
      const k = rng.int(0, 5);
      counts[k] = (counts[k] ?? 0) + 1;
    }
    for (const c of counts) expect(c).toBeGreaterThan(800);
  });

  it('shuffles into a permutation without changing the input', () => {
    const input = [1, 2, 3, 4, 5, 6, 7];
    const out = createRng(7).shuffle(input);
    expect(input).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect([...out].sort()).toEqual(input);
  });

  it('refuses impossible ranges and empty picks', () => {
    expect(() => createRng(1).int(5, 4)).toThrow(RangeError);
    expect(() => createRng(1).pick([])).toThrow(RangeError);
  });
});

describe('seeds', () => {
  it('hashes text stably to 32-bit unsigned numbers', () => {
    expect(hashToSeed('schoolfuif')).toBe(hashToSeed('schoolfuif'));
    expect(hashToSeed('a')).not.toBe(hashToSeed('b'));
    expect(hashToSeed('x')).toBeGreaterThanOrEqual(0);
    expect(hashToSeed('x')).toBeLessThan(2 ** 32);
  });

  it('gives each task of one pupil its own seed', () => {
    expect(taskSeed(5, 'sound')).not.toBe(taskSeed(5, 'power'));
    expect(taskSeed(5, 'sound')).toBe(taskSeed(5, 'sound'));
  });
});
