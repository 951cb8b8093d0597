// zod schemas of the API responses the dashboard reads (docs/api.md). Unknown extra fields are
// allowed so the server may grow; what the dashboard uses is checked.
import { z } from 'zod/mini';

export const localizedTextSchema = z.object({ nl: z.string(), fr: z.string(), en: z.string() });

export const teacherSchema = z.object({ id: z.string(), email: z.string(), createdAt: z.string() });
export const sessionSchema = z.discriminatedUnion('role', [
  z.object({ role: z.literal('anonymous') }),
  z.object({ role: z.literal('teacher'), teacher: teacherSchema, csrfToken: z.string() }),
  z.object({ role: z.literal('pupil'), csrfToken: z.string() }),
]);
export const teacherLoginSchema = z.object({ teacher: teacherSchema, csrfToken: z.string() });

export const classSchema = z.object({
  id: z.string(),
  name: z.string(),
  joinCode: z.string(),
  archived: z.boolean(),
  createdAt: z.string(),
  pupilCount: z.int(),
});
export type SchoolClass = z.infer<typeof classSchema>;
export const classesSchema = z.object({ classes: z.array(classSchema) });
export const oneClassSchema = z.object({ class: classSchema });

export const pupilSchema = z.object({
  id: z.string(),
  nickname: z.string(),
  createdAt: z.string(),
  lastActiveAt: z.nullable(z.string()),
});
export type Pupil = z.infer<typeof pupilSchema>;
export const pupilsSchema = z.object({ pupils: z.array(pupilSchema) });

export const cardSchema = z.object({
  pupilId: z.string(),
  nickname: z.string(),
  joinCode: z.string(),
  secret: z.string(),
});
export type LoginCard = z.infer<typeof cardSchema>;
export const cardsSchema = z.object({
  class: z.object({ id: z.string(), name: z.string(), joinCode: z.string() }),
  cards: z.array(cardSchema),
});
export const oneCardSchema = z.object({ card: cardSchema });

export const assignmentSchema = z.object({
  levelId: z.string(),
  dueDate: z.nullable(z.string()),
  seed: z.nullable(z.int()),
  createdAt: z.string(),
});
export type Assignment = z.infer<typeof assignmentSchema>;
export const assignmentsSchema = z.object({ assignments: z.array(assignmentSchema) });
export const oneAssignmentSchema = z.object({ assignment: assignmentSchema });

export const levelSummarySchema = z.object({
  id: z.string(),
  version: z.int(),
  order: z.number(),
  promo: z.boolean(),
  title: localizedTextSchema,
  tasks: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      domains: z.array(z.string()),
      careers: z.array(z.string()),
      title: localizedTextSchema,
    }),
  ),
});
export type LevelSummary = z.infer<typeof levelSummarySchema>;
export const levelsSchema = z.object({ levels: z.array(levelSummarySchema) });

export const gridTaskSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: localizedTextSchema,
  maxPoints: z.number(),
});
export type GridTask = z.infer<typeof gridTaskSchema>;
export const gridLevelSchema = z.object({
  id: z.string(),
  version: z.int(),
  assigned: z.boolean(),
  title: localizedTextSchema,
  tasks: z.array(gridTaskSchema),
});
export type GridLevel = z.infer<typeof gridLevelSchema>;
export const gridCellSchema = z.object({
  pupilId: z.string(),
  levelId: z.string(),
  taskId: z.string(),
  status: z.enum(['busy', 'done']),
  stars: z.int().check(z.minimum(0), z.maximum(3)),
  points: z.number(),
  attempts: z.int(),
  hintsUsed: z.number(),
  timeMs: z.number(),
  lastActivityAt: z.string(),
  stuck: z.boolean(),
});
export type GridCell = z.infer<typeof gridCellSchema>;
export const progressSchema = z.object({
  class: z.object({ id: z.string(), name: z.string() }),
  levels: z.array(gridLevelSchema),
  pupils: z.array(z.object({ id: z.string(), nickname: z.string(), lastActiveAt: z.nullable(z.string()) })),
  cells: z.array(gridCellSchema),
});
export type ClassProgress = z.infer<typeof progressSchema>;

export const stemProfileSchema = z.object({
  S: z.nullable(z.number()),
  T: z.nullable(z.number()),
  E: z.nullable(z.number()),
  M: z.nullable(z.number()),
});
export type StemProfile = z.infer<typeof stemProfileSchema>;
export const pupilAttemptSchema = z.object({
  attemptId: z.string(),
  levelId: z.string(),
  taskId: z.string(),
  correct: z.boolean(),
  category: z.nullable(z.string()),
  hintsUsed: z.number(),
  timeMs: z.number(),
  taskPoints: z.number(),
  taskStars: z.number(),
  receivedAt: z.string(),
  clientCreatedAt: z.string(),
});
export type PupilAttempt = z.infer<typeof pupilAttemptSchema>;
export const pupilProgressSchema = z.object({
  pupil: z.object({ id: z.string(), nickname: z.string(), lastActiveAt: z.nullable(z.string()) }),
  attempts: z.array(pupilAttemptSchema),
  profile: stemProfileSchema,
  careers: z.array(z.string()),
  levels: z.array(
    z.object({
      levelId: z.string(),
      points: z.number(),
      maxPoints: z.number(),
      tasksDone: z.int(),
      tasks: z.int(),
    }),
  ),
});
export type PupilProgress = z.infer<typeof pupilProgressSchema>;

export const taskStatSchema = z.object({
  levelId: z.string(),
  taskId: z.string(),
  started: z.int(),
  finished: z.int(),
  averageAttempts: z.nullable(z.number()),
  averageHints: z.nullable(z.number()),
  averageTimeMs: z.nullable(z.number()),
  wrongCategories: z.array(z.object({ category: z.string(), count: z.int() })),
});
export type TaskStat = z.infer<typeof taskStatSchema>;
export const taskStatsSchema = z.object({ tasks: z.array(taskStatSchema) });

export const errorBodySchema = z.object({ error: z.string(), message: z.string() });
