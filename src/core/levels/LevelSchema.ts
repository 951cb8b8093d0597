// The level format: one JSON file in levels/ per festival edition. This zod schema is the
// single source of truth; the TypeScript types and levels/level.schema.json come from it.
import { z } from 'zod';
import { localizedTextSchema } from './LocalizedText';
import { mapSchema } from './MapSchema';
import { scoringSettingsSchema } from './ScoringSettings';
import { idSchema, integerBetween } from './schemaHelpers';
import { taskSchema } from './TaskSchema';

export const teacherGuideSchema = z.strictObject({
  goals: localizedTextSchema,
  preparation: localizedTextSchema,
  discussion: z.array(localizedTextSchema).min(1),
  timeMinutes: integerBetween(3, 600),
});

export const levelSchema = z.strictObject({
  $schema: z.string().optional(),
  id: idSchema,
  version: integerBetween(1, 100000),
  /** Position in the level choice. */
  order: integerBetween(0, 1000),
  /** A short level for promo stands at festivals. */
  promo: z.boolean().default(false),
  title: localizedTextSchema,
  intro: localizedTextSchema,
  ageMin: integerBetween(8, 18),
  ageMax: integerBetween(8, 18),
  /** This level opens after another level reached this many stars. */
  unlock: z.strictObject({ level: idSchema, stars: integerBetween(0, 3) }).optional(),
  teacherGuide: teacherGuideSchema,
  map: mapSchema,
  tasks: z.array(taskSchema).min(1).max(30),
  scoring: scoringSettingsSchema,
});
export type Level = z.infer<typeof levelSchema>;
