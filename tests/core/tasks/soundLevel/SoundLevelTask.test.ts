import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../src/core/random/Rng';
import {
  SoundLevelTask,
  type SoundLevelVariant,
  soundLevelParamsSchema,
} from '../../../../src/core/tasks/soundLevel/SoundLevelTask';
import { levelAtDistance, minimumDistanceM } from '../../../../src/core/tasks/soundLevel/soundPhysics';

const variant: SoundLevelVariant = {
  category: 2,
  limitDbA: 95,
  sourceDbAt1m: 113,
  speakers: 2,
  maxDistanceM: 40,
  askObligations: true,
};
const obligations = ['notify', 'measure', 'show-level'] as const;
const check = (distanceM: number, chosen: readonly string[] = obligations) =>
  SoundLevelTask.check(variant, SoundLevelTask.answer.parse({ distanceM, obligations: chosen }));

describe('sound physics', () => {
  it('drops about 6 dB per doubling of distance', () => {
    expect(levelAtDistance(100, 1, 1) - levelAtDistance(100, 1, 2)).toBeCloseTo(6.02, 2);
    expect(levelAtDistance(100, 1, 4) - levelAtDistance(100, 1, 8)).toBeCloseTo(6.02, 2);
  });
  it('adds 3 dB for two equal speakers', () => {
    expect(levelAtDistance(100, 2, 1) - levelAtDistance(100, 1, 1)).toBeCloseTo(3.01, 2);
  });
  it('finds the distance where the limit is reached', () => {
    expect(levelAtDistance(110, 1, minimumDistanceM(110, 1, 95))).toBeCloseTo(95, 6);
  });
});

describe('SoundLevelTask.check', () => {
  // 113 dB + 3 dB (two speakers) = 116 dB at 1 m; 21 dB too loud; 10^(21/20) = 11.2 m -> 12 m.
  it('accepts the closest right distance with the right obligations', () => {
    const c = check(12);
    expect(c).toMatchObject({ correct: true, quality: 1, category: 'correct' });
    expect(c.explanation.map((m) => ('key' in m ? m.key : ''))).toContain('tasks.soundLevel.explain.right');
  });
  it('accepts a barrier much further away with a lower quality', () => {
    const c = check(40);
    expect(c.correct).toBe(true);
    expect(c.quality).toBeLessThan(1);
    expect(c.quality).toBeGreaterThanOrEqual(0.6);
  });
  it('recognises a pupil who forgot the second speaker', () => {
    expect(check(9).category).toBe('forgot-second-speaker');
  });
  it('recognises a barrier that is simply too close', () => {
    expect(check(3)).toMatchObject({ correct: false, category: 'too-loud' });
  });
  it('recognises a barrier off the site', () => {
    expect(check(41).category).toBe('off-site');
  });
  it('recognises wrong obligations for the category', () => {
    expect(check(12, ['notify', 'measure']).category).toBe('wrong-obligations');
    expect(check(12, [...obligations, 'earplugs']).category).toBe('wrong-obligations');
  });
  it('gives hints in order, ending with how many doublings are needed', () => {
    const hints = SoundLevelTask.hints(variant);
    expect(hints.map((h) => ('key' in h ? h.key : ''))).toEqual([
      'tasks.soundLevel.hint.doubling',
      'tasks.soundLevel.hint.speakers',
      'tasks.soundLevel.hint.excess',
    ]);
  });
  it('refuses answers of the wrong shape', () => {
    expect(SoundLevelTask.answer.safeParse({ distanceM: 'far' }).success).toBe(false);
    expect(SoundLevelTask.answer.safeParse({ distanceM: 5, obligations: ['dance'] }).success).toBe(false);
  });
});

describe('SoundLevelTask variants', () => {
  const params = soundLevelParamsSchema.parse({
    category: 1,
    sourceDbAt1mMin: 100,
    sourceDbAt1mMax: 115,
    speakerCounts: [1, 2],
    maxDistanceM: 80,
  });
  it('has a right answer for every seed that the checker accepts', () => {
    expect(SoundLevelTask.sensible(params)).toEqual([]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const v = SoundLevelTask.makeVariant(params, createRng(seed));
        expect(SoundLevelTask.check(v, SoundLevelTask.solve(v))).toMatchObject({ correct: true, quality: 1 });
        expect(
          SoundLevelTask.check(v, {
            ...SoundLevelTask.solve(v),
            distanceM: SoundLevelTask.solve(v).distanceM - 1,
          }).correct,
        ).toBe(
          SoundLevelTask.solve(v).distanceM - 1 >= minimumDistanceM(v.sourceDbAt1m, v.speakers, v.limitDbA),
        );
      }),
    );
  });
  it('differs between pupils', () => {
    const seen = new Set(
      [...Array(20)].map((_, i) => JSON.stringify(SoundLevelTask.makeVariant(params, createRng(i)))),
    );
    expect(seen.size).toBeGreaterThan(5);
  });
});
