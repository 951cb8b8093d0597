// Electrical load arithmetic for a festival power plan: P = U x I per circuit, the load of
// a generator (kVA times power factor gives usable watts), and a search that packs devices
// onto circuits without overloading any.

/** Usable real power of a generator: kVA x power factor (0.8 for festival generators). */
export const GENERATOR_POWER_FACTOR = 0.8;
/** A generator runs best between these shares of its capacity (festival-facts). */
export const HEALTHY_LOAD_MIN = 0.7;
export const HEALTHY_LOAD_MAX = 0.8;
/** Below this share a generator mostly wastes fuel (festivals often run them at 25%). */
export const WASTEFUL_LOAD = 0.5;

/** The most a circuit carries: P = U x I. */
export const circuitLimitW = (voltageV: number, breakerA: number): number => voltageV * breakerA;

/** The current a load draws: I = P / U. */
export const currentA = (loadW: number, voltageV: number): number => loadW / voltageV;

/** The share of a generator's usable power that `loadW` uses. */
export const generatorLoadShare = (loadW: number, generatorKva: number): number =>
  loadW / (generatorKva * 1000 * GENERATOR_POWER_FACTOR);

/** Sums the draws per circuit; devices on an unknown circuit are left out. */
export function circuitLoadsW(
  drawsW: readonly number[],
  circuitOf: readonly number[],
  circuits: number,
): number[] {
  const loads = Array.from({ length: circuits }, () => 0);
  drawsW.forEach((w, i) => {
    const c = circuitOf[i];
    if (c !== undefined && c >= 0 && c < circuits) loads[c] = (loads[c] ?? 0) + w;
  });
  return loads;
}

/** The smallest generator that stays at or under the healthy maximum load, or null. */
export function bestGeneratorKva(loadW: number, sizesKva: readonly number[]): number | null {
  const fitting = [...sizesKva]
    .sort((a, b) => a - b)
    .filter((s) => generatorLoadShare(loadW, s) <= HEALTHY_LOAD_MAX);
  return fitting[0] ?? null;
}

/**
 * A circuit for every device so no circuit carries more than `limitW`, or null when none
 * exists (or the search gives up after `maxSteps`). Exact backtracking, biggest device first.
 */
export function packCircuits(
  drawsW: readonly number[],
  circuits: number,
  limitW: number,
  maxSteps = 200_000,
): number[] | null {
  const order = drawsW.map((w, i) => ({ w, i })).sort((a, b) => b.w - a.w);
  const loads = Array.from({ length: circuits }, () => 0);
  const circuitOf = Array.from({ length: drawsW.length }, () => -1);
  let remainingW = drawsW.reduce((s, w) => s + w, 0);
  let steps = 0;
  const place = (k: number): boolean => {
    if (k === order.length) return true;
    if (++steps > maxSteps) return false;
    const spareW = loads.reduce((s, l) => s + Math.max(0, limitW - l), 0);
    if (remainingW > spareW) return false;
    const item = order[k] as { w: number; i: number };
    const tried = new Set<number>();
    for (let c = 0; c < circuits; c++) {
      const load = loads[c] as number;
      if (load + item.w > limitW || tried.has(load)) continue;
      tried.add(load);
      loads[c] = load + item.w;
      circuitOf[item.i] = c;
      remainingW -= item.w;
      if (place(k + 1)) return true;
      loads[c] = load;
      remainingW += item.w;
    }
    return false;
  };
  return place(0) ? circuitOf : null;
}
