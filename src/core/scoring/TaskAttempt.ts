// One try at a task as the game records it and the server receives it.
import { z } from 'zod';

export const taskAttemptSchema = z.strictObject({
  /** The pupil's answer; its shape belongs to the task kind and is checked there. */
  answer: z.unknown(),
  /** Hints seen so far on this task (they add up over the tries). */
  hintsUsed: z.int().min(0).max(20),
  /** Time spent on this try, in milliseconds. */
  timeMs: z
    .int()
    .min(0)
    .max(24 * 3600 * 1000),
});
export type TaskAttempt = z.infer<typeof taskAttemptSchema>;
