import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../src/core/random/Rng';
import {
  CrowdSafetyTask,
  type CrowdSafetyVariant,
  crowdSafetyParamsSchema,
} from '../../../../src/core/tasks/crowdSafety/CrowdSafetyTask';
import { evacuationMin, requiredExits } from '../../../../src/core/tasks/crowdSafety/crowdRules';
import { loadTaskFixture } from '../../../helpers/loadTaskFixture';

// 40 x 25 m = 1,000 m2, minus 150 m2 stage and bar = 850 m2; x 2.5 = 2,125 people; fence 130 m.
const variant: CrowdSafetyVariant = {
  widthM: 40,
  heightM: 25,
  blockedM2: 150,
  densityPerM2: 2.5,
  outdoor: true,
  minExitSpacingM: 15,
};
const fiveExits = [5, 30, 55, 80, 105].map((positionM) => ({ positionM, widthCm: 430 }));
const check = (capacity: number, exits = fiveExits) =>
  CrowdSafetyTask.check(variant, CrowdSafetyTask.answer.parse({ capacity, exits }));
const keys = (c: { explanation: unknown[] }) => c.explanation.map((m) => (m as { key?: string }).key);

describe('crowd rules', () => {
  it('needs exits by capacity: 1 up to 49, 2 up to 499, 3 up to 999, one more per 1,000', () => {
    expect([1, 49, 50, 499, 500, 999, 1000, 1999, 2000, 3000].map(requiredExits)).toEqual([
      1, 1, 2, 2, 3, 3, 4, 4, 5, 6,
    ]);
  });
  it('evacuates 109 people per minute per metre outdoors', () => {
    expect(evacuationMin(1090, 200, true)).toBeCloseTo(5, 6);
    expect(evacuationMin(820, 100, false)).toBeCloseTo(10, 6);
  });
});

describe('CrowdSafetyTask.check', () => {
  it('accepts the full capacity with five wide, spread exits and explains the evacuation', () => {
    const c = check(2125);
    expect(c).toMatchObject({ correct: true, quality: 1, category: 'correct' });
    expect(keys(c)).toContain('tasks.crowdSafety.explain.evacuation');
    expect(keys(c)).toContain('tasks.crowdSafety.explain.source');
  });
  it('accepts a much lower capacity with a lower quality', () => {
    const c = check(1500);
    expect(c.correct).toBe(true);
    expect(c.quality).toBeLessThan(1);
  });
  it('recognises too many people, and the stage counted as audience space', () => {
    expect(check(2126).category).toBe('forgot-blocked-area');
    expect(check(2500).category).toBe('forgot-blocked-area');
    expect(check(2501).category).toBe('over-density');
  });
  it('recognises too few exits, a narrow exit, too little total width and bunched exits', () => {
    expect(check(2125, fiveExits.slice(0, 4)).category).toBe('too-few-exits');
    expect(check(2125, [...fiveExits.slice(0, 4), { positionM: 105, widthCm: 70 }]).category).toBe(
      'exit-too-narrow',
    );
    expect(
      check(
        2125,
        fiveExits.map((e) => ({ ...e, widthCm: 400 })),
      ).category,
    ).toBe('not-enough-exit-width');
    const bunched = [0, 5, 10, 15, 20].map((positionM) => ({ positionM, widthCm: 430 }));
    expect(check(2125, bunched).category).toBe('exits-too-close');
    // Across the fence's start: 128 m and 2 m are only 4 m apart on a 130 m fence.
    const wrapped = [128, 2, 40, 70, 100].map((positionM) => ({ positionM, widthCm: 430 }));
    expect(check(2125, wrapped).category).toBe('exits-too-close');
  });
  it('gives hints ending with the answer', () => {
    const hints = CrowdSafetyTask.hints(variant);
    expect(hints[hints.length - 1]).toMatchObject({ values: { max: 2125, needed: 5, totalCm: 2125 } });
  });
  it('refuses answers of the wrong shape', () => {
    expect(CrowdSafetyTask.answer.safeParse({ capacity: 0, exits: fiveExits }).success).toBe(false);
    expect(CrowdSafetyTask.answer.safeParse({ capacity: 100, exits: [] }).success).toBe(false);
    expect(
      CrowdSafetyTask.answer.safeParse({ capacity: 100, exits: [{ positionM: 1, widthCm: 80.5 }] }).success,
    ).toBe(false);
  });
});

describe('CrowdSafetyTask params', () => {
  const fixture = loadTaskFixture('crowd-safety');
  it('accepts the sample task', () => {
    expect(CrowdSafetyTask.sensible(crowdSafetyParamsSchema.parse(fixture.params))).toEqual([]);
  });
  it('catches exits that cannot be spread and a site that is all stage', () => {
    const spread = crowdSafetyParamsSchema.parse({ ...fixture.params, minExitSpacingM: 60 });
    expect(CrowdSafetyTask.sensible(spread)[0]?.message).toMatch(/no right answer/);
    const allStage = crowdSafetyParamsSchema.parse({ ...fixture.params, blockedMaxM2: 600 });
    expect(CrowdSafetyTask.sensible(allStage)[0]?.path).toEqual(['blockedMaxM2']);
  });
  it('explains a density outside the range in plain words', () => {
    const r = crowdSafetyParamsSchema.safeParse({ ...fixture.params, densitiesPerM2: [5] });
    expect(r.success ? '' : r.error.issues[0]?.message).toBe('must be between 0.5 and 4, got 5');
  });
});

describe('CrowdSafetyTask variants', () => {
  it('has a right answer of quality 1 for every seed and site size, and variants differ', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.integer({ min: 10, max: 150 }),
        fc.integer({ min: 10, max: 150 }),
        fc.constantFrom(1, 2, 2.5, 3),
        (seed, w, h, density) => {
          const p = crowdSafetyParamsSchema.parse({
            widthMinM: w,
            widthMaxM: w + 20,
            heightMinM: h,
            heightMaxM: h + 10,
            blockedMinM2: 0,
            blockedMaxM2: 50,
            densitiesPerM2: [density],
            minExitSpacingM: 5,
          });
          if (CrowdSafetyTask.sensible(p).length > 0) return;
          const v = CrowdSafetyTask.makeVariant(p, createRng(seed));
          expect(CrowdSafetyTask.check(v, CrowdSafetyTask.solve(v))).toMatchObject({
            correct: true,
            quality: 1,
          });
        },
      ),
    );
    const p = crowdSafetyParamsSchema.parse(loadTaskFixture('crowd-safety').params);
    const seen = new Set(
      [...Array(20)].map((_, i) => JSON.stringify(CrowdSafetyTask.makeVariant(p, createRng(i)))),
    );
    expect(seen.size).toBeGreaterThan(15);
  });
});
