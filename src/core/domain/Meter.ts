// The festival-day outcome meters that tasks feed into and festival day shows.
import { z } from 'zod';

export const METERS = ['safety', 'sound', 'power', 'budget', 'sustainability', 'happiness'] as const;
export const meterSchema = z.enum(METERS);
export type MeterId = z.infer<typeof meterSchema>;
export type Meters = Record<MeterId, number>;
