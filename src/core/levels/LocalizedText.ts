// A text a person reads, in all three languages of the game: Dutch first, then French and English.
import { z } from 'zod';

export const LANGUAGES = ['nl', 'fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const languageName: Record<Language, string> = { nl: 'Dutch', fr: 'French', en: 'English' };

const textIn = (language: Language) =>
  z
    .string({ error: () => `the ${languageName[language]} text (${language}) is missing` })
    .trim()
    .min(1, { error: `the ${languageName[language]} text (${language}) is empty` });

export const localizedTextSchema = z.strictObject(
  { nl: textIn('nl'), fr: textIn('fr'), en: textIn('en') },
  { error: (iss) => (iss.code === 'unrecognized_keys' ? undefined : 'must be a text in nl, fr and en') },
);
export type LocalizedText = z.infer<typeof localizedTextSchema>;
