// One task in a level: where it waits, what it trains, what it unlocks into, and its
// kind's parameters (a discriminated union on `kind`, one member per task kind).
import { z } from 'zod';
import { careerSchema } from '../domain/Career';
import { meterSchema } from '../domain/Meter';
import { stemDomainSchema } from '../domain/StemDomain';
import { TASK_KIND_NAMES, TASK_KINDS } from '../tasks/registry';
import type { AnyTaskKind } from '../tasks/TaskKind';
import { localizedTextSchema } from './LocalizedText';
import { idSchema, integerBetween, numberBetween } from './schemaHelpers';

const common = {
  id: idSchema,
  station: idSchema,
  title: localizedTextSchema,
  /** The situation, told to the pupil before the task. */
  story: localizedTextSchema,
  domains: z.array(stemDomainSchema).min(1, { error: 'needs at least one STEM domain' }),
  /** Learning-goal tags, for example a Flemish minimum goal "MD 06.52". */
  goals: z.array(z.string().min(1).max(40)).default([]),
  careers: z.array(careerSchema).min(1, { error: 'needs at least one career' }),
  required: z.boolean().default(true),
  /** Tasks that must be done before this one opens. */
  requires: z.array(idSchema).default([]),
  /** How strongly this task feeds each festival-day meter (0 to 1). */
  feeds: z.partialRecord(meterSchema, numberBetween(0, 1)).default({}),
  /** A right answer within this time earns the full (small) time bonus. */
  timeTargetS: integerBetween(10, 3600).default(120),
};

const taskSchemaFor = (kind: AnyTaskKind) =>
  z.strictObject({ ...common, kind: z.literal(kind.kind), params: kind.params });

const members = TASK_KINDS.map(taskSchemaFor) as unknown as [
  ReturnType<typeof taskSchemaFor>,
  ...ReturnType<typeof taskSchemaFor>[],
];

export const taskSchema = z.discriminatedUnion('kind', members, {
  error: (iss) => {
    const input = iss.input as { kind?: unknown } | undefined;
    if (iss.code === 'invalid_union' && input && typeof input === 'object') {
      return `unknown task kind ${JSON.stringify(input.kind)}; known kinds: ${TASK_KIND_NAMES.join(', ')}`;
    }
    return undefined;
  },
});
export type TaskDef = z.infer<typeof taskSchema>;
