import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../src/core/random/Rng';
import {
  TimetableTask,
  type TimetableVariant,
  timetableParamsSchema,
} from '../../../../src/core/tasks/timetable/TimetableTask';
import { breaches, clock, extraGapMin } from '../../../../src/core/tasks/timetable/timetableRules';
import { loadTaskFixture } from '../../../helpers/loadTaskFixture';

// 14:00 to 16:30, two stages, 15 minutes changeover. Kabaal and Pixel Punk share their fans.
const variant: TimetableVariant = {
  openMin: 840,
  curfewMin: 990,
  changeoverMin: 15,
  stages: 2,
  bands: [
    { id: 'b1', name: 'Kabaal', setMin: 45, fans: 'rock' },
    { id: 'b2', name: 'Pixel Punk', setMin: 45, fans: 'rock' },
    { id: 'b3', name: 'Fuzzbox', setMin: 30, fans: 'folk', availableFromMin: 840, availableUntilMin: 915 },
    { id: 'b4', name: 'Echo Echo', setMin: 60, fans: 'metal' },
  ],
  plan: [
    { band: 'b1', stage: 0, startMin: 840 },
    { band: 'b4', stage: 0, startMin: 900 },
    { band: 'b3', stage: 1, startMin: 840 },
    { band: 'b2', stage: 1, startMin: 885 },
  ],
};
type Times = Partial<Record<'b1' | 'b2' | 'b3' | 'b4', [number, number]>>;
const slotsWith = (changes: Times) =>
  variant.plan.map((s) => {
    const change = changes[s.band as keyof Times];
    return change ? { band: s.band, stage: change[0], startMin: change[1] } : s;
  });
const check = (changes: Times) =>
  TimetableTask.check(variant, TimetableTask.answer.parse({ slots: slotsWith(changes) }));

describe('timetable rules', () => {
  it('writes times as a clock', () => {
    expect(clock(1265)).toBe('21:05');
    expect(clock(840)).toBe('14:00');
  });
  it('finds no broken rule and no gap in the plan', () => {
    expect(breaches(variant, variant.plan)).toEqual([]);
    expect(extraGapMin(variant, variant.plan)).toBe(0);
  });
});

describe('TimetableTask.check', () => {
  it('accepts the plan without gaps with quality 1', () => {
    const c = check({});
    expect(c).toMatchObject({ correct: true, quality: 1, category: 'correct' });
    expect(c.explanation.map((m) => ('key' in m ? m.key : ''))).toEqual([
      'tasks.timetable.explain.right',
      'tasks.timetable.explain.source',
    ]);
  });
  it('grades a right timetable with silent gaps lower', () => {
    expect(check({ b2: [1, 905] })).toMatchObject({ correct: true, category: 'gaps', quality: 0.9 });
  });
  it('recognises two bands on one stage at once', () => {
    expect(check({ b4: [0, 870] })).toMatchObject({ correct: false, category: 'overlap' });
  });
  it('recognises a forgotten changeover and names the gap', () => {
    const c = check({ b4: [0, 890] });
    expect(c.category).toBe('no-changeover');
    expect(c.explanation[0]).toMatchObject({
      values: { band: 'Echo Echo', other: 'Kabaal', gap: 5, changeover: 15 },
    });
  });
  it('recognises a band playing outside its availability', () => {
    const c = check({ b3: [1, 945] });
    expect(c.category).toBe('band-unavailable');
    expect(c.explanation[0]).toMatchObject({ values: { band: 'Fuzzbox', from: '14:00', until: '15:15' } });
  });
  it('recognises two bands with the same fans at the same time on different stages', () => {
    expect(check({ b1: [0, 860], b4: [0, 920] }).category).toBe('fan-clash');
  });
  it('recognises a band past the curfew', () => {
    const c = check({ b2: [0, 900], b4: [0, 960] });
    expect(c.category).toBe('past-curfew');
    expect(c.explanation[0]).toMatchObject({ values: { band: 'Echo Echo', curfew: '16:30' } });
  });
  it('recognises a start before opening and a band left out', () => {
    expect(check({ b1: [0, 830] }).category).toBe('outside-hours');
    const three = TimetableTask.answer.parse({ slots: variant.plan.slice(0, 3) });
    expect(TimetableTask.check(variant, three).category).toBe('band-missing');
  });
  it('refuses a band twice, an unknown band or stage, and answers of the wrong shape', () => {
    const twice = { slots: [...variant.plan.slice(0, 3), { ...(variant.plan[0] as object) }] };
    expect(TimetableTask.check(variant, TimetableTask.answer.parse(twice)).category).toBe('invalid');
    const stage2 = { slots: slotsWith({ b1: [2, 840] }) };
    expect(TimetableTask.check(variant, TimetableTask.answer.parse(stage2)).category).toBe('invalid');
    expect(
      TimetableTask.answer.safeParse({ slots: [{ band: 'b1', stage: 0, startMin: 14.5 }] }).success,
    ).toBe(false);
    expect(TimetableTask.answer.safeParse({ slots: [{ band: 'b1', stage: 5, startMin: 840 }] }).success).toBe(
      false,
    );
  });
  it('gives hints from the changeover to where one band goes', () => {
    const hints = TimetableTask.hints(variant);
    expect(hints.map((h) => ('key' in h ? h.key : ''))).toEqual([
      'tasks.timetable.hint.changeover',
      'tasks.timetable.hint.fans',
      'tasks.timetable.hint.windowsFirst',
      'tasks.timetable.hint.place',
    ]);
    expect(hints[3]).toMatchObject({ values: { band: 'Fuzzbox', stage: 'tent', time: '14:00' } });
  });
});

describe('TimetableTask parameters and variants', () => {
  const fixture = loadTaskFixture('timetable');
  const params = timetableParamsSchema.parse(fixture.params);
  it('accepts the sample task', () => {
    expect(TimetableTask.sensible(params)).toEqual([]);
  });
  it('catches a curfew no timetable can keep, too few names and odd minutes', () => {
    expect(TimetableTask.sensible({ ...params, curfewMin: 960 })[0]?.message).toMatch(/no right answer/);
    expect(TimetableTask.sensible({ ...params, curfewMin: 800 })[0]?.path).toEqual(['curfewMin']);
    expect(TimetableTask.sensible({ ...params, bandNames: ['A', 'B', 'A'] })[0]?.path).toEqual(['bandNames']);
    expect(timetableParamsSchema.safeParse({ ...fixture.params, openMin: 841 }).success).toBe(false);
  });
  it('has a right answer of quality 1 for every seed and every stage count', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.integer({ min: 1, max: 3 }),
        (seed, stages) => {
          const p = timetableParamsSchema.parse({ ...fixture.params, stages, curfewMin: 1380 });
          expect(TimetableTask.sensible(p)).toEqual([]);
          const v = TimetableTask.makeVariant(p, createRng(seed));
          expect(TimetableTask.check(v, TimetableTask.solve(v))).toMatchObject({ correct: true, quality: 1 });
        },
      ),
    );
  });
  it('makes the rules matter: one stage for all bands breaks the curfew in the sample', () => {
    const v = TimetableTask.makeVariant(params, createRng(7));
    let t = v.openMin;
    const slots = v.bands.map((b) => {
      const slot = { band: b.id, stage: 0, startMin: t };
      t += b.setMin + v.changeoverMin;
      return slot;
    });
    expect(breaches(v, slots).some((b) => b.rule === 'past-curfew')).toBe(true);
  });
  it('differs between pupils', () => {
    const seen = new Set(
      [...Array(20)].map((_, i) => JSON.stringify(TimetableTask.makeVariant(params, createRng(i)))),
    );
    expect(seen.size).toBeGreaterThan(10);
  });
});
