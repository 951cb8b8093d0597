// Supply route task: the pupil clicks the supply truck's route along the site's paths past
// every stand that needs a delivery; the exact shortest route (Held-Karp) earns most.
import { z } from 'zod';
import { idSchema, integerBetween, numberBetween } from '../../levels/schemaHelpers';
import type { Rng } from '../../random/Rng';
import { type Message, msg } from '../../text/Message';
import type { ParamProblem, TaskCheck, TaskKind } from '../TaskKind';
import { distanceTable, type PathEdge, shortestTour } from './shortestRoute';

export const STAND_TYPES = ['food', 'drinks', 'merch', 'first-aid', 'info', 'toilets', 'stage'] as const;

const nodeSchema = z.strictObject({
  id: idSchema,
  /** The depot is where the truck starts; stands may need a delivery; junctions are crossings. */
  type: z.enum(['depot', 'stand', 'junction']),
  stand: z.enum(STAND_TYPES).optional(),
  xM: numberBetween(0, 1000),
  yM: numberBetween(0, 1000),
});

const edgeSchema = z.strictObject({
  from: idSchema,
  to: idSchema,
  /** Length of the path; when left out, the straight distance between the two nodes. */
  distanceM: numberBetween(1, 5000).optional(),
});

export const supplyRouteParamsSchema = z.strictObject({
  nodes: z.array(nodeSchema).min(3).max(24),
  edges: z.array(edgeSchema).min(2).max(60),
  /** How many stands need a delivery in one pupil's variant (chosen at random). */
  standsMin: integerBetween(1, 10),
  standsMax: integerBetween(1, 10),
  /** Each path's length changes by up to this share per variant, so neighbours differ. */
  distanceJitterPct: integerBetween(0, 30).default(15),
  returnToDepot: z.boolean().default(true),
});
export type SupplyRouteParams = z.infer<typeof supplyRouteParamsSchema>;

export interface RouteNode {
  id: string;
  type: 'depot' | 'stand' | 'junction';
  stand?: (typeof STAND_TYPES)[number];
  xM: number;
  yM: number;
  /** A letter shown on the map (A, B, ...) so hints can name the node. */
  label: string;
}

export interface SupplyRouteVariant {
  nodes: RouteNode[];
  edges: PathEdge[];
  depot: string;
  /** The stands that need a delivery. */
  stands: string[];
  returnToDepot: boolean;
  bestM: number;
  bestOrder: string[];
  bestRoute: string[];
}

export const supplyRouteAnswerSchema = z.strictObject({
  /** The nodes in driving order, starting at the depot. */
  route: z.array(z.string().max(64)).min(1).max(100),
});
export type SupplyRouteAnswer = z.infer<typeof supplyRouteAnswerSchema>;

const straightM = (a: { xM: number; yM: number }, b: { xM: number; yM: number }) =>
  Math.round(Math.hypot(a.xM - b.xM, a.yM - b.yM));

function baseEdges(p: SupplyRouteParams): PathEdge[] {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  return p.edges.map((e) => {
    const a = byId.get(e.from);
    const b = byId.get(e.to);
    const distanceM = e.distanceM ?? (a && b ? Math.max(1, straightM(a, b)) : 1);
    return { from: e.from, to: e.to, distanceM };
  });
}

function sensible(p: SupplyRouteParams): ParamProblem[] {
  const problems: ParamProblem[] = [];
  const ids = new Set<string>();
  p.nodes.forEach((n, i) => {
    if (ids.has(n.id)) problems.push({ path: ['nodes', i, 'id'], message: `duplicate node id '${n.id}'` });
    ids.add(n.id);
  });
  const depots = p.nodes.filter((n) => n.type === 'depot');
  if (depots.length !== 1)
    problems.push({ path: ['nodes'], message: `needs exactly one depot, got ${depots.length}` });
  p.edges.forEach((e, i) => {
    for (const end of ['from', 'to'] as const) {
      if (!ids.has(e[end])) problems.push({ path: ['edges', i, end], message: `no node '${e[end]}'` });
    }
    if (e.from === e.to) problems.push({ path: ['edges', i], message: 'a path cannot end where it starts' });
  });
  const stands = p.nodes.filter((n) => n.type === 'stand');
  if (p.standsMin > p.standsMax)
    problems.push({ path: ['standsMax'], message: `must be at least standsMin (${p.standsMin})` });
  if (p.standsMax > stands.length)
    problems.push({
      path: ['standsMax'],
      message: `the map has only ${stands.length} stands, fewer than standsMax ${p.standsMax}`,
    });
  if (problems.length > 0 || !depots[0]) return problems;
  const table = distanceTable(
    p.nodes.map((n) => n.id),
    baseEdges(p),
  );
  const from = table.ids.indexOf(depots[0].id);
  for (const s of stands) {
    const d = table.distanceM[from]?.[table.ids.indexOf(s.id)];
    if (d === undefined || d === Number.POSITIVE_INFINITY) {
      problems.push({
        path: ['nodes', p.nodes.indexOf(s)],
        message: `stand '${s.id}' cannot be reached from the depot: no right answer`,
      });
    }
  }
  return problems;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function makeVariant(p: SupplyRouteParams, rng: Rng): SupplyRouteVariant {
  const nodes: RouteNode[] = p.nodes.map((n, i) => ({ ...n, label: LETTERS[i] ?? String(i) }));
  const edges = baseEdges(p).map((e) => {
    const jitter = Math.round((e.distanceM * p.distanceJitterPct) / 100);
    return { ...e, distanceM: Math.max(1, e.distanceM + rng.int(-jitter, jitter)) };
  });
  const depot = nodes.find((n) => n.type === 'depot')?.id ?? '';
  const count = rng.int(p.standsMin, p.standsMax);
  const stands = rng
    .shuffle(nodes.filter((n) => n.type === 'stand').map((n) => n.id))
    .slice(0, count)
    .sort((a, b) => p.nodes.findIndex((n) => n.id === a) - p.nodes.findIndex((n) => n.id === b));
  const table = distanceTable(
    nodes.map((n) => n.id),
    edges,
  );
  const tour = shortestTour(table, depot, stands, p.returnToDepot);
  return {
    nodes,
    edges,
    depot,
    stands,
    returnToDepot: p.returnToDepot,
    bestM: tour.lengthM,
    bestOrder: tour.order,
    bestRoute: tour.route,
  };
}

/** The length of the path between two nodes, or null when no path joins them. */
export function pathLengthM(v: SupplyRouteVariant, a: string, b: string): number | null {
  let best: number | null = null;
  for (const e of v.edges) {
    if ((e.from === a && e.to === b) || (e.from === b && e.to === a)) {
      best = best === null ? e.distanceM : Math.min(best, e.distanceM);
    }
  }
  return best;
}

/** The route's length in metres, or the first step with no path between its two nodes. */
export function routeLength(
  v: SupplyRouteVariant,
  route: readonly string[],
): { ok: true; lengthM: number } | { ok: false; from: string; to: string } {
  let lengthM = 0;
  for (let i = 1; i < route.length; i++) {
    const from = route[i - 1] as string;
    const to = route[i] as string;
    const step = pathLengthM(v, from, to);
    if (step === null) return { ok: false, from, to };
    lengthM += step;
  }
  return { ok: true, lengthM };
}

function check(v: SupplyRouteVariant, a: SupplyRouteAnswer): TaskCheck {
  const label = (id: string) => v.nodes.find((n) => n.id === id)?.label ?? '?';
  const source = msg('tasks.supplyRoute.explain.source');
  if (a.route.some((id) => !v.nodes.some((n) => n.id === id))) {
    return { correct: false, quality: 0, category: 'invalid', explanation: [] };
  }
  if (a.route[0] !== v.depot) {
    return {
      correct: false,
      quality: 0,
      category: 'wrong-start',
      explanation: [msg('tasks.supplyRoute.explain.wrongStart', { depot: label(v.depot) })],
    };
  }
  const length = routeLength(v, a.route);
  if (!length.ok) {
    return {
      correct: false,
      quality: 0,
      category: 'not-connected',
      explanation: [
        msg('tasks.supplyRoute.explain.notConnected', { from: label(length.from), to: label(length.to) }),
      ],
      meters: { budget: 0.4 },
    };
  }
  const missed = v.stands.filter((s) => !a.route.includes(s));
  if (missed.length > 0) {
    return {
      correct: false,
      quality: 0,
      category: 'missed-stand',
      explanation: [
        msg('tasks.supplyRoute.explain.missedStand', {
          stands: missed.map(label).join(', '),
          count: missed.length,
        }),
      ],
      meters: { happiness: 0.4, budget: 0.6 },
    };
  }
  if (v.returnToDepot && a.route[a.route.length - 1] !== v.depot) {
    return {
      correct: false,
      quality: 0,
      category: 'not-back',
      explanation: [msg('tasks.supplyRoute.explain.notBack', { depot: label(v.depot) })],
    };
  }
  const values = { length: Math.round(length.lengthM), best: Math.round(v.bestM) };
  if (length.lengthM <= v.bestM + 1e-6) {
    return {
      correct: true,
      quality: 1,
      category: 'correct',
      explanation: [
        msg('tasks.supplyRoute.explain.right', values),
        msg('tasks.supplyRoute.explain.method'),
        source,
      ],
      meters: { sustainability: 1, budget: 1 },
    };
  }
  const quality = Math.round((v.bestM / length.lengthM) * 100) / 100;
  return {
    correct: true,
    quality,
    category: 'longer-route',
    explanation: [
      msg('tasks.supplyRoute.explain.longer', {
        ...values,
        extra: Math.round(length.lengthM - v.bestM),
        percent: Math.round((length.lengthM / v.bestM - 1) * 100),
      }),
      msg('tasks.supplyRoute.explain.method'),
      source,
    ],
    meters: { sustainability: quality, budget: quality },
  };
}

function hints(v: SupplyRouteVariant): Message[] {
  const label = (id: string) => v.nodes.find((n) => n.id === id)?.label ?? '?';
  return [
    msg(v.returnToDepot ? 'tasks.supplyRoute.hint.goal' : 'tasks.supplyRoute.hint.goalOneWay', {
      count: v.stands.length,
      depot: label(v.depot),
    }),
    msg('tasks.supplyRoute.hint.orders'),
    msg('tasks.supplyRoute.hint.best', { best: Math.round(v.bestM) }),
    msg('tasks.supplyRoute.hint.order', { order: v.bestOrder.map(label).join(' → ') }),
  ];
}

function solve(v: SupplyRouteVariant): SupplyRouteAnswer {
  return { route: [...v.bestRoute] };
}

export const SupplyRouteTask: TaskKind<SupplyRouteParams, SupplyRouteVariant, SupplyRouteAnswer> = {
  kind: 'supply-route',
  domains: ['M', 'T'],
  params: supplyRouteParamsSchema,
  answer: supplyRouteAnswerSchema,
  categories: ['wrong-start', 'not-connected', 'missed-stand', 'not-back', 'longer-route'],
  sensible,
  makeVariant,
  check,
  hints,
  solve,
};
