// Shortest paths on the site's path graph (Floyd-Warshall) and the exact shortest tour past
// a set of stands (Held-Karp over the stands), with the route it takes junction by junction.

export interface PathEdge {
  from: string;
  to: string;
  distanceM: number;
}

export interface DistanceTable {
  ids: string[];
  /** distanceM[i][j]: the shortest walk from ids[i] to ids[j] along the paths (Infinity if none). */
  distanceM: number[][];
  /** next[i][j]: the first step from ids[i] towards ids[j], or -1. */
  next: number[][];
}

/** All shortest distances along the paths. */
export function distanceTable(ids: readonly string[], edges: readonly PathEdge[]): DistanceTable {
  const n = ids.length;
  const index = new Map(ids.map((id, i) => [id, i]));
  const d = ids.map((_, i) => ids.map((_, j) => (i === j ? 0 : Number.POSITIVE_INFINITY)));
  const next = ids.map((_, i) => ids.map((_, j) => (i === j ? j : -1)));
  for (const e of edges) {
    const a = index.get(e.from);
    const b = index.get(e.to);
    if (a === undefined || b === undefined) continue;
    const rowA = d[a] as number[];
    const rowB = d[b] as number[];
    if (e.distanceM < (rowA[b] as number)) {
      rowA[b] = e.distanceM;
      rowB[a] = e.distanceM;
      (next[a] as number[])[b] = b;
      (next[b] as number[])[a] = a;
    }
  }
  for (let k = 0; k < n; k++) {
    const rowK = d[k] as number[];
    for (let i = 0; i < n; i++) {
      const rowI = d[i] as number[];
      const viaK = rowI[k] as number;
      if (viaK === Number.POSITIVE_INFINITY) continue;
      for (let j = 0; j < n; j++) {
        const candidate = viaK + (rowK[j] as number);
        if (candidate < (rowI[j] as number)) {
          rowI[j] = candidate;
          (next[i] as number[])[j] = (next[i] as number[])[k] as number;
        }
      }
    }
  }
  return { ids: [...ids], distanceM: d, next };
}

/** The node ids of the shortest walk from `from` to `to`, both included. */
export function walk(table: DistanceTable, from: string, to: string): string[] {
  let i = table.ids.indexOf(from);
  const j = table.ids.indexOf(to);
  if (i < 0 || j < 0 || (table.next[i]?.[j] ?? -1) < 0) return [];
  const path = [from];
  while (i !== j) {
    i = table.next[i]?.[j] as number;
    path.push(table.ids[i] as string);
  }
  return path;
}

export interface Tour {
  lengthM: number;
  /** The stands in visiting order. */
  order: string[];
  /** Every node the truck drives past, from the depot (and back, when asked). */
  route: string[];
}

/**
 * The exact shortest tour from `depot` past every stand in `stands` (Held-Karp, 2^n x n^2),
 * ending back at the depot when `returnToDepot`.
 */
export function shortestTour(
  table: DistanceTable,
  depot: string,
  stands: readonly string[],
  returnToDepot: boolean,
): Tour {
  const n = stands.length;
  const at = (id: string) => table.ids.indexOf(id);
  const dist = (a: string, b: string) => table.distanceM[at(a)]?.[at(b)] ?? Number.POSITIVE_INFINITY;
  const full = (1 << n) - 1;
  const cost: number[][] = Array.from({ length: 1 << n }, () => Array(n).fill(Number.POSITIVE_INFINITY));
  const parent: number[][] = Array.from({ length: 1 << n }, () => Array(n).fill(-1));
  stands.forEach((s, i) => {
    (cost[1 << i] as number[])[i] = dist(depot, s);
  });
  for (let mask = 1; mask <= full; mask++) {
    for (let last = 0; last < n; last++) {
      const here = cost[mask]?.[last] as number;
      if (!(mask & (1 << last)) || here === Number.POSITIVE_INFINITY) continue;
      for (let next = 0; next < n; next++) {
        if (mask & (1 << next)) continue;
        const m2 = mask | (1 << next);
        const candidate = here + dist(stands[last] as string, stands[next] as string);
        if (candidate < (cost[m2]?.[next] as number)) {
          (cost[m2] as number[])[next] = candidate;
          (parent[m2] as number[])[next] = last;
        }
      }
    }
  }
  let best = Number.POSITIVE_INFINITY;
  let bestLast = -1;
  for (let last = 0; last < n; last++) {
    const total = (cost[full]?.[last] as number) + (returnToDepot ? dist(stands[last] as string, depot) : 0);
    if (total < best) {
      best = total;
      bestLast = last;
    }
  }
  const order: string[] = [];
  let mask = full;
  let last = bestLast;
  while (last >= 0) {
    order.unshift(stands[last] as string);
    const prev = parent[mask]?.[last] as number;
    mask &= ~(1 << last);
    last = prev;
  }
  const stops = returnToDepot ? [depot, ...order, depot] : [depot, ...order];
  const route = [depot];
  for (let i = 1; i < stops.length; i++) {
    route.push(...walk(table, stops[i - 1] as string, stops[i] as string).slice(1));
  }
  return { lengthM: n === 0 ? 0 : best, order, route };
}
