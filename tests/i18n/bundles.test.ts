// Each language bundle (one chunk for the dashboard, all three for the game) holds exactly the
// keys and texts of every locale file of its language.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resources as en } from '../../src/i18n/bundles/en';
import { resources as fr } from '../../src/i18n/bundles/fr';
import { resources as nl } from '../../src/i18n/bundles/nl';
import { LANGUAGES } from '../../src/i18n/Language';
import { resourcesFor } from '../../src/i18n/resources';

const dir = 'src/i18n/locales';
const bundles = { nl, fr, en };

function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (typeof value !== 'object' || value === null) return [[prefix, value]];
  return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

describe('language bundles', () => {
  for (const language of LANGUAGES) {
    it(`${language} holds every key and text of every ${language} file, and nothing else`, () => {
      const files = readdirSync(`${dir}/${language}`).filter((f) => f.endsWith('.json'));
      expect(files.length).toBeGreaterThan(10);
      const expected = files.flatMap((f) =>
        leaves(JSON.parse(readFileSync(`${dir}/${language}/${f}`, 'utf8'))),
      );
      expect(new Map(leaves(bundles[language]))).toEqual(new Map(expected));
    });

    it(`gives the game the same ${language} texts (resources.ts)`, () => {
      expect(resourcesFor(language)).toBe(bundles[language]);
    });
  }
});
