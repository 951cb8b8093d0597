// The dashboard downloads only the language it shows: no dashboard file may import the game's
// i18n (src/i18n/i18n.ts or resources.ts), which bundle every language.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );

describe('dashboard i18n imports', () => {
  it('never imports every language at once', () => {
    const all = files('src/dashboard');
    expect(all.length).toBeGreaterThan(20);
    const eager = all.filter((f) => /from '(\.\.\/)+i18n\/(i18n|resources)'/.test(readFileSync(f, 'utf8')));
    expect(eager).toEqual([]);
  });
});
