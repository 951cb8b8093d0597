// The wire format of POST /api/attempts, shared by the game's ApiClient and the server.
// Pure zod: no DOM, no Node. See docs/api.md.
import { z } from 'zod';
import { taskAttemptSchema } from '../../core/scoring/TaskAttempt';

/** Largest accepted answer, as JSON text. */
export const MAX_ANSWER_CHARS = 4096;
/** Seeds the server hands out and accepts (they fit a 32-bit signed integer column). */
export const MAX_SEED = 2 ** 31 - 1;

const idText = z.string().min(1).max(64);

/** Unknown fields (such as a score the client computed) are dropped, never trusted. */
export const attemptSubmissionSchema = z.object({
  attemptId: z.uuid(),
  levelId: idText,
  levelVersion: z.int().min(1).max(100000),
  taskId: idText,
  seed: z.int().min(0).max(MAX_SEED),
  answer: z
    .json()
    .refine((a) => JSON.stringify(a).length <= MAX_ANSWER_CHARS, { error: 'answer is too large' }),
  hintsUsed: taskAttemptSchema.shape.hintsUsed,
  timeMs: taskAttemptSchema.shape.timeMs,
  clientCreatedAt: z.iso.datetime(),
});
export type AttemptSubmission = z.infer<typeof attemptSubmissionSchema>;

export const attemptResultSchema = z.object({
  attemptId: z.string(),
  duplicate: z.boolean(),
  scoringVersion: z.int(),
  check: z.object({ correct: z.boolean(), category: z.string() }),
  task: z.object({
    taskId: z.string(),
    attempts: z.int(),
    correct: z.boolean(),
    points: z.int(),
    maxPoints: z.int(),
    stars: z.int().min(0).max(3),
  }),
});
export type AttemptResult = z.infer<typeof attemptResultSchema>;
