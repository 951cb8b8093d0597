// The festival site of a level: its size, its zones and the stations where tasks wait.
import { z } from 'zod';
import { localizedTextSchema } from './LocalizedText';
import { idSchema, numberBetween } from './schemaHelpers';

export const ZONE_TYPES = [
  'stage',
  'mixing-desk',
  'power',
  'entrance',
  'food-court',
  'toilets',
  'water',
  'waste',
  'camping',
  'backstage',
  'parking',
  'info',
] as const;

export const zoneSchema = z.strictObject({
  id: idSchema,
  type: z.enum(ZONE_TYPES),
  /** Top-left corner and size, in metres on the site. */
  xM: numberBetween(0, 2000),
  yM: numberBetween(0, 2000),
  widthM: numberBetween(1, 2000),
  heightM: numberBetween(1, 2000),
  label: localizedTextSchema.optional(),
});

export const stationSchema = z.strictObject({
  id: idSchema,
  zone: idSchema,
  xM: numberBetween(0, 2000),
  yM: numberBetween(0, 2000),
});

export const mapSchema = z.strictObject({
  widthM: numberBetween(20, 2000),
  heightM: numberBetween(20, 2000),
  /** The avatar's starting point. */
  startXM: numberBetween(0, 2000),
  startYM: numberBetween(0, 2000),
  /** Grass colour family of the site: a town square, a park, a big field. */
  ground: z.enum(['grass', 'square', 'field']).default('grass'),
  zones: z.array(zoneSchema).min(1),
  stations: z.array(stationSchema).min(1),
});
export type FestivalMap = z.infer<typeof mapSchema>;
export type Zone = z.infer<typeof zoneSchema>;
export type Station = z.infer<typeof stationSchema>;
