import { describe, expect, it } from 'vitest';
import { CLASS_TABS, parseRoute, type Route, routeHash } from '../../src/dashboard/Route';

describe('dashboard routes', () => {
  const routes: Route[] = [
    { page: 'login' },
    { page: 'signup' },
    { page: 'classes' },
    ...CLASS_TABS.map((tab) => ({ page: 'class' as const, classId: 'c-1', tab })),
    { page: 'pupil', classId: 'c-1', pupilId: 'p 2' },
    { page: 'guide', classId: 'c-1', levelId: 'schoolfuif' },
    { page: 'join-code', classId: 'c-1' },
    { page: 'cards', classId: 'c-1' },
    { page: 'grid-print', classId: 'c-1' },
  ];

  it('parses every hash it builds back into the same route', () => {
    for (const route of routes) expect(parseRoute(routeHash(route))).toEqual(route);
  });

  it('shows the grid for a bare class hash and the class list for anything unknown', () => {
    expect(parseRoute('#/class/abc')).toEqual({ page: 'class', classId: 'abc', tab: 'grid' });
    expect(parseRoute('#/class/abc/nonsense')).toEqual({ page: 'class', classId: 'abc', tab: 'grid' });
    expect(parseRoute('')).toEqual({ page: 'classes' });
    expect(parseRoute('#/whatever')).toEqual({ page: 'classes' });
    expect(parseRoute('#/class')).toEqual({ page: 'classes' });
  });
});
