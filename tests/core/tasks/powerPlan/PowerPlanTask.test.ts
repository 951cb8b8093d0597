import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../src/core/random/Rng';
import { packCircuits } from '../../../../src/core/tasks/powerPlan/electricalLoad';
import {
  PowerPlanTask,
  type PowerPlanVariant,
  powerPlanParamsSchema,
} from '../../../../src/core/tasks/powerPlan/PowerPlanTask';
import { loadTaskFixture } from '../../../helpers/loadTaskFixture';

// 2 x 3,000 W trucks + 2 x 2,000 W subs + 2 x 500 W speakers = 11,000 W on three 3,680 W circuits.
const variant: PowerPlanVariant = {
  devices: [
    { id: 'food-truck-1', type: 'food-truck', drawW: 3000 },
    { id: 'food-truck-2', type: 'food-truck', drawW: 3000 },
    { id: 'subwoofer-1', type: 'subwoofer', drawW: 2000 },
    { id: 'subwoofer-2', type: 'subwoofer', drawW: 2000 },
    { id: 'speaker-1', type: 'speaker', drawW: 500 },
    { id: 'speaker-2', type: 'speaker', drawW: 500 },
  ],
  circuits: 4,
  voltageV: 230,
  breakerA: 16,
  generatorSizesKva: [10, 12, 15, 20, 25, 30, 35, 45],
};
const good = [0, 1, 2, 3, 0, 1];
const check = (answer: object) =>
  PowerPlanTask.check(
    variant,
    PowerPlanTask.answer.parse({ limitW: 3680, circuitOf: good, generatorKva: 20, ...answer }),
  );
const keys = (c: { explanation: unknown[] }) => c.explanation.map((m) => (m as { key?: string }).key);

describe('PowerPlanTask.check', () => {
  it('accepts a safe plan with the generator at a healthy load (11 kW of 16 kW = 69%, the best size)', () => {
    const c = check({});
    expect(c).toMatchObject({ correct: true, quality: 1, category: 'correct' });
    expect(keys(c)).toContain('tasks.powerPlan.explain.right');
    expect(keys(c)).toContain('tasks.powerPlan.explain.source');
  });
  it('accepts a somewhat bigger generator with a lower quality', () => {
    const c = check({ generatorKva: 25 });
    expect(c.correct).toBe(true);
    expect(c.quality).toBeLessThan(1);
  });
  it('recognises an overloaded circuit and names it', () => {
    const c = check({ circuitOf: [0, 0, 1, 2, 3, 3] });
    expect(c).toMatchObject({ correct: false, category: 'overloaded-circuit' });
    const overloaded = c.explanation.find(
      (m) => (m as { key?: string }).key === 'tasks.powerPlan.explain.overloaded',
    );
    expect(overloaded).toMatchObject({ values: { circuit: 1, load: 6000 } });
  });
  it('recognises amps taken for watts', () => {
    expect(check({ limitW: 16 }).category).toBe('amps-watts-mixup');
    expect(check({ limitW: 246 }).category).toBe('amps-watts-mixup');
  });
  it('recognises an unplugged device', () => {
    expect(check({ circuitOf: [0, 1, 2, 3, 0] }).category).toBe('unplugged-device');
    expect(check({ circuitOf: [0, 1, 2, 3, 0, 4] }).category).toBe('unplugged-device');
  });
  it('recognises a generator that is too small or far too big', () => {
    expect(check({ generatorKva: 15 })).toMatchObject({ correct: false, category: 'generator-too-small' });
    const big = check({ generatorKva: 45 });
    expect(big).toMatchObject({ correct: false, category: 'generator-oversized' });
    expect(keys(big)).toContain('tasks.powerPlan.explain.generatorOversized');
  });
  it('gives hints from the formula to almost the answer', () => {
    const hints = PowerPlanTask.hints(variant);
    expect(keys({ explanation: hints })).toEqual([
      'tasks.powerPlan.hint.formula',
      'tasks.powerPlan.hint.biggestFirst',
      'tasks.powerPlan.hint.generator',
      'tasks.powerPlan.hint.almost',
    ]);
    expect(hints[3]).toMatchObject({ values: { limit: 3680, best: 20 } });
  });
  it('refuses answers of the wrong shape', () => {
    expect(PowerPlanTask.answer.safeParse({ limitW: 3680, circuitOf: [0.5], generatorKva: 20 }).success).toBe(
      false,
    );
    expect(PowerPlanTask.answer.safeParse({ limitW: -1, circuitOf: [], generatorKva: 20 }).success).toBe(
      false,
    );
    expect(PowerPlanTask.answer.safeParse({ limitW: 3680, circuitOf: [] }).success).toBe(false);
  });
});

describe('packCircuits', () => {
  it('finds a packing first-fit would miss and reports none when impossible', () => {
    // 5+4+3 / 5+4+3 fits two circuits of 12 exactly.
    expect(packCircuits([5, 5, 4, 4, 3, 3], 2, 12)).not.toBeNull();
    expect(packCircuits([7, 7, 7], 2, 12)).toBeNull();
  });
});

describe('PowerPlanTask params', () => {
  const base = { devices: [{ type: 'food-truck', count: 3 }], circuits: 3 };
  it('accepts the sample task', () => {
    const task = loadTaskFixture('power-plan');
    expect(PowerPlanTask.sensible(powerPlanParamsSchema.parse(task.params))).toEqual([]);
  });
  it('catches too few circuits: no right answer', () => {
    const p = powerPlanParamsSchema.parse({ ...base, circuits: 2 });
    expect(PowerPlanTask.sensible(p)[0]?.message).toMatch(/no right answer/);
  });
  it('catches a device that no circuit can carry and generators that are all too small', () => {
    expect(PowerPlanTask.sensible(powerPlanParamsSchema.parse({ ...base, voltageV: 110 }))[0]?.path).toEqual([
      'devices',
      0,
      'type',
    ]);
    expect(
      PowerPlanTask.sensible(powerPlanParamsSchema.parse({ ...base, generatorSizesKva: [5, 10] }))[0]?.path,
    ).toEqual(['generatorSizesKva']);
  });
  it('explains a bad shape in plain words', () => {
    const r = powerPlanParamsSchema.safeParse({ ...base, circuits: 20 });
    expect(r.success ? '' : r.error.issues[0]?.message).toBe(
      'must be a whole number between 1 and 12, got 20',
    );
  });
});

describe('PowerPlanTask variants', () => {
  it('has a right answer of quality 1 for every seed and params, and variants differ', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 2 }),
        (seed, speakers, subs, trucks) => {
          const p = powerPlanParamsSchema.parse({
            devices: [
              { type: 'speaker', count: speakers },
              { type: 'subwoofer', count: subs },
              { type: 'moving-head', count: 2 },
              ...(trucks > 0 ? [{ type: 'food-truck', count: trucks }] : []),
            ],
            circuits: 5,
          });
          if (PowerPlanTask.sensible(p).length > 0) return;
          const v = PowerPlanTask.makeVariant(p, createRng(seed));
          expect(PowerPlanTask.check(v, PowerPlanTask.solve(v))).toMatchObject({ correct: true, quality: 1 });
        },
      ),
    );
    const p = powerPlanParamsSchema.parse(loadTaskFixture('power-plan').params);
    const seen = new Set(
      [...Array(20)].map((_, i) => JSON.stringify(PowerPlanTask.makeVariant(p, createRng(i)))),
    );
    expect(seen.size).toBeGreaterThan(15);
  });
});
