// The one i18next instance without any texts of its own: the language remembered on the device,
// switching at any moment, and translating keys and core Messages. The game fills it with every
// language at once (i18n.ts); the dashboard loads one language at a time (loadLanguage.ts).
import i18next from 'i18next';
import type { LocalizedText } from '../core/levels/LocalizedText';
import type { Message } from '../core/text/Message';
import { isLanguage, type Language } from './Language';
import type { LocaleTree } from './mergeLocaleFiles';

const STORAGE_KEY = 'festivalmakers.language';
const listeners = new Set<(language: Language) => void>();
export const i18n = i18next.createInstance();

/** The language chosen earlier on this device, else Dutch. */
export function storedLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : 'nl';
  } catch {
    return 'nl';
  }
}

/** Starts i18next synchronously in `language` with the texts given (at least that language's). */
export function startI18n(language: Language, texts: Partial<Record<Language, LocaleTree>>): void {
  const resources = Object.fromEntries(Object.entries(texts).map(([l, translation]) => [l, { translation }]));
  i18n.init({
    resources,
    lng: language,
    fallbackLng: 'nl',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = language;
}

export const hasLanguage = (language: Language): boolean => i18n.hasResourceBundle(language, 'translation');

export function addLanguage(language: Language, texts: LocaleTree): void {
  i18n.addResourceBundle(language, 'translation', texts, true, true);
}

export const currentLanguage = (): Language => (isLanguage(i18n.language) ? i18n.language : 'nl');

/** Switches to `language`, whose texts must be there already (see loadLanguage.ts). */
export function setLanguage(language: Language): void {
  i18n.changeLanguage(language);
  document.documentElement.lang = language;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // A device without storage still switches; it just forgets.
  }
  for (const listener of listeners) listener(language);
}

/** Calls `listener` after every language switch; returns the unsubscribe function. */
export function onLanguageChange(listener: (language: Language) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const t = (key: string, values?: Record<string, string | number>): string => i18n.t(key, values);

export const localized = (text: LocalizedText): string => text[currentLanguage()];

/**
 * Translates a core Message. A string value named `name` is itself translated when the key
 * `<first two parts of the message key>.<name>.<value>` exists (for example the value
 * obligation: 'earplugs' of tasks.soundLevel.explain.x becomes tasks.soundLevel.obligation.earplugs).
 */
export function translateMessage(message: Message): string {
  if ('text' in message) return localized(message.text);
  const prefix = message.key.split('.').slice(0, 2).join('.');
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.values ?? {})) {
    const nested = `${prefix}.${name}.${value}`;
    values[name] = typeof value === 'string' && i18n.exists(nested) ? i18n.t(nested) : value;
  }
  return i18n.t(message.key, values);
}
