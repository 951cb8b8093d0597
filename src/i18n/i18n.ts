// The game's one i18next instance: Dutch by default, French and English, the choice remembered
// on the device and switchable at any moment. Also translates core Messages (keys or level texts).
import i18next from 'i18next';
import type { LocalizedText } from '../core/levels/LocalizedText';
import type { Message } from '../core/text/Message';
import { LANGUAGES, type Language, resourcesFor } from './resources';

const STORAGE_KEY = 'festivalmakers.language';
const listeners = new Set<(language: Language) => void>();
export const i18n = i18next.createInstance();

const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

function storedLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : 'nl';
  } catch {
    return 'nl';
  }
}

/** Starts i18next synchronously with every language's merged resources. */
export function initI18n(): Language {
  const lng = storedLanguage();
  const resources = Object.fromEntries(LANGUAGES.map((l) => [l, { translation: resourcesFor(l) }]));
  i18n.init({ resources, lng, fallbackLng: 'nl', initAsync: false, interpolation: { escapeValue: false } });
  document.documentElement.lang = lng;
  return lng;
}

export const currentLanguage = (): Language => (isLanguage(i18n.language) ? i18n.language : 'nl');

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
