// The frame around a class's pages: the class name as heading and a tab bar to its parts.
import type { SchoolClass } from '../api/schemas';
import { h } from '../dom/h';
import { t } from '../i18n';
import { CLASS_TABS, type ClassTab, routeHash } from '../Route';

export function classShell(schoolClass: SchoolClass, tab: ClassTab, ...content: HTMLElement[]): HTMLElement {
  const tabs = CLASS_TABS.map((name) =>
    h(
      'li',
      {},
      h(
        'a',
        {
          href: routeHash({ page: 'class', classId: schoolClass.id, tab: name }),
          'aria-current': name === tab ? 'page' : undefined,
        },
        t(`dashboard.tabs.${name}`),
      ),
    ),
  );
  return h(
    'section',
    { class: 'class-page' },
    h(
      'div',
      { class: 'class-head' },
      h('h1', { tabindex: '-1' }, schoolClass.name),
      h(
        'p',
        { class: 'class-meta' },
        `${t('dashboard.classes.joinCode')}: `,
        h('strong', { class: 'code-inline' }, schoolClass.joinCode),
        ' · ',
        h(
          'a',
          { href: routeHash({ page: 'join-code', classId: schoolClass.id }) },
          t('dashboard.classes.showCode'),
        ),
        ' · ',
        h('a', { href: routeHash({ page: 'cards', classId: schoolClass.id }) }, t('dashboard.cards.link')),
      ),
    ),
    h('nav', { class: 'tabs', 'aria-label': t('dashboard.tabs.label') }, h('ul', {}, tabs)),
    h('h2', { class: 'tab-title' }, t(`dashboard.tabs.${tab}`)),
    ...content,
  );
}
