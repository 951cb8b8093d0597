// The class on this device: kept per profile, the seed the server expects per level, and never
// in a teacher's preview.
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_AVATAR } from '../../../src/core/progress/Avatar';
import {
  classMembership,
  levelSeed,
  type Membership,
  resetMembershipCache,
  saveMembership,
} from '../../../src/game/state/ClassMembership';
import {
  currentProfile,
  initProgress,
  saveAvatar,
  startPreview,
} from '../../../src/game/state/ProgressStore';

const stored = new Map<string, string>();
Object.assign(globalThis, {
  localStorage: {
    getItem: (k: string) => stored.get(k) ?? null,
    setItem: (k: string, v: string) => void stored.set(k, v),
    removeItem: (k: string) => void stored.delete(k),
  },
});

const membership: Membership = {
  pupilId: 'p1',
  className: '2B',
  card: { joinCode: 'K7RMXP', nickname: 'DJ Volt', secret: 'blauwe-tijger-42' },
  seed: 777,
  loggedOut: false,
  levels: [
    { levelId: 'stadsfestival', levelVersion: 3, assigned: true, dueDate: null, seed: 4242, tasksDone: 0 },
  ],
};

describe('the class membership', () => {
  beforeEach(() => {
    stored.clear();
    resetMembershipCache();
    initProgress();
  });

  it("gives the class's seed per level and the pupil's server seed for other levels", () => {
    saveAvatar('DJ Volt', DEFAULT_AVATAR);
    const ownSeed = currentProfile()?.seed;
    expect(levelSeed('stadsfestival')).toBe(ownSeed);
    saveMembership(membership);
    expect(levelSeed('stadsfestival')).toBe(4242);
    expect(levelSeed('schoolfuif')).toBe(777);
  });

  it('survives a reload of the page, and a broken store is ignored', () => {
    saveAvatar('DJ Volt', DEFAULT_AVATAR);
    saveMembership(membership);
    resetMembershipCache();
    initProgress();
    expect(classMembership()).toEqual(membership);
    stored.set('festivalmakers.class', '{"x": {"pupilId": 3}}');
    resetMembershipCache();
    expect(classMembership()).toBeNull();
  });

  it("is never there in a teacher's preview, and the preview saves nothing", () => {
    saveAvatar('DJ Volt', DEFAULT_AVATAR);
    saveMembership(membership);
    const before = stored.get('festivalmakers.progress');
    startPreview('Leerkracht', DEFAULT_AVATAR);
    expect(currentProfile()?.nickname).toBe('Leerkracht');
    expect(classMembership()).toBeNull();
    saveAvatar('Leerkracht 2', DEFAULT_AVATAR);
    expect(stored.get('festivalmakers.progress')).toBe(before);
  });
});
