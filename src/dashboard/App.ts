// The dashboard app: follows the location hash, checks who is logged in, and shows the page of
// the route inside the layout. A page's live work is stopped when the teacher leaves it.
import { ApiError } from './api/ApiError';
import { api } from './api/DashboardApi';
import { h } from './dom/h';
import { onLanguageChange, t } from './i18n';
import { layout } from './Layout';
import { authPage } from './pages/authPage';
import { cardsPage } from './pages/cardsPage';
import { classesPage } from './pages/classesPage';
import { eventPage } from './pages/EventPage';
import { eventsPage } from './pages/EventsPage';
import { exportTab } from './pages/exportTab';
import { gridPrintPage } from './pages/gridPrintPage';
import { gridTab } from './pages/gridTab';
import { guidePage } from './pages/guidePage';
import { joinCodePage } from './pages/joinCodePage';
import { levelsTab } from './pages/levelsTab';
import type { PageContext, PageView } from './pages/PageView';
import { pupilPage } from './pages/pupilPage';
import { pupilsTab } from './pages/pupilsTab';
import { settingsTab } from './pages/settingsTab';
import { tasksTab } from './pages/tasksTab';
import { parseRoute, type Route, routeHash } from './Route';
import { errorText } from './ui/messages';

export class App {
  private teacherEmail: string | null = null;
  private current: PageView | null = null;
  private renderCount = 0;
  private readonly ctx: PageContext = {
    go: (route) => this.go(route),
    sessionChanged: () => this.loadSession(),
  };

  constructor(private readonly root: HTMLElement) {}

  /** Renders once the session is known and `texts` (the language on screen) have loaded. */
  async start(texts: Promise<unknown>): Promise<void> {
    await Promise.all([this.loadSession().catch(() => undefined), texts]);
    window.addEventListener('hashchange', () => void this.render());
    onLanguageChange(() => void this.render());
    await this.render();
  }

  private go(route: Route): void {
    const hash = routeHash(route);
    if (location.hash === hash) void this.render();
    else location.hash = hash;
  }

  private async loadSession(): Promise<void> {
    const session = await api.session();
    this.teacherEmail = session.role === 'teacher' ? session.teacher.email : null;
  }

  private async logOut(): Promise<void> {
    await api.logOut().catch(() => undefined);
    this.teacherEmail = null;
    this.go({ page: 'login' });
  }

  private async pageFor(route: Route): Promise<PageView> {
    switch (route.page) {
      case 'login':
      case 'signup':
        return authPage(route.page, this.ctx);
      case 'classes':
        return classesPage(this.ctx);
      case 'pupil':
        return pupilPage(route.classId, route.pupilId, this.ctx);
      case 'guide':
        return guidePage(route.classId, route.levelId);
      case 'join-code':
        return joinCodePage(route.classId);
      case 'cards':
        return cardsPage(route.classId);
      case 'grid-print':
        return gridPrintPage(route.classId);
      case 'events':
        return eventsPage(this.ctx);
      case 'event':
        return eventPage(route.eventId, this.ctx);
      case 'class': {
        const { class: schoolClass } = await api.getClass(route.classId);
        if (route.tab === 'grid') return gridTab(schoolClass);
        if (route.tab === 'levels') return levelsTab(schoolClass);
        if (route.tab === 'tasks') return tasksTab(schoolClass);
        if (route.tab === 'pupils') return pupilsTab(schoolClass);
        if (route.tab === 'export') return exportTab(schoolClass);
        return settingsTab(schoolClass, this.ctx);
      }
    }
  }

  private async render(): Promise<void> {
    const count = ++this.renderCount;
    const route = parseRoute(location.hash);
    const open = route.page === 'login' || route.page === 'signup';
    if (!this.teacherEmail && !open) return this.go({ page: 'login' });
    if (this.teacherEmail && open) return this.go({ page: 'classes' });
    let view: PageView;
    try {
      view = await this.pageFor(route);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        this.teacherEmail = null;
        return this.go({ page: 'login' });
      }
      view = {
        title: t('dashboard.errors.title'),
        element: h(
          'section',
          {},
          h('h1', { tabindex: '-1' }, t('dashboard.errors.title')),
          h('p', { role: 'alert' }, errorText(error)),
          h('p', {}, h('a', { href: '#/classes' }, t('dashboard.nav.classes'))),
        ),
      };
    }
    if (count !== this.renderCount) {
      view.dispose?.();
      return;
    }
    this.current?.dispose?.();
    this.current = view;
    const { root, main } = layout(this.teacherEmail, () => void this.logOut());
    main.append(view.element);
    this.root.replaceChildren(...root);
    document.title = `${view.title} – Festivalmakers`;
    this.root.dataset.ready = 'true';
    this.root.dataset.page = route.page === 'class' ? `class-${route.tab}` : route.page;
    const heading = main.querySelector('h1');
    if (heading instanceof HTMLElement) heading.focus({ preventScroll: true });
  }
}
