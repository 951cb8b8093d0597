// Crowd safety task: set the capacity from the site's usable area and the allowed density,
// and place enough exits of enough width along the fence; the evacuation time follows.
import { z } from 'zod';
import { integerBetween, numberBetween } from '../../levels/schemaHelpers';
import type { Rng } from '../../random/Rng';
import { type Message, msg } from '../../text/Message';
import type { ParamProblem, TaskCheck, TaskKind } from '../TaskKind';
import {
  closestExitsM,
  DEFAULT_DENSITY_PER_M2,
  evacuationMin,
  MIN_EXIT_WIDTH_CM,
  maxCapacity,
  requiredExits,
} from './crowdRules';

export const crowdSafetyParamsSchema = z.strictObject({
  /** The rectangular site's size; each pupil gets whole metres in these ranges. */
  widthMinM: integerBetween(10, 400),
  widthMaxM: integerBetween(10, 400),
  heightMinM: integerBetween(10, 400),
  heightMaxM: integerBetween(10, 400),
  /** Area the audience cannot use (stage, bar, mixing desk), in m2. */
  blockedMinM2: integerBetween(0, 100_000).default(0),
  blockedMaxM2: integerBetween(0, 100_000).default(0),
  /** Allowed persons per m2; each variant picks one (1 to 3 by municipality, 2.5 Flemish default). */
  densitiesPerM2: z.array(numberBetween(0.5, 4)).min(1).default([DEFAULT_DENSITY_PER_M2]),
  outdoor: z.boolean().default(true),
  /** Exits must be at least this far apart along the fence, so a crowd has a real choice. */
  minExitSpacingM: numberBetween(0, 500).default(15),
});
export type CrowdSafetyParams = z.infer<typeof crowdSafetyParamsSchema>;

export interface CrowdSafetyVariant {
  widthM: number;
  heightM: number;
  blockedM2: number;
  densityPerM2: number;
  outdoor: boolean;
  minExitSpacingM: number;
}

export const crowdSafetyAnswerSchema = z.strictObject({
  capacity: z.int().min(1).max(1_000_000),
  exits: z
    .array(
      z.strictObject({
        positionM: z.number().finite().min(0).max(10_000),
        widthCm: z.int().min(0).max(5000),
      }),
    )
    .min(1)
    .max(24),
});
export type CrowdSafetyAnswer = z.infer<typeof crowdSafetyAnswerSchema>;

export const perimeterM = (v: { widthM: number; heightM: number }) => 2 * (v.widthM + v.heightM);
export const usableM2 = (v: CrowdSafetyVariant) => v.widthM * v.heightM - v.blockedM2;
const round1 = (x: number) => Math.round(x * 10) / 10;

function sensible(p: CrowdSafetyParams): ParamProblem[] {
  if (p.widthMinM > p.widthMaxM)
    return [{ path: ['widthMaxM'], message: `must be at least widthMinM (${p.widthMinM})` }];
  if (p.heightMinM > p.heightMaxM)
    return [{ path: ['heightMaxM'], message: `must be at least heightMinM (${p.heightMinM})` }];
  if (p.blockedMinM2 > p.blockedMaxM2)
    return [{ path: ['blockedMaxM2'], message: `must be at least blockedMinM2 (${p.blockedMinM2})` }];
  if (p.widthMinM * p.heightMinM - p.blockedMaxM2 < 10)
    return [
      { path: ['blockedMaxM2'], message: 'leaves (almost) no room for an audience on the smallest site' },
    ];
  const density = Math.max(...p.densitiesPerM2);
  for (let w = p.widthMinM; w <= p.widthMaxM; w++) {
    for (let h = p.heightMinM; h <= p.heightMaxM; h++) {
      const exits = requiredExits(maxCapacity(w * h - p.blockedMinM2, density));
      if (exits > 1 && (2 * (w + h)) / exits < p.minExitSpacingM) {
        return [
          {
            path: ['minExitSpacingM'],
            message: `a ${w} x ${h} m site needs ${exits} exits, which cannot be ${p.minExitSpacingM} m apart: no right answer`,
          },
        ];
      }
    }
  }
  return [];
}

function makeVariant(p: CrowdSafetyParams, rng: Rng): CrowdSafetyVariant {
  return {
    widthM: rng.int(p.widthMinM, p.widthMaxM),
    heightM: rng.int(p.heightMinM, p.heightMaxM),
    blockedM2: rng.int(p.blockedMinM2, p.blockedMaxM2),
    densityPerM2: rng.pick(p.densitiesPerM2),
    outdoor: p.outdoor,
    minExitSpacingM: p.minExitSpacingM,
  };
}

function check(v: CrowdSafetyVariant, a: CrowdSafetyAnswer): TaskCheck {
  const max = maxCapacity(usableM2(v), v.densityPerM2);
  const needed = requiredExits(a.capacity);
  const totalCm = a.exits.reduce((s, e) => s + e.widthCm, 0);
  const values = {
    width: v.widthM,
    height: v.heightM,
    blocked: v.blockedM2,
    usable: usableM2(v),
    density: v.densityPerM2,
    max,
    capacity: a.capacity,
    exits: a.exits.length,
    needed,
    totalCm,
    spacing: v.minExitSpacingM,
    minutes: round1(evacuationMin(a.capacity, totalCm, v.outdoor)),
    flow: v.outdoor ? 109 : 82,
  };
  const explanation: Message[] = [msg('tasks.crowdSafety.explain.capacityRule', values)];
  const wrong = (category: string, key: string, meters: TaskCheck['meters']): TaskCheck => {
    explanation.push(
      msg(`tasks.crowdSafety.explain.${key}`, values),
      msg('tasks.crowdSafety.explain.source'),
    );
    return { correct: false, quality: 0, category, explanation, meters };
  };
  if (a.capacity > max) {
    const forgot = v.blockedM2 > 0 && a.capacity <= maxCapacity(v.widthM * v.heightM, v.densityPerM2);
    return forgot
      ? wrong('forgot-blocked-area', 'forgotBlocked', { safety: 0.3 })
      : wrong('over-density', 'overDensity', { safety: 0.1 });
  }
  explanation.push(msg('tasks.crowdSafety.explain.exitRule', values));
  if (a.exits.length < needed) return wrong('too-few-exits', 'tooFewExits', { safety: 0.2 });
  const narrow = a.exits.find((e) => e.widthCm < MIN_EXIT_WIDTH_CM);
  if (narrow) return wrong('exit-too-narrow', 'exitTooNarrow', { safety: 0.3 });
  if (totalCm < a.capacity) return wrong('not-enough-exit-width', 'notEnoughWidth', { safety: 0.2 });
  const positions = a.exits.map((e) => e.positionM % perimeterM(v));
  if (closestExitsM(positions, perimeterM(v)) < v.minExitSpacingM)
    return wrong('exits-too-close', 'exitsTooClose', { safety: 0.5 });
  const quality = a.capacity >= max * 0.95 ? 1 : Math.max(0.5, round1(a.capacity / max));
  explanation.push(
    msg('tasks.crowdSafety.explain.evacuation', values),
    msg(
      quality === 1 ? 'tasks.crowdSafety.explain.right' : 'tasks.crowdSafety.explain.rightButSmall',
      values,
    ),
    msg('tasks.crowdSafety.explain.source'),
  );
  return {
    correct: true,
    quality,
    category: 'correct',
    explanation,
    meters: { safety: 1, budget: quality, happiness: quality },
  };
}

function hints(v: CrowdSafetyVariant): Message[] {
  const max = maxCapacity(usableM2(v), v.densityPerM2);
  return [
    msg('tasks.crowdSafety.hint.area', { width: v.widthM, height: v.heightM, blocked: v.blockedM2 }),
    msg('tasks.crowdSafety.hint.density', { usable: usableM2(v), density: v.densityPerM2 }),
    msg('tasks.crowdSafety.hint.exits'),
    msg('tasks.crowdSafety.hint.almost', { max, needed: requiredExits(max), totalCm: max }),
  ];
}

function solve(v: CrowdSafetyVariant): CrowdSafetyAnswer {
  const capacity = maxCapacity(usableM2(v), v.densityPerM2);
  const n = requiredExits(capacity);
  const widthCm = Math.max(MIN_EXIT_WIDTH_CM, Math.ceil(capacity / n / 10) * 10);
  const fence = perimeterM(v);
  return {
    capacity,
    exits: Array.from({ length: n }, (_, i) => ({ positionM: (fence * (i + 0.5)) / n, widthCm })),
  };
}

export const CrowdSafetyTask: TaskKind<CrowdSafetyParams, CrowdSafetyVariant, CrowdSafetyAnswer> = {
  kind: 'crowd-safety',
  domains: ['M', 'E'],
  params: crowdSafetyParamsSchema,
  answer: crowdSafetyAnswerSchema,
  categories: [
    'over-density',
    'forgot-blocked-area',
    'too-few-exits',
    'exit-too-narrow',
    'not-enough-exit-width',
    'exits-too-close',
  ],
  sensible,
  makeVariant,
  check,
  hints,
  solve,
};
