// Stage build task: build the stage roof from bars between grid joints so it carries the
// lights and the wind. Triangles are rigid; a pin-jointed truss needs at least 2j - 3 bars,
// and the stiffness method finds any joint that can still move and every bar's force.
import { z } from 'zod';
import { integerBetween, numberBetween } from '../../levels/schemaHelpers';
import type { Rng } from '../../random/Rng';
import { type Message, msg } from '../../text/Message';
import type { ParamProblem, TaskCheck, TaskKind } from '../TaskKind';
import { allBars, judgeDesign, lightDesign, type StageGrid, uniqueBars, windPressurePa } from './stageGrid';
import { type Bar, GRAVITY_N_PER_KG } from './trussAnalysis';

export const stageBuildParamsSchema = z.strictObject({
  /** Grid cells across and up; the roof spans the whole top row. */
  cols: integerBetween(1, 6),
  rows: integerBetween(1, 3),
  cellM: numberBetween(0.5, 4),
  /** How many lights hang from the top joints (placed per variant). */
  lights: integerBetween(1, 7),
  lightKgMin: numberBetween(1, 100),
  lightKgMax: numberBetween(1, 100),
  /** Wind speed range in m/s; the wind pushes on the roof cloth at every top joint. */
  windMsMin: numberBetween(0, 35),
  windMsMax: numberBetween(0, 35),
  /** Roof cloth area per top joint that catches the wind. */
  clothM2PerJoint: numberBetween(0, 10),
  /** Mass of a bar per metre (its own weight also loads the roof). */
  barKgPerM: numberBetween(0, 20).default(2),
  /** The largest force (pull or push) one bar carries. */
  capacityN: numberBetween(100, 100000),
});
export type StageBuildParams = z.infer<typeof stageBuildParamsSchema>;

export interface StageBuildVariant extends StageGrid {
  windMs: number;
  clothM2PerJoint: number;
  /** The design the solver found; a design with no more bars earns full quality. */
  design: Bar[];
}

const barSchema = z.tuple([z.int(), z.int(), z.int(), z.int()]);
export const stageBuildAnswerSchema = z.strictObject({ bars: z.array(barSchema).min(1).max(120) });
export type StageBuildAnswer = z.infer<typeof stageBuildAnswerSchema>;

const round = (x: number) => Math.round(x);

function gridFor(p: StageBuildParams, lightXs: number[], lightKg: number, windMs: number): StageGrid {
  return {
    cols: p.cols,
    rows: p.rows,
    cellM: p.cellM,
    barKgPerM: p.barKgPerM,
    capacityN: p.capacityN,
    lightXs,
    lightKg,
    windN: windPressurePa(windMs) * p.clothM2PerJoint,
  };
}

/** Every way to hang `count` lights on `slots` top joints (small grids only). */
function placements(slots: number, count: number): number[][] {
  if (count === 0) return [[]];
  const out: number[][] = [];
  for (let x = slots - 1; x >= count - 1; x--)
    for (const rest of placements(x, count - 1)) out.push([...rest, x]);
  return out;
}

function sensible(p: StageBuildParams): ParamProblem[] {
  if (p.lightKgMin > p.lightKgMax)
    return [{ path: ['lightKgMax'], message: `must be at least lightKgMin (${p.lightKgMin})` }];
  if (p.windMsMin > p.windMsMax)
    return [{ path: ['windMsMax'], message: `must be at least windMsMin (${p.windMsMin})` }];
  if (p.lights > p.cols + 1)
    return [
      { path: ['lights'], message: `the top row has only ${p.cols + 1} joints for ${p.lights} lights` },
    ];
  const everyBar = allBars(p.cols, p.rows);
  // Bar forces grow in step with the loads, so the corners of the load ranges are the worst cases.
  for (const xs of placements(p.cols + 1, p.lights))
    for (const kg of [p.lightKgMin, p.lightKgMax])
      for (const wind of [p.windMsMin, p.windMsMax]) {
        if (judgeDesign(gridFor(p, xs, kg, wind), everyBar).status !== 'ok')
          return [
            {
              path: ['capacityN'],
              message: `even a roof with every bar overloads with ${kg} kg lights and ${wind} m/s wind: no right answer`,
            },
          ];
      }
  return [];
}

function makeVariant(p: StageBuildParams, rng: Rng): StageBuildVariant {
  const lightXs = rng
    .shuffle([...Array(p.cols + 1).keys()])
    .slice(0, p.lights)
    .sort((a, b) => a - b);
  const lightKg = rng.int(Math.ceil(p.lightKgMin), Math.floor(p.lightKgMax));
  const windMs = rng.int(Math.ceil(p.windMsMin), Math.floor(p.windMsMax));
  const grid = gridFor(p, lightXs, lightKg, windMs);
  return { ...grid, windMs, clothM2PerJoint: p.clothM2PerJoint, design: lightDesign(grid) ?? [] };
}

function check(v: StageBuildVariant, a: StageBuildAnswer): TaskCheck {
  const bars = uniqueBars(a.bars);
  const verdict = judgeDesign(v, bars);
  const joints = new Set(bars.flatMap((b) => [`${b[0]},${b[1]}`, `${b[2]},${b[3]}`])).size;
  const values = {
    bars: bars.length,
    joints,
    needed: 2 * joints - 3,
    best: v.design.length,
    lightKg: v.lightKg,
    lightN: round(v.lightKg * GRAVITY_N_PER_KG),
    windMs: v.windMs,
    windN: round(v.windN),
    capacity: round(v.capacityN),
  };
  const loads = msg('tasks.stageBuild.explain.loads', values);
  const wrong = (category: string, key: string, extra: Record<string, string | number> = {}): TaskCheck => ({
    correct: false,
    quality: 0,
    category,
    explanation: [msg(`tasks.stageBuild.explain.${key}`, { ...values, ...extra }), loads],
    meters: { safety: 0 },
  });
  if (verdict.status === 'off-grid')
    return { correct: false, quality: 0, category: 'invalid', explanation: [] };
  if (verdict.status === 'not-supported')
    return wrong('not-supported', 'notSupported', { joint: `(${verdict.joint})` });
  if (verdict.status === 'not-rigid')
    return wrong('not-rigid', bars.length < 2 * joints - 3 ? 'tooFewBars' : 'notRigid', {
      joint: `(${verdict.joint})`,
    });
  if (verdict.status === 'overloaded') {
    const b = bars[verdict.bar] as Bar;
    return wrong('overloaded-bar', verdict.forceN > 0 ? 'overloadedPull' : 'overloadedPush', {
      bar: `(${b[0]},${b[1]})–(${b[2]},${b[3]})`,
      force: round(Math.abs(verdict.forceN)),
    });
  }
  const quality = Math.min(1, Math.round((v.design.length / bars.length) * 100) / 100);
  const explanation: Message[] = [
    msg(quality >= 1 ? 'tasks.stageBuild.explain.right' : 'tasks.stageBuild.explain.tooHeavy', {
      ...values,
      use: Math.round(verdict.maxUse * 100),
    }),
    msg('tasks.stageBuild.explain.triangles', values),
    loads,
  ];
  return {
    correct: true,
    quality,
    category: quality >= 1 ? 'correct' : 'too-heavy',
    explanation,
    meters: { safety: 1, budget: quality },
  };
}

function hints(v: StageBuildVariant): Message[] {
  return [
    msg('tasks.stageBuild.hint.triangles'),
    msg('tasks.stageBuild.hint.supports'),
    msg('tasks.stageBuild.hint.count'),
    msg('tasks.stageBuild.hint.best', { best: v.design.length }),
  ];
}

function solve(v: StageBuildVariant): StageBuildAnswer {
  return { bars: v.design.map((b) => [...b] as Bar) };
}

export const StageBuildTask: TaskKind<StageBuildParams, StageBuildVariant, StageBuildAnswer> = {
  kind: 'stage-build',
  domains: ['E'],
  params: stageBuildParamsSchema,
  answer: stageBuildAnswerSchema,
  categories: ['not-supported', 'not-rigid', 'overloaded-bar', 'too-heavy'],
  sensible,
  makeVariant,
  check,
  hints,
  solve,
};
