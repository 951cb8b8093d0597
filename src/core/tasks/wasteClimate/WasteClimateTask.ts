// Waste and climate task: sort festival waste into the right streams, and choose measures
// (reusable cups, a train deal, a shuttle bus, local food, ...) within the budget that bring
// the CO2 per visitor under the target, with the effect computed.
import { z } from 'zod';
import { integerBetween, numberBetween } from '../../levels/schemaHelpers';
import type { Rng } from '../../random/Rng';
import { type Message, msg } from '../../text/Message';
import type { ParamProblem, TaskCheck, TaskKind } from '../TaskKind';
import {
  cheapestMeasures,
  costEur,
  DEFAULT_SHARES,
  FOOTPRINT_PARTS,
  type FootprintPart,
  footprintKg,
  MEASURE_IDS,
  MEASURES,
  type MeasureId,
  totalKg,
} from './climateMeasures';
import { streamOf, WASTE_ITEM_IDS, WASTE_STREAMS, type WasteItem } from './wasteStreams';

const itemEnum = z.enum(WASTE_ITEM_IDS as [WasteItem, ...WasteItem[]]);
const measureEnum = z.enum(MEASURE_IDS as [MeasureId, ...MeasureId[]]);

export const wasteClimateParamsSchema = z.strictObject({
  /** Items the variants draw from, and how many each pupil sorts. */
  items: z
    .array(itemEnum)
    .min(1)
    .default([...WASTE_ITEM_IDS]),
  itemsPerVariant: integerBetween(1, 15).default(8),
  /** The festival's CO2 per visitor per day before measures (about 6 kg), a range. */
  baselineKgMin: numberBetween(1, 30).default(5.5),
  baselineKgMax: numberBetween(1, 30).default(6.5),
  targetKg: numberBetween(0.5, 30),
  budgetEur: numberBetween(0, 100_000),
  measures: z
    .array(measureEnum)
    .min(1)
    .max(12)
    .default([...MEASURE_IDS]),
  /** How the footprint splits over travel, food, energy and waste (sums to 1). */
  shares: z
    .strictObject({
      travel: numberBetween(0, 1),
      food: numberBetween(0, 1),
      energy: numberBetween(0, 1),
      waste: numberBetween(0, 1),
    })
    .default(DEFAULT_SHARES),
});
export type WasteClimateParams = z.infer<typeof wasteClimateParamsSchema>;

export interface WasteClimateVariant {
  items: WasteItem[];
  baselineKg: number;
  targetKg: number;
  budgetEur: number;
  measures: MeasureId[];
  shares: Record<FootprintPart, number>;
}

export const wasteClimateAnswerSchema = z.strictObject({
  sorting: z.partialRecord(itemEnum, z.enum(WASTE_STREAMS)),
  measures: z.array(measureEnum).max(MEASURE_IDS.length),
});
export type WasteClimateAnswer = z.infer<typeof wasteClimateAnswerSchema>;

const round2 = (x: number) => Math.round(x * 100) / 100;

function sensible(p: WasteClimateParams): ParamProblem[] {
  const shareSum = FOOTPRINT_PARTS.reduce((s, k) => s + p.shares[k], 0);
  if (Math.abs(shareSum - 1) > 0.001)
    return [{ path: ['shares'], message: `must add up to 1, got ${round2(shareSum)}` }];
  if (p.baselineKgMin > p.baselineKgMax)
    return [{ path: ['baselineKgMax'], message: `must be at least baselineKgMin (${p.baselineKgMin})` }];
  if (new Set(p.items).size < p.itemsPerVariant)
    return [
      { path: ['itemsPerVariant'], message: `there are only ${new Set(p.items).size} different items` },
    ];
  if (p.targetKg >= p.baselineKgMin)
    return [
      {
        path: ['targetKg'],
        message: `must be below baselineKgMin (${p.baselineKgMin}), or there is nothing to do`,
      },
    ];
  const measures = [...new Set(p.measures)];
  if (!cheapestMeasures(p.baselineKgMax, p.shares, measures, p.targetKg, p.budgetEur)) {
    return [
      {
        path: ['targetKg'],
        message: `no set of measures within ${p.budgetEur} euro brings ${p.baselineKgMax} kg under ${p.targetKg} kg: no right answer`,
      },
    ];
  }
  return [];
}

function makeVariant(p: WasteClimateParams, rng: Rng): WasteClimateVariant {
  return {
    items: rng.shuffle([...new Set(p.items)]).slice(0, p.itemsPerVariant),
    baselineKg: rng.int(Math.ceil(p.baselineKgMin * 10), Math.floor(p.baselineKgMax * 10)) / 10,
    targetKg: p.targetKg,
    budgetEur: p.budgetEur,
    measures: [...new Set(p.measures)],
    shares: { ...p.shares },
  };
}

/** The footprint after the chosen measures that this variant offers. */
export function variantFootprint(v: WasteClimateVariant, chosen: readonly MeasureId[]) {
  const valid = [...new Set(chosen)].filter((m) => v.measures.includes(m));
  const parts = footprintKg(v.baselineKg, v.shares, valid);
  return { valid, parts, totalKg: totalKg(parts), costEur: costEur(valid) };
}

function check(v: WasteClimateVariant, a: WasteClimateAnswer): TaskCheck {
  const explanation: Message[] = [msg('tasks.wasteClimate.explain.sortRule')];
  const wrong = (
    category: string,
    key: string,
    values: Record<string, string | number>,
    meters: TaskCheck['meters'],
  ) => {
    explanation.push(
      msg(`tasks.wasteClimate.explain.${key}`, values),
      msg('tasks.wasteClimate.explain.source'),
    );
    return { correct: false, quality: 0, category, explanation, meters };
  };
  const missorted = v.items.filter((item) => a.sorting[item] !== streamOf(item));
  if (missorted.length > 0) {
    const cup = missorted.find((item) => streamOf(item) === 'cups');
    const dirty = missorted.find((item) => streamOf(item) === 'residual' && a.sorting[item] !== undefined);
    const item = cup ?? dirty ?? (missorted[0] as WasteItem);
    const values = { item, given: a.sorting[item] ?? 'none', right: streamOf(item), count: missorted.length };
    if (cup) return wrong('reusable-cup-thrown-away', 'cupThrownAway', values, { sustainability: 0.3 });
    if (dirty) return wrong('contaminated-stream', 'contaminated', values, { sustainability: 0.4 });
    return wrong('wrong-stream', 'wrongStream', values, { sustainability: 0.5 });
  }
  const f = variantFootprint(v, a.measures);
  const values = {
    baseline: v.baselineKg,
    kg: round2(f.totalKg),
    target: v.targetKg,
    cost: f.costEur,
    budget: v.budgetEur,
    travel: round2(f.parts.travel),
    travelPct: Math.round(v.shares.travel * 100),
  };
  explanation.push(
    msg('tasks.wasteClimate.explain.co2Rule', values),
    msg('tasks.wasteClimate.explain.result', values),
  );
  if (f.costEur > v.budgetEur)
    return wrong('over-budget', 'overBudget', values, { budget: 0.2, sustainability: 0.8 });
  if (f.totalKg > v.targetKg + 1e-9) {
    const travel = f.valid.some((m) => MEASURES[m].part === 'travel');
    return travel
      ? wrong('target-missed', 'targetMissed', values, { sustainability: 0.4 })
      : wrong('travel-ignored', 'travelIgnored', values, { sustainability: 0.3 });
  }
  const best = cheapestMeasures(v.baselineKg, v.shares, v.measures, v.targetKg, v.budgetEur);
  const bestCost = best ? costEur(best) : f.costEur;
  const quality = f.costEur <= bestCost + 0.2 * v.budgetEur ? 1 : 0.8;
  explanation.push(
    msg(quality === 1 ? 'tasks.wasteClimate.explain.right' : 'tasks.wasteClimate.explain.rightButCostly', {
      ...values,
      bestCost,
    }),
    msg('tasks.wasteClimate.explain.source'),
  );
  return {
    correct: true,
    quality,
    category: 'correct',
    explanation,
    meters: { sustainability: 1, budget: quality },
  };
}

function hints(v: WasteClimateVariant): Message[] {
  const best = cheapestMeasures(v.baselineKg, v.shares, v.measures, v.targetKg, v.budgetEur) ?? [];
  return [
    msg('tasks.wasteClimate.hint.residual'),
    msg('tasks.wasteClimate.hint.travel', {
      travelPct: Math.round(v.shares.travel * 100),
      baseline: v.baselineKg,
    }),
    msg('tasks.wasteClimate.hint.value'),
    msg('tasks.wasteClimate.hint.almost', { count: best.length, cost: costEur(best) }),
  ];
}

function solve(v: WasteClimateVariant): WasteClimateAnswer {
  return {
    sorting: Object.fromEntries(v.items.map((item) => [item, streamOf(item)])),
    measures: cheapestMeasures(v.baselineKg, v.shares, v.measures, v.targetKg, v.budgetEur) ?? [],
  };
}

export const WasteClimateTask: TaskKind<WasteClimateParams, WasteClimateVariant, WasteClimateAnswer> = {
  kind: 'waste-climate',
  domains: ['S'],
  params: wasteClimateParamsSchema,
  answer: wasteClimateAnswerSchema,
  categories: [
    'wrong-stream',
    'contaminated-stream',
    'reusable-cup-thrown-away',
    'over-budget',
    'travel-ignored',
    'target-missed',
  ],
  sensible,
  makeVariant,
  check,
  hints,
  solve,
};
