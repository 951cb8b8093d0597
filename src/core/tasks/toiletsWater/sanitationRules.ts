// Sanitation rules for a festival (festival-facts): toilets per visitor with a cap on
// urinals, drinking-water taps in hot weather or at dance events, and how far anyone on
// the site has to walk to the nearest toilet block or water point.

export interface SitePoint {
  xM: number;
  yM: number;
}

/** Toilets needed: one per `personsPerToilet` visitors present at once, at least one. */
export const requiredToilets = (visitors: number, personsPerToilet: number) =>
  Math.max(1, Math.ceil(visitors / personsPerToilet));

/** The most urinals among `toilets` when at most `maxUrinalShare` may be urinals. */
export const maxUrinals = (toilets: number, maxUrinalShare: number) =>
  Math.floor(toilets * maxUrinalShare + 1e-9);

/** Taps needed: one per `personsPerTap` when it is hot or a dance event, otherwise none. */
export const requiredTaps = (visitors: number, personsPerTap: number, needsWater: boolean) =>
  needsWater ? Math.ceil(visitors / personsPerTap) : 0;

/**
 * The longest straight walk from any spot on a `widthM` x `heightM` site to the nearest of
 * `points` (sampled on a grid of about 1 m, edges included). Infinity without points.
 */
export function farthestWalkM(widthM: number, heightM: number, points: readonly SitePoint[]): number {
  if (points.length === 0) return Number.POSITIVE_INFINITY;
  const stepM = Math.max(1, Math.max(widthM, heightM) / 200);
  const xs = Math.ceil(widthM / stepM);
  const ys = Math.ceil(heightM / stepM);
  let farthest = 0;
  for (let i = 0; i <= xs; i++) {
    const x = Math.min(widthM, i * stepM);
    for (let j = 0; j <= ys; j++) {
      const y = Math.min(heightM, j * stepM);
      let nearest = Number.POSITIVE_INFINITY;
      for (const p of points) nearest = Math.min(nearest, Math.hypot(p.xM - x, p.yM - y));
      farthest = Math.max(farthest, nearest);
    }
  }
  return farthest;
}

/**
 * The fewest points (at most `maxPoints`) in a grid of cells whose centres keep every spot
 * within `maxWalkM`; null when no grid of that size does.
 */
export function coveringGrid(
  widthM: number,
  heightM: number,
  maxWalkM: number,
  maxPoints: number,
): SitePoint[] | null {
  let best: { cols: number; rows: number } | null = null;
  for (let cols = 1; cols <= maxPoints; cols++) {
    for (let rows = 1; cols * rows <= maxPoints; rows++) {
      const halfDiagonalM = Math.hypot(widthM / cols, heightM / rows) / 2;
      if (halfDiagonalM <= maxWalkM && (!best || cols * rows < best.cols * best.rows)) best = { cols, rows };
    }
  }
  if (!best) return null;
  const { cols, rows } = best;
  return Array.from({ length: cols * rows }, (_, k) => ({
    xM: Math.round(((k % cols) + 0.5) * (widthM / cols) * 10) / 10,
    yM: Math.round((Math.floor(k / cols) + 0.5) * (heightM / rows) * 10) / 10,
  }));
}
