// What the load client runs (one autocannon load on one route), checked with zod as it crosses
// from the bench to the load client's process, and the figures it hands back.
import { z } from 'zod';

export const ATTEMPT_ID_MARK = '__ATTEMPT_ID__';

const common = {
  url: z.url(),
  connections: z.int().min(1).max(1000),
  durationS: z.number().positive().max(120),
};

export const pupilLoadSchema = z.object({
  cookie: z.string(),
  csrfToken: z.string(),
  /** Submission bodies to cycle through; ATTEMPT_ID_MARK becomes a fresh UUID each time. */
  bodies: z.array(z.string()).min(1),
});
export type PupilLoad = z.infer<typeof pupilLoadSchema>;

export const loadPlanSchema = z.discriminatedUnion('route', [
  z.object({ route: z.literal('health'), ...common }),
  z.object({ route: z.literal('grid'), ...common, path: z.string(), cookie: z.string() }),
  z.object({ route: z.literal('submit'), ...common, pupils: z.array(pupilLoadSchema).min(1) }),
]);
export type LoadPlan = z.infer<typeof loadPlanSchema>;

export const loadResultSchema = z.object({
  route: z.enum(['health', 'grid', 'submit']),
  connections: z.int(),
  durationS: z.number(),
  requests: z.int(),
  requestsPerS: z.number(),
  latencyP50Ms: z.number(),
  latencyP99Ms: z.number(),
  latencyMaxMs: z.number(),
  non2xx: z.int(),
  errors: z.int(),
  timeouts: z.int(),
});
export type LoadResult = z.infer<typeof loadResultSchema>;
