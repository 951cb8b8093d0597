// The dashboard's access to the shared i18next instance (src/i18n): the same texts and remembered
// language as the game, but only the language on screen is downloaded (src/i18n/loadLanguage.ts).
// Dashboard code imports i18n from here, never from src/i18n/i18n.ts (which holds every language).
export { isLanguage, LANGUAGES, type Language } from '../i18n/Language';
export { initI18nLazily, loadAndSetLanguage } from '../i18n/loadLanguage';
export { currentLanguage, i18n, localized, onLanguageChange, t } from '../i18n/translator';
