import { describe, expect, it } from 'vitest';
import { DEFAULT_AVATAR } from '../../../src/core/progress/Avatar';
import { loadProgress } from '../../../src/core/progress/loadProgress';
import { emptyProgress, type Progress, variantSeed } from '../../../src/core/progress/Progress';

const saved: Progress = {
  version: 1,
  currentProfile: 'p1',
  profiles: [
    {
      id: 'p1',
      nickname: 'DJ Volt',
      avatar: DEFAULT_AVATAR,
      seed: 123456,
      levels: {
        schoolfuif: {
          attempts: { 'sound-barrier': [{ answer: { distanceM: 9 }, hintsUsed: 1, timeMs: 4000 }] },
          hints: { 'sound-barrier': 1 },
          festivalSeen: false,
        },
      },
      resume: { scene: 'Site', levelId: 'schoolfuif' },
    },
  ],
};

describe('loading saved progress', () => {
  it('gives empty progress without a problem when nothing is stored', () => {
    expect(loadProgress(null)).toEqual({ progress: emptyProgress(), problem: null });
  });

  it('round-trips a valid save', () => {
    expect(loadProgress(JSON.stringify(saved))).toEqual({ progress: saved, problem: null });
  });

  it('reports broken JSON instead of crashing', () => {
    const loaded = loadProgress('{"version": 1, "profiles": [');
    expect(loaded.progress).toEqual(emptyProgress());
    expect(loaded.problem?.reason).toMatch(/broken JSON/);
  });

  it('reports a save that does not fit the schema, naming where', () => {
    const bad = structuredClone(saved) as unknown as { profiles: { seed: unknown }[] };
    (bad.profiles[0] as { seed: unknown }).seed = -4;
    const loaded = loadProgress(JSON.stringify(bad));
    expect(loaded.progress).toEqual(emptyProgress());
    expect(loaded.problem?.reason).toMatch(/profiles\.0\.seed/);
  });

  it('uses the class seed over the pupil seed when the teacher set one', () => {
    const profile = saved.profiles[0];
    if (!profile) throw new Error('fixture');
    expect(variantSeed(profile)).toBe(123456);
    expect(variantSeed({ ...profile, classSeed: 99 })).toBe(99);
  });
});
