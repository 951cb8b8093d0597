import { describe, expect, it } from 'vitest';
import { scoreLevel } from '../../../src/core/scoring/scoreLevel';
import { SCORING_VERSION } from '../../../src/core/scoring/scoringVersion';
import { makeTaskVariant } from '../../../src/core/scoring/taskVariant';
import { taskKind } from '../../../src/core/tasks/registry';
import { loadLevel } from '../../helpers/loadLevel';

const level = loadLevel('schoolfuif');
const seed = 1234;
/** Schoolfuif with only its sound task: it trains no T and feeds no power meter. */
const soundOnly = { ...level, tasks: level.tasks.filter((t) => t.kind === 'sound-level') };
const solveAll = () =>
  Object.fromEntries(
    level.tasks.map((t) => [
      t.id,
      [{ answer: taskKind(t.kind).solve(makeTaskVariant(t, seed)), hintsUsed: 0, timeMs: 10_000 }],
    ]),
  );

describe('scoreLevel', () => {
  it('scores an untried level as zero, incomplete, with neutral meters', () => {
    const s = scoreLevel(level, seed, {});
    expect(s).toMatchObject({ points: 0, stars: 0, complete: false, scoringVersion: SCORING_VERSION });
    expect(s.meters.sound).toBe(0.5);
    expect(s.profile.S).toBe(0);
    expect(scoreLevel(soundOnly, seed, {}).profile.T).toBeNull();
  });

  it('scores a perfect play with three stars, a full profile and good meters', () => {
    const s = scoreLevel(level, seed, solveAll());
    expect(s.complete).toBe(true);
    expect(s.points).toBe(s.maxPoints);
    expect(s.stars).toBe(3);
    expect(s.profile.S).toBe(1);
    expect(s.profile.M).toBe(1);
    expect(s.meters.sound).toBe(1);
    expect(scoreLevel(soundOnly, seed, solveAll()).meters.power).toBe(0.5);
  });

  it('pulls the sound meter down when the barrier is too close', () => {
    const s = scoreLevel(level, seed, {
      'sound-barrier': [{ answer: { distanceM: 1, obligations: [] }, hintsUsed: 0, timeMs: 1 }],
    });
    expect(s.meters.sound).toBeLessThan(0.2);
    expect(s.complete).toBe(false);
  });

  it('is deterministic', () => {
    expect(scoreLevel(level, seed, solveAll())).toEqual(scoreLevel(level, seed, solveAll()));
  });
});
