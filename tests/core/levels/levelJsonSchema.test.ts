import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { levelJsonSchemaText } from '../../../src/core/levels/levelJsonSchema';

describe('levels/level.schema.json', () => {
  it('is the JSON Schema generated from the zod schema (run npm run levels:schema when this fails)', () => {
    expect(readFileSync('levels/level.schema.json', 'utf8')).toBe(levelJsonSchemaText());
  });

  it('is referenced by $schema in every level', () => {
    const levels = readdirSync('levels').filter((f) => f.endsWith('.json') && f !== 'level.schema.json');
    for (const f of levels)
      expect(JSON.parse(readFileSync(`levels/${f}`, 'utf8')).$schema, f).toBe('./level.schema.json');
  });
});
