// What the game remembers per pupil profile on the device: avatar, nickname, seed, every try
// at every task, and where the pupil was. Validated with zod whenever it is loaded.
import { z } from 'zod';
import { taskAttemptSchema } from '../scoring/TaskAttempt';
import { avatarSchema } from './Avatar';

export const PROGRESS_VERSION = 1;
/** The screens a pupil can come back to after closing the tab. */
export const RESUMABLE_SCENES = ['Title', 'LevelChoice', 'Site', 'Task', 'Results'] as const;

const uint32 = z.int().min(0).max(0xffffffff);

export const levelProgressSchema = z.strictObject({
  attempts: z.record(z.string(), z.array(taskAttemptSchema).max(200)).default({}),
  /** Hints seen per task; they stay seen across tries and visits. */
  hints: z.record(z.string(), z.int().min(0).max(20)).default({}),
  festivalSeen: z.boolean().default(false),
});
export type LevelProgress = z.infer<typeof levelProgressSchema>;

export const resumeSchema = z.strictObject({
  scene: z.enum(RESUMABLE_SCENES),
  levelId: z.string().max(64).optional(),
  taskId: z.string().max(64).optional(),
});
export type Resume = z.infer<typeof resumeSchema>;

export const profileSchema = z.strictObject({
  id: z.string().min(1).max(64),
  nickname: z.string().min(1).max(24),
  avatar: avatarSchema,
  /** This pupil's own random seed for task variants. */
  seed: uint32,
  /** A class-wide seed set by the teacher; when present it overrides `seed`. */
  classSeed: uint32.optional(),
  levels: z.record(z.string(), levelProgressSchema).default({}),
  resume: resumeSchema.default({ scene: 'Title' }),
});
export type Profile = z.infer<typeof profileSchema>;

export const progressSchema = z.strictObject({
  version: z.literal(PROGRESS_VERSION),
  currentProfile: z.string().nullable(),
  profiles: z.array(profileSchema).max(50),
});
export type Progress = z.infer<typeof progressSchema>;

export const emptyProgress = (): Progress => ({
  version: PROGRESS_VERSION,
  currentProfile: null,
  profiles: [],
});

/** The seed that makes this pupil's variants: the class seed when there is one. */
export const variantSeed = (profile: Profile): number => profile.classSeed ?? profile.seed;
