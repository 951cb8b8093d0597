import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../src/core/random/Rng';
import {
  SupplyRouteTask,
  type SupplyRouteVariant,
  supplyRouteParamsSchema,
} from '../../../../src/core/tasks/supplyRoute/SupplyRouteTask';
import { distanceTable, shortestTour } from '../../../../src/core/tasks/supplyRoute/shortestRoute';
import { loadTaskFixture } from '../../../helpers/loadTaskFixture';

// A square of paths with one diagonal shortcut:
//   D --10-- a --10-- b
//   |                 |
//   10               10
//   |                 |
//   c ------30------- d      and a shortcut a--d of 12.
const variant: SupplyRouteVariant = {
  nodes: [
    { id: 'D', type: 'depot', xM: 0, yM: 0, label: 'A' },
    { id: 'a', type: 'junction', xM: 10, yM: 0, label: 'B' },
    { id: 'b', type: 'stand', stand: 'food', xM: 20, yM: 0, label: 'C' },
    { id: 'c', type: 'stand', stand: 'drinks', xM: 0, yM: 10, label: 'D' },
    { id: 'd', type: 'stand', stand: 'merch', xM: 20, yM: 10, label: 'E' },
  ],
  edges: [
    { from: 'D', to: 'a', distanceM: 10 },
    { from: 'a', to: 'b', distanceM: 10 },
    { from: 'D', to: 'c', distanceM: 10 },
    { from: 'b', to: 'd', distanceM: 10 },
    { from: 'c', to: 'd', distanceM: 30 },
    { from: 'a', to: 'd', distanceM: 12 },
  ],
  depot: 'D',
  stands: ['b', 'd'],
  returnToDepot: true,
  bestM: 52,
  bestOrder: ['b', 'd'],
  bestRoute: ['D', 'a', 'b', 'd', 'a', 'D'],
};
const check = (route: string[]) => SupplyRouteTask.check(variant, SupplyRouteTask.answer.parse({ route }));
const keys = (c: { explanation: unknown[] }) =>
  c.explanation.map((m) => (typeof m === 'object' && m && 'key' in m ? String(m.key) : ''));

describe('shortest route', () => {
  it('finds the exact shortest tour, using a shortcut and passing a junction twice', () => {
    const table = distanceTable(
      variant.nodes.map((n) => n.id),
      variant.edges,
    );
    const tour = shortestTour(table, 'D', ['b', 'd'], true);
    expect(tour.lengthM).toBe(52); // 10 + 10 + 10 + 12 + 10
    expect(tour.route[0]).toBe('D');
    expect(tour.route[tour.route.length - 1]).toBe('D');
  });
  it('finds the shortest tour past three stands', () => {
    // D c d b a D = 10 + 30 + 10 + 10 + 10 = 70 m; going back to D after c costs 72 m.
    const table = distanceTable(
      variant.nodes.map((n) => n.id),
      variant.edges,
    );
    expect(shortestTour(table, 'D', ['b', 'c', 'd'], true).lengthM).toBe(70);
  });
});

describe('SupplyRouteTask.check', () => {
  it('accepts the shortest route with quality 1 and explains the method and the source', () => {
    const c = check(['D', 'a', 'b', 'd', 'a', 'D']);
    expect(c).toMatchObject({ correct: true, quality: 1, category: 'correct' });
    expect(keys(c)).toEqual([
      'tasks.supplyRoute.explain.right',
      'tasks.supplyRoute.explain.method',
      'tasks.supplyRoute.explain.source',
    ]);
  });
  it('accepts the same route driven the other way round', () => {
    expect(check(['D', 'a', 'd', 'b', 'a', 'D']).quality).toBe(1);
  });
  it('grades a longer route that passes every stand', () => {
    const c = check(['D', 'a', 'b', 'd', 'c', 'D']); // 10 + 10 + 10 + 30 + 10 = 70 m
    expect(c).toMatchObject({ correct: true, category: 'longer-route', quality: 0.74 }); // 52 / 70
    expect(keys(c)[0]).toBe('tasks.supplyRoute.explain.longer');
  });
  it('recognises a jump between nodes with no path', () => {
    const c = check(['D', 'b', 'd', 'a', 'D']);
    expect(c).toMatchObject({ correct: false, category: 'not-connected' });
    expect(c.explanation[0]).toMatchObject({ values: { from: 'A', to: 'C' } });
  });
  it('recognises a forgotten stand', () => {
    const c = check(['D', 'a', 'b', 'a', 'D']);
    expect(c).toMatchObject({ correct: false, category: 'missed-stand' });
    expect(c.explanation[0]).toMatchObject({ values: { stands: 'E', count: 1 } });
  });
  it('recognises a truck that does not come back, or does not start at the depot', () => {
    expect(check(['D', 'a', 'b', 'd']).category).toBe('not-back');
    expect(check(['a', 'b', 'd', 'a', 'D']).category).toBe('wrong-start');
  });
  it('refuses answers of the wrong shape and unknown nodes', () => {
    expect(SupplyRouteTask.answer.safeParse({ route: [] }).success).toBe(false);
    expect(SupplyRouteTask.answer.safeParse({ route: 'D,a' }).success).toBe(false);
    expect(check(['D', 'zz', 'D']).category).toBe('invalid');
  });
  it('gives hints from the goal to the order of the stands', () => {
    const hints = SupplyRouteTask.hints(variant);
    expect(keys({ explanation: hints })).toEqual([
      'tasks.supplyRoute.hint.goal',
      'tasks.supplyRoute.hint.orders',
      'tasks.supplyRoute.hint.best',
      'tasks.supplyRoute.hint.order',
    ]);
    expect(hints[3]).toMatchObject({ values: { order: 'C → E' } });
  });
});

describe('SupplyRouteTask parameters and variants', () => {
  const fixture = loadTaskFixture('supply-route');
  const params = supplyRouteParamsSchema.parse(fixture.params);
  it('accepts the sample task', () => {
    expect(SupplyRouteTask.sensible(params)).toEqual([]);
  });
  it('catches a stand no path reaches, a missing depot and too few stands', () => {
    const cut = { ...params, edges: params.edges.filter((e) => e.to !== 'frites') };
    expect(SupplyRouteTask.sensible(cut)[0]?.message).toMatch(/cannot be reached.*no right answer/);
    const noDepot = { ...params, nodes: params.nodes.map((n) => ({ ...n, type: 'junction' as const })) };
    expect(SupplyRouteTask.sensible(noDepot)[0]?.message).toMatch(/exactly one depot/);
    expect(SupplyRouteTask.sensible({ ...params, standsMax: 9 })[0]?.path).toEqual(['standsMax']);
    expect(SupplyRouteTask.sensible({ ...params, standsMin: 5, standsMax: 4 })[0]?.path).toEqual([
      'standsMax',
    ]);
  });
  it('rejects a negative distance in the schema', () => {
    const bad = { ...fixture.params, edges: [{ from: 'gate', to: 'j1', distanceM: -5 }] };
    expect(supplyRouteParamsSchema.safeParse(bad).success).toBe(false);
  });
  it('has a right answer of quality 1 for every seed, never beaten by a brute-force order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const v = SupplyRouteTask.makeVariant(params, createRng(seed));
        expect(SupplyRouteTask.check(v, SupplyRouteTask.solve(v))).toMatchObject({
          correct: true,
          quality: 1,
        });
        const table = distanceTable(
          v.nodes.map((n) => n.id),
          v.edges,
        );
        const d = (a: string, b: string) =>
          table.distanceM[table.ids.indexOf(a)]?.[table.ids.indexOf(b)] ?? Number.POSITIVE_INFINITY;
        const permutations = (xs: string[]): string[][] =>
          xs.length <= 1
            ? [xs]
            : xs.flatMap((x, i) => permutations(xs.filter((_, j) => j !== i)).map((p) => [x, ...p]));
        const brute = Math.min(
          ...permutations(v.stands).map((order) =>
            [v.depot, ...order, v.depot]
              .slice(1)
              .reduce((sum, s, i, all) => sum + d(i === 0 ? v.depot : (all[i - 1] as string), s), 0),
          ),
        );
        expect(v.bestM).toBeCloseTo(brute, 9);
      }),
      { numRuns: 60 },
    );
  });
  it('differs between pupils', () => {
    const seen = new Set(
      [...Array(20)].map((_, i) => JSON.stringify(SupplyRouteTask.makeVariant(params, createRng(i)))),
    );
    expect(seen.size).toBeGreaterThan(10);
  });
});
