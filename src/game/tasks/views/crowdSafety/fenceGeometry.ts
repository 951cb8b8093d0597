// Positions along a rectangular site's fence, in metres from the top-left corner, clockwise:
// from a fence position to a point with its outward direction, and from a point back.

export interface FencePoint {
  xM: number;
  yM: number;
  /** Outward normal of the fence side (one of the four axis directions). */
  nx: number;
  ny: number;
  /** Direction along the fence for growing positions. */
  tx: number;
  ty: number;
}

export const fenceLengthM = (widthM: number, heightM: number) => 2 * (widthM + heightM);

/** Wraps any position onto the fence, [0, fence length). */
export function wrapFenceM(positionM: number, widthM: number, heightM: number): number {
  const fence = fenceLengthM(widthM, heightM);
  return ((positionM % fence) + fence) % fence;
}

export function fencePoint(positionM: number, widthM: number, heightM: number): FencePoint {
  const p = wrapFenceM(positionM, widthM, heightM);
  if (p < widthM) return { xM: p, yM: 0, nx: 0, ny: -1, tx: 1, ty: 0 };
  if (p < widthM + heightM) return { xM: widthM, yM: p - widthM, nx: 1, ny: 0, tx: 0, ty: 1 };
  if (p < 2 * widthM + heightM)
    return { xM: widthM - (p - widthM - heightM), yM: heightM, nx: 0, ny: 1, tx: -1, ty: 0 };
  return { xM: 0, yM: heightM - (p - 2 * widthM - heightM), nx: -1, ny: 0, tx: 0, ty: -1 };
}

/** The fence position nearest to a point on or around the site, and how far the point is from it. */
export function nearestFenceM(
  xM: number,
  yM: number,
  widthM: number,
  heightM: number,
): { positionM: number; distanceM: number } {
  const x = Math.min(widthM, Math.max(0, xM));
  const y = Math.min(heightM, Math.max(0, yM));
  // The distance to each side as a segment, and the spot on it.
  const sides = [
    { d: Math.hypot(xM - x, yM), p: x },
    { d: Math.hypot(xM - widthM, yM - y), p: widthM + y },
    { d: Math.hypot(xM - x, yM - heightM), p: widthM + heightM + (widthM - x) },
    { d: Math.hypot(xM, yM - y), p: 2 * widthM + heightM + (heightM - y) },
  ];
  const best = sides.reduce((a, b) => (b.d < a.d ? b : a));
  return { positionM: wrapFenceM(best.p, widthM, heightM), distanceM: best.d };
}

/** The middle of the longest stretch of fence between `positionsM` (a new exit's best spot). */
export function middleOfLargestGapM(positionsM: readonly number[], widthM: number, heightM: number): number {
  const fence = fenceLengthM(widthM, heightM);
  if (positionsM.length === 0) return widthM / 2;
  const sorted = positionsM.map((p) => wrapFenceM(p, widthM, heightM)).sort((a, b) => a - b);
  let best = { start: 0, gap: -1 };
  sorted.forEach((start, i) => {
    const next = i + 1 < sorted.length ? (sorted[i + 1] as number) : (sorted[0] as number) + fence;
    if (next - start > best.gap) best = { start, gap: next - start };
  });
  return wrapFenceM(Math.round(best.start + best.gap / 2), widthM, heightM);
}
