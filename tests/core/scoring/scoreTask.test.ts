import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoringSettingsSchema } from '../../../src/core/levels/ScoringSettings';
import { keptShare, scoreTask, starsForShare, timeFactor } from '../../../src/core/scoring/scoreTask';
import { makeTaskVariant } from '../../../src/core/scoring/taskVariant';
import { taskKind } from '../../../src/core/tasks/registry';
import { loadLevel } from '../../helpers/loadLevel';

const level = loadLevel('schoolfuif');
const settings = scoringSettingsSchema.parse({ levelStars: [1, 2, 3] });
const sound = level.tasks.find((t) => t.kind === 'sound-level');
if (!sound) throw new Error('schoolfuif needs a sound-level task');
const variantFor = (seed: number) => makeTaskVariant(sound, seed);
const right = (seed: number) => taskKind('sound-level').solve(variantFor(seed));
const wrong = { distanceM: 1, obligations: [] };
const attempt = (answer: unknown, hintsUsed = 0, timeMs = 30_000) => ({ answer, hintsUsed, timeMs });

describe('scoreTask rules', () => {
  it('gives full points and the time bonus for a quick right first answer', () => {
    const s = scoreTask(settings, sound, variantFor(1), [attempt(right(1), 0, 20_000)]);
    expect(s).toMatchObject({
      correct: true,
      points: 110,
      maxPoints: 110,
      stars: 3,
      attempts: 1,
      bestAttempt: 0,
    });
  });

  it('takes 20% off for each wrong try before the right one', () => {
    const s = scoreTask(settings, sound, variantFor(1), [attempt(wrong), attempt(right(1))]);
    expect(s.share).toBeCloseTo(0.8);
    expect(s.stars).toBe(2);
  });

  it('takes 10% off for each hint', () => {
    const s = scoreTask(settings, sound, variantFor(1), [attempt(right(1), 2)]);
    expect(s.share).toBeCloseTo(0.8);
  });

  it('keeps at least 20% for a right answer after many tries and hints', () => {
    const tries = [...Array(9)].map(() => attempt(wrong, 3));
    const s = scoreTask(settings, sound, variantFor(1), [...tries, attempt(right(1), 3)]);
    expect(s.share).toBeCloseTo(0.2);
    expect(s.stars).toBe(1);
  });

  it('gives nothing, not less than nothing, without a right answer', () => {
    const s = scoreTask(settings, sound, variantFor(1), [attempt(wrong), attempt({ nonsense: true })]);
    expect(s).toMatchObject({ correct: false, points: 0, stars: 0, bestAttempt: null });
    expect(s.checks.map((c) => c.category)).toEqual(['too-loud', 'invalid']);
  });

  it('lets time give at most a small bonus and never take points away', () => {
    expect(timeFactor(0, 120)).toBe(1);
    expect(timeFactor(120_000, 120)).toBe(1);
    expect(timeFactor(180_000, 120)).toBeCloseTo(0.5);
    expect(timeFactor(3_600_000, 120)).toBe(0);
    const slow = scoreTask(settings, sound, variantFor(1), [attempt(right(1), 0, 3_600_000)]);
    expect(slow.points).toBe(100);
  });

  it('counts the best right try when a pupil tries again for more', () => {
    const v = variantFor(3);
    const far = { ...right(3), distanceM: 30 };
    const s = scoreTask(settings, sound, v, [attempt(far), attempt(right(3))]);
    expect(s.bestAttempt).toBe(1);
    expect(s.points).toBeGreaterThan(scoreTask(settings, sound, v, [attempt(far)]).points);
  });

  it('maps shares to stars', () => {
    expect([
      starsForShare(1, true),
      starsForShare(0.7, true),
      starsForShare(0.2, true),
      starsForShare(1, false),
    ]).toEqual([3, 2, 1, 0]);
  });
});

describe('scoreTask invariants', () => {
  const seed = fc.integer({ min: 0, max: 2 ** 32 - 1 });
  const hints = fc.integer({ min: 0, max: 5 });
  const time = fc.integer({ min: 0, max: 600_000 });
  const wrongs = fc.integer({ min: 0, max: 6 });

  it('keeps the score between 0 and the maximum', () => {
    fc.assert(
      fc.property(seed, hints, time, wrongs, fc.boolean(), (s, h, t, w, solve) => {
        const tries = [...Array(w)].map(() => attempt(wrong, h, t));
        if (solve) tries.push(attempt(right(s), h, t));
        const score = scoreTask(settings, sound, variantFor(s), tries);
        expect(score.points).toBeGreaterThanOrEqual(0);
        expect(score.points).toBeLessThanOrEqual(score.maxPoints);
        expect(score.correct).toBe(solve);
      }),
    );
  });

  it('never gives more for more wrong tries or more hints', () => {
    fc.assert(
      fc.property(seed, hints, time, wrongs, (s, h, t, w) => {
        const base = (extraWrong: number, extraHints: number) =>
          scoreTask(settings, sound, variantFor(s), [
            ...[...Array(w + extraWrong)].map(() => attempt(wrong, h + extraHints, 1)),
            attempt(right(s), h + extraHints, t),
          ]).points;
        expect(base(1, 0)).toBeLessThanOrEqual(base(0, 0));
        expect(base(0, 1)).toBeLessThanOrEqual(base(0, 0));
      }),
    );
  });

  it('gives the same result for the same seed and tries', () => {
    fc.assert(
      fc.property(seed, hints, (s, h) => {
        const tries = [attempt(wrong, h), attempt(right(s), h)];
        expect(scoreTask(settings, sound, variantFor(s), tries)).toEqual(
          scoreTask(settings, sound, variantFor(s), tries),
        );
      }),
    );
  });

  it('keeps keptShare within [0, 1] for any settings', () => {
    fc.assert(
      fc.property(wrongs, hints, fc.double({ min: 0, max: 1, noNaN: true }), (w, h, q) => {
        const share = keptShare(settings, w, h, q);
        expect(share).toBeGreaterThanOrEqual(0);
        expect(share).toBeLessThanOrEqual(1);
      }),
    );
  });
});
