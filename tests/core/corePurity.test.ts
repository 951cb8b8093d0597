import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('src/core', () => {
  it('imports nothing but zod and itself (no Phaser, DOM libraries, i18next or Node APIs)', () => {
    const offenders: string[] = [];
    for (const file of files('src/core').filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(file, 'utf8');
      for (const [, spec] of text.matchAll(/from '([^']+)'/g)) {
        if (spec !== 'zod' && !spec?.startsWith('.')) offenders.push(`${file}: ${spec}`);
      }
      if (/\b(document|window|localStorage)\./.test(text)) offenders.push(`${file}: uses the DOM`);
    }
    expect(offenders).toEqual([]);
  });
});
