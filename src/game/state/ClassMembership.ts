// The class a pupil profile on this device belongs to: the login card, the class name and its
// levels (assigned first, with due date and the seed to play them with). Saved per profile.
import { z } from 'zod';
import { currentProfile, currentSeed, isPreview } from './ProgressStore';

const STORAGE_KEY = 'festivalmakers.class';

export const classLevelSchema = z.object({
  levelId: z.string().max(64),
  levelVersion: z.int(),
  assigned: z.boolean(),
  dueDate: z.string().max(10).nullable(),
  /** The seed the server expects for this level: the class's fixed seed or the pupil's own. */
  seed: z.int().min(0),
  /** Tasks the server has seen done, of all the level's tasks. */
  tasksDone: z.int().min(0),
});
export type ClassLevel = z.infer<typeof classLevelSchema>;

export const loginCardSchema = z.object({
  joinCode: z.string().max(12),
  nickname: z.string().max(24),
  secret: z.string().max(64),
});
export type LoginCard = z.infer<typeof loginCardSchema>;

export const membershipSchema = z.object({
  pupilId: z.string().max(64),
  className: z.string().max(120),
  card: loginCardSchema,
  /** The pupil's own seed on the server. */
  seed: z.int().min(0),
  levels: z.array(classLevelSchema).max(200),
  /** The server no longer knows this device (secret renewed, logged out): log in with the card. */
  loggedOut: z.boolean().default(false),
});
export type Membership = z.infer<typeof membershipSchema>;

const storeSchema = z.record(z.string(), membershipSchema);
let memberships: Record<string, Membership> | null = null;

function loaded(): Record<string, Membership> {
  if (memberships) return memberships;
  try {
    const parsed = storeSchema.safeParse(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}'));
    memberships = parsed.success ? parsed.data : {};
  } catch {
    memberships = {};
  }
  return memberships;
}

function save(): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(loaded()));
  } catch {
    // Without storage the class lasts this visit.
  }
}

/** The current profile's class, or null (no class, no profile, or a teacher's preview). */
export function classMembership(): Membership | null {
  const profile = currentProfile();
  if (!profile || isPreview()) return null;
  return loaded()[profile.id] ?? null;
}

/** Links the current profile to a class (after joining or logging in with the card). */
export function saveMembership(membership: Membership): void {
  const profile = currentProfile();
  if (!profile || isPreview()) return;
  loaded()[profile.id] = membership;
  save();
}

export function updateMembership(change: Partial<Membership>): void {
  const current = classMembership();
  if (current) saveMembership({ ...current, ...change });
}

/** The seed for a level's variants: the one the class's server expects, else the pupil's own. */
export function levelSeed(levelId: string): number {
  const membership = classMembership();
  if (!membership) return currentSeed();
  return membership.levels.find((l) => l.levelId === levelId)?.seed ?? membership.seed;
}

/** Forgets what was read, so the next call reads storage again (tests). */
export function resetMembershipCache(): void {
  memberships = null;
}
