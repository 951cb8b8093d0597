// The JSON Schema of the level format, generated from the zod schema.
import { z } from 'zod';
import { levelSchema } from './LevelSchema';

export function levelJsonSchemaText(): string {
  const schema = z.toJSONSchema(levelSchema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: 'Festivalmakers level' }, null, 2)}\n`;
}
