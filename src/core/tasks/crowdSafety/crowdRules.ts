// Crowd safety rules for an outdoor festival site (festival-facts): allowed density, exits
// (1 cm of width per person, each at least 80 cm, their number by capacity) and the UK flow
// rate for the evacuation time.

/** Flemish emergency-services default: at most 2.5 persons per m2 outdoors. */
export const DEFAULT_DENSITY_PER_M2 = 2.5;
export const EXIT_CM_PER_PERSON = 1;
export const MIN_EXIT_WIDTH_CM = 80;
/** Persons per minute per metre of exit width (UK guidance): 82, or 109 outdoors. */
export const FLOW_PER_MIN_PER_M = { indoor: 82, outdoor: 109 } as const;

/** The most people the usable area may hold (whole persons). */
export const maxCapacity = (usableM2: number, densityPerM2: number): number =>
  Math.floor(usableM2 * densityPerM2 + 1e-9);

/** Exits needed (one Flemish zone): 1 up to 49, 2 up to 499, 3 up to 999, then one more per 1,000. */
export function requiredExits(capacity: number): number {
  if (capacity <= 49) return 1;
  if (capacity <= 499) return 2;
  if (capacity <= 999) return 3;
  return 3 + Math.ceil((capacity - 999) / 1000);
}

/** Total exit width needed in cm: 1 cm per person, and never less than 80 cm per required exit. */
export const requiredWidthCm = (capacity: number): number =>
  Math.max(capacity * EXIT_CM_PER_PERSON, requiredExits(capacity) * MIN_EXIT_WIDTH_CM);

/** Minutes until everyone is out through `totalWidthCm` of exits. */
export const evacuationMin = (capacity: number, totalWidthCm: number, outdoor: boolean): number =>
  totalWidthCm <= 0
    ? Number.POSITIVE_INFINITY
    : capacity / (FLOW_PER_MIN_PER_M[outdoor ? 'outdoor' : 'indoor'] * (totalWidthCm / 100));

/** The shortest distance along a closed fence of `perimeterM` between two positions on it. */
export function fenceDistanceM(aM: number, bM: number, perimeterM: number): number {
  const d = Math.abs(aM - bM) % perimeterM;
  return Math.min(d, perimeterM - d);
}

/** The closest two exits are along the fence (Infinity for fewer than two exits). */
export function closestExitsM(positionsM: readonly number[], perimeterM: number): number {
  let closest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < positionsM.length; i++)
    for (let j = i + 1; j < positionsM.length; j++)
      closest = Math.min(
        closest,
        fenceDistanceM(positionsM[i] as number, positionsM[j] as number, perimeterM),
      );
  return closest;
}
