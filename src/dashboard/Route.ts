// The dashboard's pages as hash routes (#/classes, #/class/<id>/tasks, ...): parsing and
// building them is pure, so it is tested without a browser.
export type ClassTab = 'grid' | 'levels' | 'tasks' | 'pupils' | 'export' | 'settings';
export const CLASS_TABS: readonly ClassTab[] = ['grid', 'levels', 'tasks', 'pupils', 'export', 'settings'];

export type Route =
  | { page: 'login' }
  | { page: 'signup' }
  | { page: 'classes' }
  | { page: 'class'; classId: string; tab: ClassTab }
  | { page: 'pupil'; classId: string; pupilId: string }
  | { page: 'join-code'; classId: string }
  | { page: 'cards'; classId: string }
  | { page: 'grid-print'; classId: string }
  | { page: 'guide'; classId: string; levelId: string }
  | { page: 'events' }
  | { page: 'event'; eventId: string };

const isTab = (value: string | undefined): value is ClassTab =>
  value !== undefined && (CLASS_TABS as readonly string[]).includes(value);

/** The route of a location hash; anything unknown is the class list. */
export function parseRoute(hash: string): Route {
  const parts = hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter((p) => p !== '')
    .map((p) => decodeURIComponent(p));
  const [first, classId, second, third] = parts;
  if (first === 'login') return { page: 'login' };
  if (first === 'signup') return { page: 'signup' };
  if (first === 'events') return { page: 'events' };
  if (first === 'event' && classId) return { page: 'event', eventId: classId };
  if (first !== 'class' || !classId) return { page: 'classes' };
  if (second === undefined) return { page: 'class', classId, tab: 'grid' };
  if (isTab(second) && third === undefined) return { page: 'class', classId, tab: second };
  if (second === 'pupil' && third) return { page: 'pupil', classId, pupilId: third };
  if (second === 'guide' && third) return { page: 'guide', classId, levelId: third };
  if (second === 'code') return { page: 'join-code', classId };
  if (second === 'cards') return { page: 'cards', classId };
  if (second === 'print') return { page: 'grid-print', classId };
  return { page: 'class', classId, tab: 'grid' };
}

/** The hash of a route, the inverse of parseRoute. */
export function routeHash(route: Route): string {
  const enc = encodeURIComponent;
  switch (route.page) {
    case 'login':
    case 'signup':
    case 'classes':
    case 'events':
      return `#/${route.page}`;
    case 'event':
      return `#/event/${enc(route.eventId)}`;
    case 'class':
      return route.tab === 'grid'
        ? `#/class/${enc(route.classId)}`
        : `#/class/${enc(route.classId)}/${route.tab}`;
    case 'pupil':
      return `#/class/${enc(route.classId)}/pupil/${enc(route.pupilId)}`;
    case 'guide':
      return `#/class/${enc(route.classId)}/guide/${enc(route.levelId)}`;
    case 'join-code':
      return `#/class/${enc(route.classId)}/code`;
    case 'cards':
      return `#/class/${enc(route.classId)}/cards`;
    case 'grid-print':
      return `#/class/${enc(route.classId)}/print`;
  }
}
