// Sound level physics for a point source: about 6 dB less per doubling of distance
// (inverse-square law), and n equal sources together add 10*log10(n) dB (two add 3 dB).

/** Level in dB(A) at `distanceM` from `speakers` equal speakers that each make `sourceDbAt1m` at 1 m. */
export function levelAtDistance(sourceDbAt1m: number, speakers: number, distanceM: number): number {
  return sourceDbAt1m + 10 * Math.log10(speakers) - 20 * Math.log10(distanceM / 1);
}

/** The smallest distance in metres at which the level is at most `limitDbA`. */
export function minimumDistanceM(sourceDbAt1m: number, speakers: number, limitDbA: number): number {
  const excessDb = sourceDbAt1m + 10 * Math.log10(speakers) - limitDbA;
  return Math.max(1, 10 ** (excessDb / 20));
}

/** VLAREM categories for amplified music (Flanders, since 2013): the upper limit in dB(A). */
export const VLAREM_LIMIT_DBA: Record<1 | 2 | 3, number> = { 1: 85, 2: 95, 3: 100 };
export const ALL_OBLIGATIONS = [
  'notify',
  'permit',
  'measure',
  'show-level',
  'record-30-days',
  'earplugs',
] as const;
export type Obligation = (typeof ALL_OBLIGATIONS)[number];

/** What the organiser must do in each VLAREM category. */
export const VLAREM_OBLIGATIONS: Record<1 | 2 | 3, readonly Obligation[]> = {
  1: [],
  2: ['notify', 'measure', 'show-level'],
  3: ['permit', 'measure', 'record-30-days', 'earplugs'],
};
