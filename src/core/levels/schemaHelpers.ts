// Zod helpers whose error messages read as plain reasons in levels:check output,
// for example "must be between 70 and 110, got 140".
import { z } from 'zod';

const show = (input: unknown): string => (input === undefined ? 'nothing' : JSON.stringify(input));

/** A number in [min, max] (unit only for the reader of the JSON Schema). */
export function numberBetween(min: number, max: number, description?: string) {
  const reason = (iss: { input?: unknown }) =>
    typeof iss.input === 'number'
      ? `must be between ${min} and ${max}, got ${iss.input}`
      : `must be a number between ${min} and ${max}, got ${show(iss.input)}`;
  const schema = z.number({ error: reason }).min(min, { error: reason }).max(max, { error: reason });
  return description ? schema.describe(description) : schema;
}

/** An integer in [min, max]. */
export function integerBetween(min: number, max: number, description?: string) {
  const reason = (iss: { input?: unknown }) =>
    `must be a whole number between ${min} and ${max}, got ${show(iss.input)}`;
  const schema = z.int({ error: reason }).min(min, { error: reason }).max(max, { error: reason });
  return description ? schema.describe(description) : schema;
}

/** An identifier: lower case letters, digits and dashes. */
export const idSchema = z
  .string({ error: (iss) => `must be an id (text), got ${show(iss.input)}` })
  .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'must be an id: lower-case letters, digits and dashes' });
