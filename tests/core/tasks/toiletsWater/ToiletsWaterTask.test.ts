import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../src/core/random/Rng';
import { coveringGrid, farthestWalkM } from '../../../../src/core/tasks/toiletsWater/sanitationRules';
import {
  ToiletsWaterTask,
  type ToiletsWaterVariant,
  toiletsWaterParamsSchema,
} from '../../../../src/core/tasks/toiletsWater/ToiletsWaterTask';
import { loadTaskFixture } from '../../../helpers/loadTaskFixture';

// 1,250 visitors at 29 degrees: 13 toilets (at most 3 urinals), 5 taps; 100 x 60 m site, 40 m walk.
const variant: ToiletsWaterVariant = {
  visitors: 1250,
  temperatureC: 29,
  danceEvent: false,
  personsPerToilet: 100,
  maxUrinalShare: 0.25,
  personsPerTap: 300,
  hotFromC: 25,
  siteWidthM: 100,
  siteHeightM: 60,
  maxWalkM: 40,
};
// Four points at the centres of 50 x 30 m quarters: the farthest corner is 29.2 m away.
const grid = [
  { xM: 25, yM: 15 },
  { xM: 75, yM: 15 },
  { xM: 25, yM: 45 },
  { xM: 75, yM: 45 },
];
const answer = { toilets: 13, urinals: 3, taps: 5, toiletBlocks: grid, waterPoints: grid };
const check = (change: object, v = variant) =>
  ToiletsWaterTask.check(v, ToiletsWaterTask.answer.parse({ ...answer, ...change }));
const keys = (c: { explanation: unknown[] }) => c.explanation.map((m) => (m as { key?: string }).key);

describe('sanitation rules', () => {
  it('finds the longest walk on the site', () => {
    expect(farthestWalkM(100, 60, grid)).toBeCloseTo(Math.hypot(25, 15), 1);
    expect(farthestWalkM(100, 60, [{ xM: 0, yM: 0 }])).toBeCloseTo(Math.hypot(100, 60), 6);
  });
  it('covers a site with the fewest grid points', () => {
    expect(coveringGrid(100, 60, 40, 8)).toHaveLength(2);
    expect(coveringGrid(100, 60, 5, 8)).toBeNull();
  });
});

describe('ToiletsWaterTask.check', () => {
  it('accepts enough toilets, urinals within 25%, enough taps, spread well', () => {
    const c = check({});
    expect(c).toMatchObject({ correct: true, quality: 1, category: 'correct' });
    expect(keys(c)).toContain('tasks.toiletsWater.explain.source');
  });
  it('accepts far too many toilets with a lower quality', () => {
    expect(check({ toilets: 30 })).toMatchObject({ correct: true, quality: 0.8 });
  });
  it('recognises too few toilets and too many urinals', () => {
    expect(check({ toilets: 12 }).category).toBe('too-few-toilets');
    expect(check({ urinals: 4 }).category).toBe('too-many-urinals');
  });
  it('recognises forgotten heat and too few taps', () => {
    const c = check({ taps: 0, waterPoints: [] });
    expect(c.category).toBe('forgot-heat');
    expect(keys(c)).toContain('tasks.toiletsWater.explain.forgotHeat');
    expect(check({ taps: 4 }).category).toBe('too-few-taps');
    expect(check({ taps: 0, waterPoints: [] }, { ...variant, danceEvent: true }).category).toBe(
      'too-few-taps',
    );
  });
  it('needs no taps when it is cool and nobody dances', () => {
    expect(check({ taps: 0, waterPoints: [] }, { ...variant, temperatureC: 20 }).correct).toBe(true);
  });
  it('recognises a walk that is too long, to toilets or to water', () => {
    expect(check({ toiletBlocks: [{ xM: 50, yM: 30 }] }).category).toBe('walk-too-far');
    const water = check({ waterPoints: [{ xM: 50, yM: 30 }] });
    expect(water.category).toBe('walk-too-far');
    expect(keys(water)).toContain('tasks.toiletsWater.explain.waterTooFar');
  });
  it('gives hints ending with the counts', () => {
    const hints = ToiletsWaterTask.hints(variant);
    expect(hints[3]).toMatchObject({ values: { toilets: 13, urinals: 3, taps: 5, points: 2 } });
  });
  it('refuses answers of the wrong shape', () => {
    expect(ToiletsWaterTask.answer.safeParse({ ...answer, toiletBlocks: [] }).success).toBe(false);
    expect(ToiletsWaterTask.answer.safeParse({ ...answer, toilets: -1 }).success).toBe(false);
    expect(
      ToiletsWaterTask.answer.safeParse({ ...answer, toiletBlocks: Array(9).fill(grid[0]) }).success,
    ).toBe(false);
  });
});

describe('ToiletsWaterTask params', () => {
  const fixture = loadTaskFixture('toilets-water');
  it('accepts the sample task', () => {
    expect(ToiletsWaterTask.sensible(toiletsWaterParamsSchema.parse(fixture.params))).toEqual([]);
  });
  it('catches a walk no eight points can keep, and reversed ranges', () => {
    const tooShort = toiletsWaterParamsSchema.parse({ ...fixture.params, maxWalkM: 10 });
    expect(ToiletsWaterTask.sensible(tooShort)[0]?.message).toMatch(/no right answer/);
    const reversed = toiletsWaterParamsSchema.parse({ ...fixture.params, visitorsMax: 100 });
    expect(ToiletsWaterTask.sensible(reversed)[0]?.path).toEqual(['visitorsMax']);
  });
});

describe('ToiletsWaterTask variants', () => {
  it('accepts the solver blocks on a long narrow site where rounding to 0.1 m reaches the limit', () => {
    const p = toiletsWaterParamsSchema.parse({
      ...loadTaskFixture('toilets-water').params,
      siteWidthM: 294,
      siteHeightM: 26,
      maxWalkM: 39,
      danceEvent: false,
    });
    const v = ToiletsWaterTask.makeVariant(p, createRng(0));
    expect(ToiletsWaterTask.check(v, ToiletsWaterTask.solve(v))).toMatchObject({ correct: true, quality: 1 });
  });

  it('has a right answer of quality 1 for every seed and site, and variants differ', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.integer({ min: 20, max: 300 }),
        fc.integer({ min: 20, max: 300 }),
        fc.integer({ min: 20, max: 150 }),
        fc.boolean(),
        (seed, w, h, walk, dance) => {
          const p = toiletsWaterParamsSchema.parse({
            ...loadTaskFixture('toilets-water').params,
            siteWidthM: w,
            siteHeightM: h,
            maxWalkM: walk,
            danceEvent: dance,
          });
          if (ToiletsWaterTask.sensible(p).length > 0) return;
          const v = ToiletsWaterTask.makeVariant(p, createRng(seed));
          expect(ToiletsWaterTask.check(v, ToiletsWaterTask.solve(v))).toMatchObject({
            correct: true,
            quality: 1,
          });
        },
      ),
      { numRuns: 60 },
    );
    const p = toiletsWaterParamsSchema.parse(loadTaskFixture('toilets-water').params);
    const seen = new Set(
      [...Array(20)].map((_, i) => JSON.stringify(ToiletsWaterTask.makeVariant(p, createRng(i)))),
    );
    expect(seen.size).toBeGreaterThan(15);
  });
});
