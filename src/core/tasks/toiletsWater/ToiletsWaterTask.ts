// Toilets and water task: how many toilets (with at most a quarter urinals) and drinking
// water taps the crowd needs in this weather, and where to put them so no one walks too far.
import { z } from 'zod';
import { integerBetween, numberBetween } from '../../levels/schemaHelpers';
import type { Rng } from '../../random/Rng';
import { type Message, msg } from '../../text/Message';
import type { ParamProblem, TaskCheck, TaskKind } from '../TaskKind';
import { coveringGrid, farthestWalkM, maxUrinals, requiredTaps, requiredToilets } from './sanitationRules';

/** How many toilet blocks and water points a pupil can place. */
export const MAX_POINTS = 8;

/** Walks are measured on a grid of about 1 m and places are given to 0.1 m: half a metre of slack. */
const WALK_TOLERANCE_M = 0.5;

export const toiletsWaterParamsSchema = z.strictObject({
  visitorsMin: integerBetween(20, 100_000),
  visitorsMax: integerBetween(20, 100_000),
  temperatureMinC: numberBetween(-10, 45),
  temperatureMaxC: numberBetween(-10, 45),
  danceEvent: z.boolean().default(false),
  /** Flemish rule of thumb: 1 toilet per 100 visitors present at once (Dutch: 150). */
  personsPerToilet: integerBetween(25, 500).default(100),
  maxUrinalShare: numberBetween(0, 1).default(0.25),
  /** Dutch RIVM: 1 free tap per 300 visitors above 25 degrees C or at dance events. */
  personsPerTap: integerBetween(50, 2000).default(300),
  hotFromC: numberBetween(10, 45).default(25),
  siteWidthM: integerBetween(10, 400),
  siteHeightM: integerBetween(10, 400),
  /** The longest anyone should walk to a toilet block or water point, in metres. */
  maxWalkM: numberBetween(5, 400),
});
export type ToiletsWaterParams = z.infer<typeof toiletsWaterParamsSchema>;

export interface ToiletsWaterVariant {
  visitors: number;
  temperatureC: number;
  danceEvent: boolean;
  personsPerToilet: number;
  maxUrinalShare: number;
  personsPerTap: number;
  hotFromC: number;
  siteWidthM: number;
  siteHeightM: number;
  maxWalkM: number;
}

const pointSchema = z.strictObject({
  xM: z.number().finite().min(0).max(1000),
  yM: z.number().finite().min(0).max(1000),
});
export const toiletsWaterAnswerSchema = z.strictObject({
  /** All toilets, urinals included. */
  toilets: z.int().min(0).max(10_000),
  urinals: z.int().min(0).max(10_000),
  taps: z.int().min(0).max(10_000),
  toiletBlocks: z.array(pointSchema).min(1).max(MAX_POINTS),
  waterPoints: z.array(pointSchema).max(MAX_POINTS).default([]),
});
export type ToiletsWaterAnswer = z.infer<typeof toiletsWaterAnswerSchema>;

/** Whether this variant needs free drinking water (hot, or a dance event). */
export const needsWater = (v: ToiletsWaterVariant) => v.temperatureC > v.hotFromC || v.danceEvent;
export const neededToilets = (v: ToiletsWaterVariant) => requiredToilets(v.visitors, v.personsPerToilet);
export const neededTaps = (v: ToiletsWaterVariant) =>
  requiredTaps(v.visitors, v.personsPerTap, needsWater(v));

function sensible(p: ToiletsWaterParams): ParamProblem[] {
  if (p.visitorsMin > p.visitorsMax)
    return [{ path: ['visitorsMax'], message: `must be at least visitorsMin (${p.visitorsMin})` }];
  if (p.temperatureMinC > p.temperatureMaxC)
    return [
      { path: ['temperatureMaxC'], message: `must be at least temperatureMinC (${p.temperatureMinC})` },
    ];
  if (!coveringGrid(p.siteWidthM, p.siteHeightM, p.maxWalkM, MAX_POINTS)) {
    return [
      {
        path: ['maxWalkM'],
        message: `${MAX_POINTS} points cannot keep a ${p.siteWidthM} x ${p.siteHeightM} m site within ${p.maxWalkM} m: no right answer`,
      },
    ];
  }
  return [];
}

function makeVariant(p: ToiletsWaterParams, rng: Rng): ToiletsWaterVariant {
  const visitors = rng.int(Math.ceil(p.visitorsMin / 10), Math.floor(p.visitorsMax / 10)) * 10;
  return {
    visitors: Math.min(p.visitorsMax, Math.max(p.visitorsMin, visitors)),
    temperatureC: rng.int(Math.ceil(p.temperatureMinC), Math.floor(p.temperatureMaxC)),
    danceEvent: p.danceEvent,
    personsPerToilet: p.personsPerToilet,
    maxUrinalShare: p.maxUrinalShare,
    personsPerTap: p.personsPerTap,
    hotFromC: p.hotFromC,
    siteWidthM: p.siteWidthM,
    siteHeightM: p.siteHeightM,
    maxWalkM: p.maxWalkM,
  };
}

function check(v: ToiletsWaterVariant, a: ToiletsWaterAnswer): TaskCheck {
  const toiletsNeeded = Math.max(neededToilets(v), a.toiletBlocks.length);
  const tapsNeeded = neededTaps(v);
  const values = {
    visitors: v.visitors,
    perToilet: v.personsPerToilet,
    perTap: v.personsPerTap,
    toilets: a.toilets,
    urinals: a.urinals,
    taps: a.taps,
    needed: neededToilets(v),
    blocks: a.toiletBlocks.length,
    maxUrinals: maxUrinals(a.toilets, v.maxUrinalShare),
    urinalPct: Math.round(v.maxUrinalShare * 100),
    tapsNeeded,
    temperature: v.temperatureC,
    hotFrom: v.hotFromC,
    maxWalk: v.maxWalkM,
  };
  const explanation: Message[] = [msg('tasks.toiletsWater.explain.toiletRule', values)];
  explanation.push(
    msg(
      needsWater(v) ? 'tasks.toiletsWater.explain.waterNeeded' : 'tasks.toiletsWater.explain.waterOptional',
      values,
    ),
  );
  const wrong = (
    category: string,
    key: string,
    extra: Record<string, number>,
    meters: TaskCheck['meters'],
  ) => {
    explanation.push(
      msg(`tasks.toiletsWater.explain.${key}`, { ...values, ...extra }),
      msg('tasks.toiletsWater.explain.source'),
    );
    return { correct: false, quality: 0, category, explanation, meters };
  };
  if (a.toilets < toiletsNeeded)
    return wrong(
      'too-few-toilets',
      a.toilets < neededToilets(v) ? 'tooFewToilets' : 'emptyBlock',
      {},
      { happiness: 0.2 },
    );
  if (a.urinals > maxUrinals(a.toilets, v.maxUrinalShare))
    return wrong('too-many-urinals', 'tooManyUrinals', {}, { happiness: 0.4 });
  if (tapsNeeded > 0 && a.waterPoints.length > a.taps)
    return wrong('too-few-taps', 'emptyWaterPoint', {}, { safety: 0.5 });
  if (a.taps < tapsNeeded) {
    const forgot = a.taps === 0 && !v.danceEvent;
    return wrong(
      forgot ? 'forgot-heat' : 'too-few-taps',
      forgot ? 'forgotHeat' : 'tooFewTaps',
      {},
      { safety: 0.3, happiness: 0.4 },
    );
  }
  const toiletWalkM = farthestWalkM(v.siteWidthM, v.siteHeightM, a.toiletBlocks);
  if (toiletWalkM > v.maxWalkM + WALK_TOLERANCE_M)
    return wrong('walk-too-far', 'toiletsTooFar', { walk: Math.round(toiletWalkM) }, { happiness: 0.5 });
  if (tapsNeeded > 0) {
    const waterWalkM = farthestWalkM(v.siteWidthM, v.siteHeightM, a.waterPoints);
    if (waterWalkM > v.maxWalkM + WALK_TOLERANCE_M) {
      const walk = Number.isFinite(waterWalkM) ? Math.round(waterWalkM) : 0;
      return wrong(
        'walk-too-far',
        a.waterPoints.length === 0 ? 'noWaterPoints' : 'waterTooFar',
        { walk },
        { safety: 0.5 },
      );
    }
  }
  const wasteful =
    a.toilets > Math.max(neededToilets(v) * 1.5, toiletsNeeded) ||
    a.taps > Math.max(tapsNeeded * 2, a.waterPoints.length, 2);
  const quality = wasteful ? 0.8 : 1;
  explanation.push(
    msg(
      quality === 1 ? 'tasks.toiletsWater.explain.right' : 'tasks.toiletsWater.explain.rightButMany',
      values,
    ),
    msg('tasks.toiletsWater.explain.source'),
  );
  return {
    correct: true,
    quality,
    category: 'correct',
    explanation,
    meters: { happiness: 1, safety: 1, budget: quality },
  };
}

function hints(v: ToiletsWaterVariant): Message[] {
  const grid = coveringGrid(v.siteWidthM, v.siteHeightM, v.maxWalkM, MAX_POINTS);
  return [
    msg('tasks.toiletsWater.hint.perHundred', { visitors: v.visitors, perToilet: v.personsPerToilet }),
    msg('tasks.toiletsWater.hint.weather', {
      temperature: v.temperatureC,
      hotFrom: v.hotFromC,
      perTap: v.personsPerTap,
    }),
    msg('tasks.toiletsWater.hint.spread', { maxWalk: v.maxWalkM }),
    msg('tasks.toiletsWater.hint.almost', {
      toilets: neededToilets(v),
      urinals: maxUrinals(neededToilets(v), v.maxUrinalShare),
      taps: neededTaps(v),
      points: grid?.length ?? MAX_POINTS,
    }),
  ];
}

function solve(v: ToiletsWaterVariant): ToiletsWaterAnswer {
  const grid = coveringGrid(v.siteWidthM, v.siteHeightM, v.maxWalkM, MAX_POINTS) ?? [{ xM: 0, yM: 0 }];
  const toilets = Math.max(neededToilets(v), grid.length);
  const taps = neededTaps(v) > 0 ? Math.max(neededTaps(v), grid.length) : 0;
  return {
    toilets,
    urinals: maxUrinals(toilets, v.maxUrinalShare),
    taps,
    toiletBlocks: grid,
    waterPoints: taps > 0 ? grid : [],
  };
}

export const ToiletsWaterTask: TaskKind<ToiletsWaterParams, ToiletsWaterVariant, ToiletsWaterAnswer> = {
  kind: 'toilets-water',
  domains: ['M'],
  params: toiletsWaterParamsSchema,
  answer: toiletsWaterAnswerSchema,
  categories: ['too-few-toilets', 'too-many-urinals', 'forgot-heat', 'too-few-taps', 'walk-too-far'],
  sensible,
  makeVariant,
  check,
  hints,
  solve,
};
