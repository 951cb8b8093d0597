import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../src/core/random/Rng';
import {
  DEFAULT_SHARES,
  footprintKg,
  MEASURE_IDS,
} from '../../../../src/core/tasks/wasteClimate/climateMeasures';
import {
  WasteClimateTask,
  type WasteClimateVariant,
  wasteClimateParamsSchema,
} from '../../../../src/core/tasks/wasteClimate/WasteClimateTask';
import { loadTaskFixture } from '../../../helpers/loadTaskFixture';

const variant: WasteClimateVariant = {
  items: ['drink-can', 'banana-peel', 'cigarette-butt', 'reusable-cup', 'flyer', 'glass-bottle'],
  baselineKg: 6,
  targetKg: 4.5,
  budgetEur: 3500,
  measures: [...MEASURE_IDS],
  shares: DEFAULT_SHARES,
};
const sorting = {
  'drink-can': 'pmd',
  'banana-peel': 'organic',
  'cigarette-butt': 'residual',
  'reusable-cup': 'cups',
  flyer: 'paper',
  'glass-bottle': 'glass',
};
// Travel 3.6 kg x 0.8 x 0.85 x 0.9 = 2.2; food 1.5 x 0.65 = 0.975; energy 0.6; waste 0.3: 4.08 kg
// for 3,200 euro. The cheapest way costs 2,000 euro.
const good = ['train-deal', 'shuttle-bus', 'veggie-menu', 'carpool-app'];
const check = (change: object) =>
  WasteClimateTask.check(variant, WasteClimateTask.answer.parse({ sorting, measures: good, ...change }));
const keys = (c: { explanation: unknown[] }) => c.explanation.map((m) => (m as { key?: string }).key);

describe('climate measures', () => {
  it('multiplies cuts on the same part', () => {
    const parts = footprintKg(6, DEFAULT_SHARES, ['train-deal', 'shuttle-bus']);
    expect(parts.travel).toBeCloseTo(3.6 * 0.8 * 0.85, 9);
    expect(parts.food).toBeCloseTo(1.5, 9);
  });
});

describe('WasteClimateTask.check', () => {
  it('accepts right sorting and measures that reach the target within budget', () => {
    const c = check({});
    expect(c).toMatchObject({ correct: true, category: 'correct' });
    expect(keys(c)).toContain('tasks.wasteClimate.explain.source');
    expect(c.explanation).toContainEqual(
      expect.objectContaining({
        key: 'tasks.wasteClimate.explain.result',
        values: expect.objectContaining({ kg: 4.08, cost: 3200 }),
      }),
    );
  });
  it('recognises a reusable cup thrown away, residual waste in recycling, and other wrong bins', () => {
    expect(check({ sorting: { ...sorting, 'reusable-cup': 'pmd' } }).category).toBe(
      'reusable-cup-thrown-away',
    );
    expect(check({ sorting: { ...sorting, 'cigarette-butt': 'organic' } }).category).toBe(
      'contaminated-stream',
    );
    const c = check({ sorting: { ...sorting, 'drink-can': 'residual' } });
    expect(c.category).toBe('wrong-stream');
    expect(c.explanation).toContainEqual(
      expect.objectContaining({ values: expect.objectContaining({ item: 'drink-can', right: 'pmd' }) }),
    );
    const { flyer: _, ...unsorted } = sorting;
    expect(check({ sorting: unsorted }).category).toBe('wrong-stream');
  });
  it('recognises measures over budget, travel ignored and a missed target', () => {
    expect(check({ measures: [...good, 'green-power'] }).category).toBe('over-budget');
    expect(check({ measures: ['veggie-menu', 'green-power', 'local-food', 'reusable-cups'] }).category).toBe(
      'travel-ignored',
    );
    expect(check({ measures: ['bike-parking', 'paper-straws'] }).category).toBe('target-missed');
  });
  it('gives lower quality to a costly right answer', () => {
    const cheap = WasteClimateTask.solve(variant);
    expect(check({ measures: cheap.measures }).quality).toBe(1);
    expect(cheap.measures).toHaveLength(4);
    expect(check({})).toMatchObject({ correct: true, quality: 0.8 });
    expect(keys(check({}))).toContain('tasks.wasteClimate.explain.rightButCostly');
  });
  it('gives hints ending with the count and cost', () => {
    const hints = WasteClimateTask.hints(variant);
    expect(keys({ explanation: hints })).toEqual([
      'tasks.wasteClimate.hint.residual',
      'tasks.wasteClimate.hint.travel',
      'tasks.wasteClimate.hint.value',
      'tasks.wasteClimate.hint.almost',
    ]);
  });
  it('refuses answers of the wrong shape', () => {
    expect(WasteClimateTask.answer.safeParse({ sorting: { flyer: 'bin' }, measures: [] }).success).toBe(
      false,
    );
    expect(WasteClimateTask.answer.safeParse({ sorting: { shoe: 'pmd' }, measures: [] }).success).toBe(false);
    expect(WasteClimateTask.answer.safeParse({ sorting: {}, measures: ['magic'] }).success).toBe(false);
  });
});

describe('WasteClimateTask params', () => {
  const fixture = loadTaskFixture('waste-climate');
  it('accepts the sample task', () => {
    expect(WasteClimateTask.sensible(wasteClimateParamsSchema.parse(fixture.params))).toEqual([]);
  });
  it('catches an unreachable target, shares that do not add up and too few items', () => {
    const unreachable = wasteClimateParamsSchema.parse({ ...fixture.params, targetKg: 2 });
    expect(WasteClimateTask.sensible(unreachable)[0]?.message).toMatch(/no right answer/);
    const shares = wasteClimateParamsSchema.parse({
      ...fixture.params,
      shares: { travel: 0.5, food: 0.2, energy: 0.1, waste: 0.1 },
    });
    expect(WasteClimateTask.sensible(shares)[0]?.path).toEqual(['shares']);
    const few = wasteClimateParamsSchema.parse({ ...fixture.params, items: ['flyer'], itemsPerVariant: 3 });
    expect(WasteClimateTask.sensible(few)[0]?.path).toEqual(['itemsPerVariant']);
  });
});

describe('WasteClimateTask variants', () => {
  it('has a right answer of quality 1 for every seed, target and budget, and variants differ', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.integer({ min: 30, max: 54 }),
        fc.integer({ min: 10, max: 60 }),
        (seed, target10, budget100) => {
          const p = wasteClimateParamsSchema.parse({
            ...loadTaskFixture('waste-climate').params,
            targetKg: target10 / 10,
            budgetEur: budget100 * 100,
          });
          if (WasteClimateTask.sensible(p).length > 0) return;
          const v = WasteClimateTask.makeVariant(p, createRng(seed));
          expect(WasteClimateTask.check(v, WasteClimateTask.solve(v))).toMatchObject({
            correct: true,
            quality: 1,
          });
        },
      ),
      { numRuns: 60 },
    );
    const p = wasteClimateParamsSchema.parse(loadTaskFixture('waste-climate').params);
    const seen = new Set(
      [...Array(20)].map((_, i) => JSON.stringify(WasteClimateTask.makeVariant(p, createRng(i)))),
    );
    expect(seen.size).toBeGreaterThan(15);
  });
});
