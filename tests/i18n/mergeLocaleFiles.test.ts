import { describe, expect, it } from 'vitest';
import { mergeLocaleFiles } from '../../src/i18n/mergeLocaleFiles';

describe('mergeLocaleFiles', () => {
  it('merges the files of a language deeply into one tree', () => {
    const a = { tasks: { power: { title: 'Stroom' } }, common: { ok: 'Oké' } };
    const b = { tasks: { budget: { title: 'Budget' } } };
    expect(mergeLocaleFiles({ './nl/b.json': b, './nl/a.json': a })).toEqual({
      tasks: { power: { title: 'Stroom' }, budget: { title: 'Budget' } },
      common: { ok: 'Oké' },
    });
  });

  it('leaves the files themselves untouched', () => {
    const a = { tasks: { power: { title: 'Stroom' } } };
    const b = { tasks: { budget: { title: 'Budget' } } };
    const merged = mergeLocaleFiles({ a, b });
    expect(a).toEqual({ tasks: { power: { title: 'Stroom' } } });
    expect(merged.tasks).not.toBe(a.tasks);
  });
});
