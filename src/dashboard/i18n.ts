// The dashboard's access to the shared i18next instance (src/i18n): the same resources and
// remembered language as the game.
export { currentLanguage, initI18n, localized, onLanguageChange, setLanguage, t } from '../i18n/i18n';
