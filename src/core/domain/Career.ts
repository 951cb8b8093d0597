// The jobs a task lets pupils try; each id has a translation under careers.<id>.
import { z } from 'zod';

export const CAREERS = [
  'sound-engineer',
  'electrician',
  'event-safety-officer',
  'logistics-planner',
  'data-analyst',
  'environmental-coordinator',
  'structural-engineer',
  'lighting-programmer',
  'event-manager',
  'accountant',
  'programmer',
  'facility-manager',
] as const;
export const careerSchema = z.enum(CAREERS);
export type CareerId = z.infer<typeof careerSchema>;
