// The teacher guide of each level, read from its file in levels/ (the same files the game and
// the server load). Each file is a small separate chunk, fetched only when a guide is opened.
import { z } from 'zod/mini';
import { localizedTextSchema } from '../api/schemas';

const guideFileSchema = z.object({
  id: z.string(),
  intro: z.optional(localizedTextSchema),
  teacherGuide: z.object({
    goals: localizedTextSchema,
    preparation: localizedTextSchema,
    discussion: z.array(localizedTextSchema),
    timeMinutes: z.number(),
  }),
});
export type TeacherGuide = z.infer<typeof guideFileSchema>['teacherGuide'] & {
  intro: z.infer<typeof localizedTextSchema> | null;
};

const files = import.meta.glob<string>(['/levels/*.json', '!/levels/level.schema.json'], {
  query: '?raw',
  import: 'default',
});

/** The guide of a level, or undefined when no shipped level file with that id has one. */
export async function teacherGuide(levelId: string): Promise<TeacherGuide | undefined> {
  for (const load of Object.values(files)) {
    let value: unknown;
    try {
      value = JSON.parse(await load());
    } catch {
      continue;
    }
    const parsed = guideFileSchema.safeParse(value);
    if (parsed.success && parsed.data.id === levelId)
      return { ...parsed.data.teacherGuide, intro: parsed.data.intro ?? null };
  }
  return undefined;
}
