import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Meters } from '../../../src/core/domain/Meter';
import { checkLevelSource } from '../../../src/core/levels/checkLevel';
import { createFestivalDay, festivalLimitDbA } from '../../../src/core/simulation/FestivalDay';

const good: Meters = { safety: 1, sound: 1, power: 1, budget: 1, sustainability: 1, happiness: 1 };
const poor: Meters = {
  safety: 0.1,
  sound: 0.1,
  power: 0.1,
  budget: 0.1,
  sustainability: 0.1,
  happiness: 0.1,
};
const kinds = (meters: Meters, seed = 7) => {
  const day = createFestivalDay({ meters, seed });
  day.finish();
  return { state: day.state(), kinds: day.state().events.map((e) => e.kind) };
};

describe('the festival day simulation', () => {
  it('is deterministic for a seed, whatever the step size', () => {
    const a = createFestivalDay({ meters: poor, seed: 42 });
    const b = createFestivalDay({ meters: poor, seed: 42 });
    for (let i = 0; i < 400; i++) a.step(0.1);
    for (let i = 0; i < 40; i++) b.step(1);
    expect(b.state()).toEqual(a.state());
  });

  it('lets visitors stream in without ever passing capacity, and ends with a finale', () => {
    const day = createFestivalDay({ meters: good, seed: 1, durationS: 30, capacity: 300 });
    let last = 0;
    while (!day.state().finished) {
      day.step(0.5);
      expect(day.state().visitors).toBeGreaterThanOrEqual(last);
      expect(day.state().visitors).toBeLessThanOrEqual(300);
      last = day.state().visitors;
    }
    expect(last).toBeGreaterThan(250);
    expect(day.state().timeS).toBe(30);
    expect(day.state().events.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['gates-open', 'band-starts', 'finale']),
    );
  });

  it('a well organised festival stays under the limit, has no complaints, flickers or queues, and cheers', () => {
    const { state, kinds: k } = kinds(good);
    expect(state.complaints).toBe(0);
    expect(k).not.toContain('flicker');
    expect(k).not.toContain('queue');
    expect(k).toContain('cheer');
    expect(state.mood).toBeGreaterThan(0.8);
  });

  it('a too loud festival goes over the limit and the neighbours complain', () => {
    const day = createFestivalDay({ meters: { ...good, sound: 0.1 }, seed: 3 });
    day.step(20);
    expect(day.state().soundDbA).toBeGreaterThan(day.state().limitDbA);
    day.finish();
    expect(day.state().complaints).toBeGreaterThan(0);
  });

  it('low power makes the lights flicker; low safety makes queues and crowding', () => {
    const { state, kinds: k } = kinds({ ...good, power: 0.05, safety: 0.05 });
    expect(k).toContain('flicker');
    expect(k).toContain('queue');
    expect(state.densityPerM2).toBeGreaterThan(kinds(good).state.densityPerM2);
  });

  it('a poor festival ends in a worse mood than a good one', () => {
    expect(kinds(poor).state.mood).toBeLessThan(kinds(good).state.mood - 0.3);
    expect(kinds(poor).state.litter).toBeGreaterThan(0);
    expect(kinds(good).state.litter).toBe(0);
  });

  it("takes the sound limit from the level's VLAREM category, 95 dB(A) without a sound task", () => {
    const limitOf = (file: string) => {
      const checked = checkLevelSource(file, readFileSync(`levels/${file}`, 'utf8'));
      if (!checked.ok) throw new Error(`${file} does not pass the level checker`);
      return festivalLimitDbA(checked.level.tasks);
    };
    expect(limitOf('promo.json')).toBe(85);
    expect(limitOf('schoolfuif.json')).toBe(95);
    expect(limitOf('groot-festival.json')).toBe(100);
    expect(festivalLimitDbA([{ kind: 'question', params: {} }])).toBe(95);
    const day = createFestivalDay({ meters: good, seed: 5, limitDbA: limitOf('promo.json') });
    day.step(20);
    expect(day.state().limitDbA).toBe(85);
    expect(day.state().soundDbA).toBeLessThanOrEqual(85);
  });
});
