import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CAREERS } from '../../src/core/domain/Career';
import { METERS } from '../../src/core/domain/Meter';

const dir = 'src/i18n/locales';
const languages = ['nl', 'fr', 'en'];

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}
const load = (lang: string, ns: string) => JSON.parse(readFileSync(`${dir}/${lang}/${ns}`, 'utf8'));
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

describe('translations', () => {
  const namespaces = readdirSync(`${dir}/nl`);

  it('has the same namespace files in every language', () => {
    for (const lang of languages)
      expect(readdirSync(`${dir}/${lang}`).sort(), lang).toEqual([...namespaces].sort());
  });

  for (const ns of namespaces) {
    it(`has every key of ${ns} in nl, fr and en, non-empty and with the same placeholders`, () => {
      const nl = load('nl', ns);
      const nlKeys = keys(nl).sort();
      for (const lang of ['fr', 'en']) {
        const other = load(lang, ns);
        expect(keys(other).sort(), `${lang}/${ns}`).toEqual(nlKeys);
        for (const key of nlKeys) {
          const get = (o: unknown) =>
            String(
              key.split('.').reduce<unknown>((x, k) => (x as Record<string, unknown> | undefined)?.[k], o),
            );
          expect(get(other).trim(), `${lang}/${ns}: ${key}`).not.toBe('');
          expect(placeholders(get(other)), `${lang}/${ns}: ${key}`).toEqual(placeholders(get(nl)));
        }
      }
    });
  }

  it('never defines one key in two files of a language', () => {
    for (const lang of languages) {
      const seen = new Map<string, string>();
      for (const ns of readdirSync(`${dir}/${lang}`)) {
        for (const key of keys(load(lang, ns))) {
          expect(seen.get(key), `${lang}: ${key} in ${ns}`).toBeUndefined();
          seen.set(key, ns);
        }
      }
    }
  });

  it('names every career and meter the core knows', () => {
    const common = load('nl', 'common.json');
    expect(Object.keys(load('nl', 'tasks.json'))).toEqual(['tasks']);
    for (const c of CAREERS) expect(common.careers[c], c).toBeTruthy();
    for (const m of METERS) expect(common.meters[m], m).toBeTruthy();
  });
});
