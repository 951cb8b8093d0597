// The dashboard's lazy i18n: it starts with the remembered language only and loads another one
// before switching; when choices overlap, the last one wins.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const store = new Map<string, string>();

beforeEach(() => {
  vi.resetModules();
  store.clear();
  vi.stubGlobal('document', { documentElement: { lang: '' } });
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => store.get(key) ?? null,
    setItem: (key: string, value: string) => store.set(key, value),
  });
});

const modules = async () => ({
  lazy: await import('../../src/i18n/loadLanguage'),
  translator: await import('../../src/i18n/translator'),
});

describe('loadLanguage', () => {
  it('starts with only the remembered language', async () => {
    store.set('festivalmakers.language', 'fr');
    const { lazy, translator } = await modules();
    expect(await lazy.initI18nLazily()).toBe('fr');
    expect(translator.currentLanguage()).toBe('fr');
    expect(document.documentElement.lang).toBe('fr');
    expect(translator.t('dashboard.nav.language')).toBe('Langue');
    expect(translator.hasLanguage('fr')).toBe(true);
    expect(translator.hasLanguage('nl')).toBe(false);
    expect(translator.hasLanguage('en')).toBe(false);
  });

  it('loads a language before it switches, tells the listeners and remembers it', async () => {
    const { lazy, translator } = await modules();
    await lazy.initI18nLazily();
    expect(translator.t('dashboard.nav.language')).toBe('Taal');
    const heard: string[] = [];
    translator.onLanguageChange((language) =>
      heard.push(`${language}:${translator.t('dashboard.nav.language')}`),
    );
    await lazy.loadAndSetLanguage('en');
    expect(heard).toEqual(['en:Language']);
    expect(store.get('festivalmakers.language')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('switches to the last choice when the teacher chooses again while loading', async () => {
    const { lazy, translator } = await modules();
    await lazy.initI18nLazily();
    const heard: string[] = [];
    translator.onLanguageChange((language) => heard.push(language));
    await Promise.all([lazy.loadAndSetLanguage('fr'), lazy.loadAndSetLanguage('en')]);
    expect(translator.currentLanguage()).toBe('en');
    expect(heard.at(-1)).toBe('en');
    await lazy.loadAndSetLanguage('fr');
    expect(translator.currentLanguage()).toBe('fr');
  });
});
