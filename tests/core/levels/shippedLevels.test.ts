// The shipped festival editions as a set: every task kind used, task counts per edition,
// S/T/E/M in every campaign level, stations inside their zones, an unlock chain, variants
// that can always be solved, and star thresholds that reward first tries.
import { describe, expect, it } from 'vitest';
import type { Level } from '../../../src/core/levels/LevelSchema';
import { scoreLevel } from '../../../src/core/scoring/scoreLevel';
import type { TaskAttempt } from '../../../src/core/scoring/TaskAttempt';
import { makeTaskVariant } from '../../../src/core/scoring/taskVariant';
import { TASK_KIND_NAMES, taskKind } from '../../../src/core/tasks/registry';
import { loadLevel } from '../../helpers/loadLevel';

const editions: { id: string; minTasks: number; maxTasks: number; campaign: boolean }[] = [
  { id: 'schoolfuif', minTasks: 4, maxTasks: 5, campaign: true },
  { id: 'stadsfestival', minTasks: 6, maxTasks: 8, campaign: true },
  { id: 'groot-festival', minTasks: 8, maxTasks: 10, campaign: true },
  { id: 'promo', minTasks: 2, maxTasks: 3, campaign: false },
];
const levels = new Map<string, Level>(editions.map((e) => [e.id, loadLevel(e.id)]));
const level = (id: string) => levels.get(id) as Level;

/** Every task answered by the core's solver after `wrongTries` unusable tries, quickly. */
function play(lv: Level, seed: number, wrongTries: number): Record<string, TaskAttempt[]> {
  return Object.fromEntries(
    lv.tasks.map((t) => {
      const wrong = Array.from({ length: wrongTries }, () => ({ answer: {}, hintsUsed: 0, timeMs: 5_000 }));
      const right = { answer: taskKind(t.kind).solve(makeTaskVariant(t, seed)), hintsUsed: 0, timeMs: 5_000 };
      return [t.id, [...wrong, right]];
    }),
  );
}

describe('the shipped levels', () => {
  it('use every task kind at least once', () => {
    const used = new Set([...levels.values()].flatMap((lv) => lv.tasks.map((t) => t.kind)));
    expect([...TASK_KIND_NAMES].filter((k) => !used.has(k))).toEqual([]);
  });

  it.each(editions)('$id has $minTasks to $maxTasks tasks', ({ id, minTasks, maxTasks }) => {
    expect(level(id).tasks.length).toBeGreaterThanOrEqual(minTasks);
    expect(level(id).tasks.length).toBeLessThanOrEqual(maxTasks);
  });

  it.each(editions.filter((e) => e.campaign))('$id trains S, T, E and M', ({ id }) => {
    const domains = new Set(level(id).tasks.flatMap((t) => t.domains));
    expect([...domains].sort()).toEqual(['E', 'M', 'S', 'T']);
  });

  it('open one after the other, with the promo level always open and last', () => {
    expect(level('schoolfuif').unlock).toBeUndefined();
    expect(level('stadsfestival').unlock).toEqual({ level: 'schoolfuif', stars: 1 });
    expect(level('groot-festival').unlock).toEqual({ level: 'stadsfestival', stars: 1 });
    expect(level('promo')).toMatchObject({ promo: true, order: 99 });
    expect(level('promo').unlock).toBeUndefined();
    expect(level('promo').teacherGuide.timeMinutes).toBeLessThanOrEqual(5);
  });

  it.each(editions)('$id places every station inside its zone and one task per station', ({ id }) => {
    const { map, tasks } = level(id);
    for (const s of map.stations) {
      const z = map.zones.find((zone) => zone.id === s.zone);
      expect(z, s.id).toBeDefined();
      if (!z) continue;
      expect(s.xM >= z.xM && s.xM <= z.xM + z.widthM && s.yM >= z.yM && s.yM <= z.yM + z.heightM, s.id).toBe(
        true,
      );
    }
    const stations = tasks.map((t) => t.station);
    expect(new Set(stations).size).toBe(stations.length);
  });

  it.each(editions)('$id gives three stars to a perfect play for every seed tried', ({ id }) => {
    for (let seed = 1; seed <= 8; seed++) {
      const s = scoreLevel(level(id), seed * 7919, play(level(id), seed * 7919, 0));
      expect(s.tasks.filter((t) => !t.correct || t.share < 1).map((t) => `${seed}:${t.taskId}`)).toEqual([]);
      expect(s.complete).toBe(true);
      expect(s.stars).toBe(3);
    }
  });

  it.each(editions)(
    '$id gives two stars for second tries everywhere and one star for third tries',
    ({ id }) => {
      const seed = 4242;
      expect(scoreLevel(level(id), seed, play(level(id), seed, 1)).stars).toBe(2);
      expect(scoreLevel(level(id), seed, play(level(id), seed, 2)).stars).toBe(1);
    },
  );
});
