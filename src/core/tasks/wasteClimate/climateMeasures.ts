// A festival's CO2 footprint per visitor split into parts (travel usually the largest), and
// measures that each cut one part by a share; measures on the same part multiply.

export const FOOTPRINT_PARTS = ['travel', 'food', 'energy', 'waste'] as const;
export type FootprintPart = (typeof FOOTPRINT_PARTS)[number];

export const MEASURES = {
  'train-deal': { part: 'travel', cut: 0.2, costEur: 1500 },
  'shuttle-bus': { part: 'travel', cut: 0.15, costEur: 1000 },
  'bike-parking': { part: 'travel', cut: 0.05, costEur: 300 },
  'carpool-app': { part: 'travel', cut: 0.1, costEur: 400 },
  'local-food': { part: 'food', cut: 0.2, costEur: 500 },
  'veggie-menu': { part: 'food', cut: 0.35, costEur: 300 },
  'green-power': { part: 'energy', cut: 0.6, costEur: 1200 },
  'reusable-cups': { part: 'waste', cut: 0.4, costEur: 600 },
  'paper-straws': { part: 'waste', cut: 0.02, costEur: 400 },
} as const satisfies Record<string, { part: FootprintPart; cut: number; costEur: number }>;
export type MeasureId = keyof typeof MEASURES;
export const MEASURE_IDS = Object.keys(MEASURES) as MeasureId[];

/** Default split of the footprint: an estimate where travel is the largest share. */
export const DEFAULT_SHARES: Record<FootprintPart, number> = {
  travel: 0.6,
  food: 0.25,
  energy: 0.1,
  waste: 0.05,
};

/** CO2 per visitor per day, in kg per part, after the chosen measures. */
export function footprintKg(
  baselineKg: number,
  shares: Record<FootprintPart, number>,
  chosen: readonly MeasureId[],
): Record<FootprintPart, number> {
  const result = { travel: 0, food: 0, energy: 0, waste: 0 };
  for (const part of FOOTPRINT_PARTS) {
    const kept = chosen
      .filter((m) => MEASURES[m].part === part)
      .reduce((k, m) => k * (1 - MEASURES[m].cut), 1);
    result[part] = baselineKg * shares[part] * kept;
  }
  return result;
}

export const totalKg = (parts: Record<FootprintPart, number>) =>
  FOOTPRINT_PARTS.reduce((s, p) => s + parts[p], 0);
export const costEur = (chosen: readonly MeasureId[]) => chosen.reduce((s, m) => s + MEASURES[m].costEur, 0);

/** The cheapest set of `available` measures (fewest on a tie) that reaches `targetKg` within `budgetEur`. */
export function cheapestMeasures(
  baselineKg: number,
  shares: Record<FootprintPart, number>,
  available: readonly MeasureId[],
  targetKg: number,
  budgetEur: number,
): MeasureId[] | null {
  let best: MeasureId[] | null = null;
  for (let mask = 0; mask < 1 << available.length; mask++) {
    const chosen = available.filter((_, i) => mask & (1 << i));
    const cost = costEur(chosen);
    if (cost > budgetEur || totalKg(footprintKg(baselineKg, shares, chosen)) > targetKg + 1e-9) continue;
    if (!best || cost < costEur(best) || (cost === costEur(best) && chosen.length < best.length))
      best = chosen;
  }
  return best;
}
