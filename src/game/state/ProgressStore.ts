// The pupils' progress on this device: loaded once (a corrupt save is reported and kept aside
// under its own key, never lost or crashed on), changed through small commands, saved at once.
import type { Avatar } from '../../core/progress/Avatar';
import { loadProgress } from '../../core/progress/loadProgress';
import {
  emptyProgress,
  type LevelProgress,
  type Profile,
  type Progress,
  type Resume,
  variantSeed,
} from '../../core/progress/Progress';
import type { TaskAttempt } from '../../core/scoring/TaskAttempt';

const STORAGE_KEY = 'festivalmakers.progress';
const CORRUPT_KEY = 'festivalmakers.progress.corrupt';

let progress: Progress;
/** Why the stored progress could not be read this visit, or null. */
let loadProblem: string | null = null;
/** A teacher's preview: progress lives in memory only and is never saved. */
let preview = false;

function readStorage(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function save(): void {
  if (preview) return;
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(progress));
  } catch {
    // Private mode or a full disk: the game goes on, progress lasts this visit.
  }
}

/** Loads progress from storage; call once at boot. */
export function initProgress(): void {
  const text = readStorage();
  const loaded = loadProgress(text);
  progress = loaded.progress;
  loadProblem = loaded.problem?.reason ?? null;
  if (loaded.problem && text !== null) {
    try {
      localStorage.setItem(`${CORRUPT_KEY}.${Date.now()}`, text);
      localStorage.removeItem(STORAGE_KEY);
    } catch {
      // Nothing more we can do; the problem is still shown.
    }
    console.warn(`Saved progress could not be read and was kept aside: ${loaded.problem.reason}`);
  }
}

/** Switches to a throwaway profile for a teacher's preview; nothing is saved on the device. */
export function startPreview(nickname: string, avatar: Avatar): void {
  preview = true;
  progress = emptyProgress();
  saveAvatar(nickname, avatar);
}

export const isPreview = (): boolean => preview;

export const progressLoadProblem = (): string | null => loadProblem;
export const allProgress = (): Readonly<Progress> => progress;

export function currentProfile(): Profile | null {
  return progress.profiles.find((p) => p.id === progress.currentProfile) ?? null;
}

function profileOrThrow(): Profile {
  const profile = currentProfile();
  if (!profile) throw new Error('no pupil profile yet: make an avatar first');
  return profile;
}

/** A 32-bit seed from the browser's cryptographic generator. */
function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
}

/** Makes a new profile (or updates the current one's look and name) and selects it. */
export function saveAvatar(nickname: string, avatar: Avatar): Profile {
  const existing = currentProfile();
  if (existing) {
    existing.nickname = nickname;
    existing.avatar = avatar;
    save();
    return existing;
  }
  const profile: Profile = {
    id: `p${randomSeed().toString(36)}`,
    nickname,
    avatar,
    seed: randomSeed(),
    levels: {},
    resume: { scene: 'LevelChoice' },
  };
  progress.profiles.push(profile);
  progress.currentProfile = profile.id;
  save();
  return profile;
}

/** Sets a class-fixed seed (from the teacher) that overrides the pupil's own. */
export function setClassSeed(seed: number | undefined): void {
  const profile = profileOrThrow();
  if (seed === undefined) delete profile.classSeed;
  else profile.classSeed = seed >>> 0;
  save();
}

export const currentSeed = (): number => {
  const profile = currentProfile();
  return profile ? variantSeed(profile) : 0;
};

export function levelProgress(levelId: string): LevelProgress {
  const profile = profileOrThrow();
  let found = profile.levels[levelId];
  if (!found) {
    found = { attempts: {}, hints: {}, festivalSeen: false };
    profile.levels[levelId] = found;
  }
  return found;
}

export function recordAttempt(levelId: string, taskId: string, attempt: TaskAttempt): void {
  const level = levelProgress(levelId);
  level.attempts[taskId] = [...(level.attempts[taskId] ?? []), attempt];
  save();
}

export function recordHints(levelId: string, taskId: string, hintsSeen: number): void {
  levelProgress(levelId).hints[taskId] = hintsSeen;
  save();
}

export function markFestivalSeen(levelId: string): void {
  levelProgress(levelId).festivalSeen = true;
  save();
}

/** Remembers where the pupil is, so a reload can continue there. */
export function setResume(resume: Resume): void {
  const profile = currentProfile();
  if (!profile) return;
  profile.resume = resume;
  save();
}
