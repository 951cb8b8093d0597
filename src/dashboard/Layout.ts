// The page frame: a skip link, the header with the dashboard's name, the language choice and
// (for a logged-in teacher) the class list and log out, and the main region.
import { h } from './dom/h';
import { currentLanguage, isLanguage, LANGUAGES, loadAndSetLanguage, t } from './i18n';

export function layout(
  teacherEmail: string | null,
  onLogOut: () => void,
): { root: HTMLElement[]; main: HTMLElement } {
  const main = h('main', { id: 'main', tabindex: '-1' });
  const language = h(
    'select',
    { id: 'language', name: 'language' },
    LANGUAGES.map((l) =>
      h('option', { value: l, selected: l === currentLanguage(), lang: l }, t(`dashboard.languages.${l}`)),
    ),
  );
  // The new language's texts load first (a few ms); the app re-renders when it has switched.
  language.addEventListener('change', () => {
    const chosen = language.value;
    if (!isLanguage(chosen)) return;
    language.setAttribute('aria-busy', 'true');
    loadAndSetLanguage(chosen).catch(() => {
      language.removeAttribute('aria-busy');
      if (language.value === chosen) language.value = currentLanguage();
    });
  });
  const logOut = h('button', { type: 'button', class: 'button small' }, t('dashboard.nav.logOut'));
  logOut.addEventListener('click', onLogOut);
  const header = h(
    'header',
    { class: 'top no-print' },
    h(
      'a',
      { class: 'brand', href: '#/classes' },
      h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, '♪'),
      ' Festivalmakers ',
      h('span', { class: 'brand-sub' }, t('dashboard.nav.teacher')),
    ),
    h(
      'nav',
      { 'aria-label': t('dashboard.nav.label') },
      teacherEmail ? h('a', { href: '#/classes' }, t('dashboard.nav.classes')) : null,
      teacherEmail ? h('a', { href: '#/events' }, t('promo.dashboard.nav')) : null,
      h(
        'span',
        { class: 'field inline' },
        h('label', { for: 'language' }, t('dashboard.nav.language')),
        language,
      ),
      teacherEmail ? h('span', { class: 'muted who' }, teacherEmail) : null,
      teacherEmail ? logOut : null,
    ),
  );
  const skip = h('a', { class: 'skip-link', href: '#main' }, t('dashboard.nav.skip'));
  skip.addEventListener('click', (event) => {
    event.preventDefault();
    main.focus();
  });
  return { root: [skip, header, main], main };
}
