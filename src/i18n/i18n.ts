// The game's (and the leaderboard's) i18n: the shared instance of translator.ts, started
// synchronously with every language's texts, so a switch never waits and the game plays offline.
import { LANGUAGES, type Language } from './Language';
import { resourcesFor } from './resources';
import { startI18n, storedLanguage } from './translator';

export {
  currentLanguage,
  i18n,
  localized,
  onLanguageChange,
  setLanguage,
  t,
  translateMessage,
} from './translator';

/** Starts i18next synchronously with every language's merged resources. */
export function initI18n(): Language {
  const lng = storedLanguage();
  startI18n(lng, Object.fromEntries(LANGUAGES.map((l) => [l, resourcesFor(l)])));
  return lng;
}
