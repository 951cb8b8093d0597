import { describe, expect, it } from 'vitest';
import { generateNickname, nicknameProblem, normaliseName } from '../../../src/core/progress/nicknames';
import { createRng } from '../../../src/core/random/Rng';

describe('festival nicknames', () => {
  it('generates a two-word name that passes the filter, the same for the same seed', () => {
    const a = generateNickname(createRng(5));
    expect(a).toBe(generateNickname(createRng(5)));
    expect(a).toMatch(/^\S+ \S+$/);
    for (let seed = 0; seed < 200; seed++)
      expect(nicknameProblem(generateNickname(createRng(seed)))).toBeNull();
  });

  it('normalises capitals, accents and l33t spelling', () => {
    expect(normaliseName('  Énc-ulÉ ')).toBe('enc ule');
    expect(normaliseName('5H1T')).toBe('shit');
  });

  it.each([
    ['fuck', 'en'],
    ['DJ Sh1t', 'en'],
    ['Big B!tch', 'en'],
    ['klootzak', 'nl'],
    ['DJ Kut', 'nl'],
    ['kankerDJ', 'nl'],
    ['MC Tering', 'nl'],
    ['Putain', 'fr'],
    ['sal0pe', 'fr'],
    ['Connard 3000', 'fr'],
    ['enculé', 'fr'],
  ])('refuses %s (%s)', (name) => {
    expect(nicknameProblem(name)).toBe('rude');
  });

  it.each(['DJ Volt', 'Pikachu', 'Computer Kid', 'Catering Queen', 'Unique', 'Peacock', 'Dickens', 'Zak'])(
    'accepts the innocent name %s',
    (name) => {
      expect(nicknameProblem(name)).toBeNull();
    },
  );

  it('refuses empty and too long names', () => {
    expect(nicknameProblem('   ')).toBe('empty');
    expect(nicknameProblem('x'.repeat(25))).toBe('too-long');
  });
});
