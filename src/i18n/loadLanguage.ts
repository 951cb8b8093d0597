// The dashboard's lazy i18n: it downloads only the language it shows (one chunk per language,
// src/i18n/bundles) and fetches another one when the teacher switches, before switching.
import type { Language } from './Language';
import type { LocaleTree } from './mergeLocaleFiles';
import { addLanguage, hasLanguage, setLanguage, startI18n, storedLanguage } from './translator';

const bundles = import.meta.glob<LocaleTree>('./bundles/*.ts', { import: 'resources' });
let latestChoice = 0;

function bundleOf(language: Language): Promise<LocaleTree> {
  const load = bundles[`./bundles/${language}.ts`];
  return load ? load() : Promise.reject(new Error(`No translations for ${language}`));
}

/** Loads the remembered language, then starts i18next with it; resolves with that language. */
export async function initI18nLazily(): Promise<Language> {
  const language = storedLanguage();
  startI18n(language, { [language]: await bundleOf(language) });
  return language;
}

/**
 * Loads `language` if it is not there yet, then switches to it. When the teacher chooses again
 * while a language is still loading, only the last choice switches. Rejects if loading fails
 * (the language then stays as it was).
 */
export async function loadAndSetLanguage(language: Language): Promise<void> {
  const choice = ++latestChoice;
  if (!hasLanguage(language)) addLanguage(language, await bundleOf(language));
  if (choice === latestChoice) setLanguage(language);
}
