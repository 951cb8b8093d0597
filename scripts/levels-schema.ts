// Writes levels/level.schema.json from the zod level schema, so editors validate and
// autocomplete level files. A unit test fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { levelJsonSchemaText } from '../src/core/levels/levelJsonSchema';

writeFileSync(new URL('../levels/level.schema.json', import.meta.url), levelJsonSchemaText());
console.log('wrote levels/level.schema.json');
