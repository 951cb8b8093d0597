import { describe, expect, it } from 'vitest';
import { scoreLevel } from '../../../src/core/scoring/scoreLevel';
import { makeTaskVariant } from '../../../src/core/scoring/taskVariant';
import { levelCrowd, visitorsWelcomed } from '../../../src/core/scoring/visitorsWelcomed';
import { taskKind } from '../../../src/core/tasks/registry';
import { loadLevel } from '../../helpers/loadLevel';

const promo = loadLevel('promo');
const seed = 77;
const meters = { safety: 0.5, sound: 0.5, power: 0.5, budget: 0.5, sustainability: 0.5, happiness: 0.5 };

describe('levelCrowd', () => {
  it('is half a visitor per m² of the site', () => {
    expect(levelCrowd({ map: { ...promo.map, widthM: 50, heightM: 30 } })).toBe(750);
    expect(levelCrowd(promo)).toBe(Math.round(promo.map.widthM * promo.map.heightM * 0.5));
  });
});

describe('visitorsWelcomed', () => {
  it('welcomes nobody without points', () => {
    expect(visitorsWelcomed(promo, { points: 0, maxPoints: 330, meters })).toBe(0);
    expect(visitorsWelcomed(promo, { points: 0, maxPoints: 0, meters })).toBe(0);
  });

  it('fills the site with every point and fully happy visitors', () => {
    const full = { points: 330, maxPoints: 330, meters: { ...meters, happiness: 1 } };
    expect(visitorsWelcomed(promo, full)).toBe(levelCrowd(promo));
  });

  it('grows with the points and with happiness', () => {
    const crowd = levelCrowd(promo);
    expect(
      visitorsWelcomed(promo, { points: 165, maxPoints: 330, meters: { ...meters, happiness: 0 } }),
    ).toBe(Math.round(crowd * 0.5 * 0.5));
    expect(visitorsWelcomed(promo, { points: 165, maxPoints: 330, meters })).toBe(
      Math.round(crowd * 0.5 * 0.75),
    );
  });

  it('follows a real level score: a perfect play beats a play with one task', () => {
    const solved = (ids: string[]) =>
      Object.fromEntries(
        promo.tasks
          .filter((t) => ids.includes(t.id))
          .map((t) => [
            t.id,
            [{ answer: taskKind(t.kind).solve(makeTaskVariant(t, seed)), hintsUsed: 0, timeMs: 5000 }],
          ]),
      );
    const all = scoreLevel(promo, seed, solved(promo.tasks.map((t) => t.id)));
    const one = scoreLevel(promo, seed, solved([promo.tasks[0]?.id ?? '']));
    const allVisitors = visitorsWelcomed(promo, all);
    expect(allVisitors).toBeGreaterThan(visitorsWelcomed(promo, one));
    expect(visitorsWelcomed(promo, one)).toBeGreaterThan(0);
    expect(allVisitors).toBeLessThanOrEqual(levelCrowd(promo));
    // Same play, same number: the browser and the server agree.
    expect(visitorsWelcomed(promo, scoreLevel(promo, seed, solved(promo.tasks.map((t) => t.id))))).toBe(
      allVisitors,
    );
  });
});
