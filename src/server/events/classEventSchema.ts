// The zod form of a ClassEvent, for events that arrive from outside the process (NOTIFY).
import { z } from 'zod';
import type { ClassEvent } from './ClassEventBus';

export const classEventSchema: z.ZodType<ClassEvent> = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('attempt'),
    pupilId: z.string(),
    levelId: z.string(),
    taskId: z.string(),
    correct: z.boolean(),
    taskPoints: z.number(),
    taskStars: z.number(),
    receivedAt: z.string(),
  }),
  z.object({
    type: z.literal('pupil'),
    pupilId: z.string(),
    change: z.enum(['joined', 'deleted']),
  }),
]);
