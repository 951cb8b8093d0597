// The faster truss analysis and light design against the ones they replaced (kept here as the
// reference): the very same verdicts, forces to the last bit, and the same designs.

import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeTaskVariant } from '../../../../src/core/scoring/taskVariant';
import type { StageBuildVariant } from '../../../../src/core/tasks/stageBuild/StageBuildTask';
import {
  allBars,
  isGridBar,
  judgeDesign,
  lightDesign,
  type StageGrid,
  setupOf,
  type Verdict,
  windPressurePa,
} from '../../../../src/core/tasks/stageBuild/stageGrid';
import {
  analyseTruss,
  type Bar,
  barLengthM,
  GRAVITY_N_PER_KG,
  jointKey,
  pinKey,
  rollerKey,
  type TrussResult,
  type TrussSetup,
} from '../../../../src/core/tasks/stageBuild/trussAnalysis';
import { loadLevel } from '../../../helpers/loadLevel';

const STIFFNESS_N = 1.4e7;

/** Solves A x = b in place by Gaussian elimination with partial pivoting; returns the first column without a pivot. */
function referenceSolve(a: number[][], b: number[]): { x: number[] } | { freeColumn: number } {
  const n = b.length;
  const scale = Math.max(1, ...a.map((row) => Math.max(...row.map(Math.abs))));
  const order = [...Array(n).keys()];
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++)
      if (Math.abs(a[r]?.[col] as number) > Math.abs(a[pivot]?.[col] as number)) pivot = r;
    if (Math.abs(a[pivot]?.[col] as number) < scale * 1e-9) return { freeColumn: order[col] as number };
    [a[col], a[pivot]] = [a[pivot] as number[], a[col] as number[]];
    [b[col], b[pivot]] = [b[pivot] as number, b[col] as number];
    const top = a[col] as number[];
    for (let r = col + 1; r < n; r++) {
      const row = a[r] as number[];
      const f = (row[col] as number) / (top[col] as number);
      if (f === 0) continue;
      for (let c = col; c < n; c++) row[c] = (row[c] as number) - f * (top[c] as number);
      b[r] = (b[r] as number) - f * (b[col] as number);
    }
  }
  const x = Array(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let sum = b[r] as number;
    const row = a[r] as number[];
    for (let c = r + 1; c < n; c++) sum -= (row[c] as number) * x[c];
    x[r] = sum / (row[r] as number);
  }
  return { x };
}

/** analyseTruss before it used typed arrays (commit 57722aa), kept as the reference. */
function referenceAnalyseTruss(setup: TrussSetup, bars: readonly Bar[]): TrussResult {
  const keys = new Set<string>();
  for (const b of bars) {
    keys.add(jointKey(b[0], b[1]));
    keys.add(jointKey(b[2], b[3]));
  }
  for (const [k, f] of setup.loadsN)
    if ((f[0] !== 0 || f[1] !== 0) && !keys.has(k)) return { status: 'not-supported', joint: k };
  for (const k of [pinKey(), rollerKey(setup.cols)])
    if (!keys.has(k)) return { status: 'not-supported', joint: k };
  const joints = [...keys];
  const index = new Map(joints.map((k, i) => [k, i]));
  // Parts with no support float away.
  const group = joints.map((_, i) => i);
  const find = (i: number): number => {
    const up = group[i] as number;
    return up === i ? i : find(up);
  };
  for (const b of bars)
    group[find(index.get(jointKey(b[0], b[1])) as number)] = find(index.get(jointKey(b[2], b[3])) as number);
  const supported = find(index.get(pinKey()) as number);
  const loose = joints.find((_, i) => find(i) !== supported);
  if (loose) return { status: 'not-supported', joint: loose };

  const n = joints.length * 2;
  const k = Array.from({ length: n }, () => Array(n).fill(0) as number[]);
  const f = Array(n).fill(0) as number[];
  for (const [key, load] of setup.loadsN) {
    const i = index.get(key);
    if (i === undefined) continue;
    f[2 * i] = (f[2 * i] as number) + load[0];
    f[2 * i + 1] = (f[2 * i + 1] as number) + load[1];
  }
  for (const b of bars) {
    const i = index.get(jointKey(b[0], b[1])) as number;
    const j = index.get(jointKey(b[2], b[3])) as number;
    const lengthM = barLengthM(b, setup.cellM);
    const c = ((b[2] - b[0]) * setup.cellM) / lengthM;
    const s = ((b[3] - b[1]) * setup.cellM) / lengthM;
    const stiffness = STIFFNESS_N / lengthM;
    const local = [c * c, c * s, s * s];
    const dofs = [2 * i, 2 * i + 1, 2 * j, 2 * j + 1];
    const sign = [1, 1, -1, -1];
    for (let p = 0; p < 4; p++)
      for (let q = 0; q < 4; q++) {
        const term = local[(p % 2) + (q % 2)] as number;
        const row = k[dofs[p] as number] as number[];
        row[dofs[q] as number] =
          (row[dofs[q] as number] as number) + stiffness * term * (sign[p] as number) * (sign[q] as number);
      }
    const weightN = setup.barKgPerM * lengthM * GRAVITY_N_PER_KG;
    f[2 * i + 1] = (f[2 * i + 1] as number) - weightN / 2;
    f[2 * j + 1] = (f[2 * j + 1] as number) - weightN / 2;
  }
  const pin = index.get(pinKey()) as number;
  const roller = index.get(rollerKey(setup.cols)) as number;
  const fixed = new Set([2 * pin, 2 * pin + 1, 2 * roller + 1]);
  const free = [...Array(n).keys()].filter((d) => !fixed.has(d));
  const result = referenceSolve(
    free.map((r) => free.map((c) => k[r]?.[c] as number)),
    free.map((d) => f[d] as number),
  );
  if ('freeColumn' in result) {
    const dof = free[result.freeColumn] as number;
    return {
      status: 'not-rigid',
      joint: joints[Math.floor(dof / 2)] as string,
      bars: bars.length,
      joints: joints.length,
    };
  }
  const u = Array(n).fill(0) as number[];
  free.forEach((d, i) => {
    u[d] = result.x[i] as number;
  });
  const forcesN = bars.map((b) => {
    const i = index.get(jointKey(b[0], b[1])) as number;
    const j = index.get(jointKey(b[2], b[3])) as number;
    const lengthM = barLengthM(b, setup.cellM);
    const c = ((b[2] - b[0]) * setup.cellM) / lengthM;
    const s = ((b[3] - b[1]) * setup.cellM) / lengthM;
    const stretchM =
      c * ((u[2 * j] as number) - (u[2 * i] as number)) +
      s * ((u[2 * j + 1] as number) - (u[2 * i + 1] as number));
    return (STIFFNESS_N / lengthM) * stretchM;
  });
  return { status: 'ok', forcesN, joints: joints.length };
}

/** judgeDesign before (commit 57722aa), on the reference analysis. */
function referenceJudgeDesign(g: StageGrid, bars: readonly Bar[]): Verdict {
  const off = bars.findIndex((b) => !isGridBar(g, b));
  if (off >= 0) return { status: 'off-grid', bar: off };
  const result = referenceAnalyseTruss(setupOf(g), bars);
  if (result.status !== 'ok') return result;
  const use = result.forcesN.map((f) => Math.abs(f) / g.capacityN);
  const worst = use.reduce((best, u, i) => (u > (use[best] as number) ? i : best), 0);
  const maxUse = use[worst] ?? 0;
  if (maxUse > 1 + 1e-9)
    return {
      status: 'overloaded',
      bar: worst,
      forceN: result.forcesN[worst] as number,
      forcesN: result.forcesN,
    };
  return { status: 'ok', forcesN: result.forcesN, maxUse };
}

/** lightDesign before (commit 57722aa): solves the truss for every candidate. */
function referenceLightDesign(g: StageGrid): Bar[] | null {
  let bars = allBars(g.cols, g.rows);
  if (referenceJudgeDesign(g, bars).status !== 'ok') return null;
  const holds = (candidate: Bar[]) => referenceJudgeDesign(g, candidate).status === 'ok';
  const touches = (b: Bar, x: number, y: number) => (b[0] === x && b[1] === y) || (b[2] === x && b[3] === y);
  for (let y = g.rows; y >= 0; y--)
    for (let x = 0; x <= g.cols; x++) {
      const without = bars.filter((b) => !touches(b, x, y));
      if (without.length < bars.length && holds(without)) bars = without;
    }
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = bars.length - 1; i >= 0; i--) {
      const without = bars.filter((_, j) => j !== i);
      if (holds(without)) {
        bars = without;
        changed = true;
      }
    }
  }
  return bars;
}

/** A grid of any size the schema allows, with loads that a roof of every bar may or may not carry. */
const anyGrid: fc.Arbitrary<StageGrid> = fc
  .record({
    cols: fc.integer({ min: 1, max: 6 }),
    rows: fc.integer({ min: 1, max: 3 }),
    cellM: fc.constantFrom(0.5, 1, 1.5, 2, 3),
    barKgPerM: fc.integer({ min: 0, max: 20 }),
    capacityN: fc.integer({ min: 1000, max: 60000 }),
    lightKg: fc.integer({ min: 1, max: 100 }),
    windMs: fc.integer({ min: 0, max: 35 }),
    lightSlots: fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
  })
  .map(({ lightSlots, windMs, ...g }) => ({
    ...g,
    lightXs: lightSlots.flatMap((on, x) => (on && x <= g.cols ? [x] : [])),
    windN: windPressurePa(windMs) * 3,
  }));

/** Bars of a grid: every bar but a few, or any subset (mostly trusses that fall over). */
const someBars = (g: StageGrid) => {
  const every = allBars(g.cols, g.rows);
  const allButAFew = fc
    .uniqueArray(fc.nat({ max: every.length - 1 }), { maxLength: 8 })
    .map((drop) => every.filter((_, i) => !drop.includes(i)));
  return fc.oneof(allButAFew, fc.subarray(every, { minLength: 1 }));
};

describe('truss analysis against the reference', () => {
  it('gives the same verdict, joint and forces for any bars on any grid', () => {
    const seen = new Set<Verdict['status']>();
    fc.assert(
      fc.property(
        anyGrid.chain((g) => fc.tuple(fc.constant(g), someBars(g))),
        ([g, bars]) => {
          expect(analyseTruss(setupOf(g), bars)).toEqual(referenceAnalyseTruss(setupOf(g), bars));
          const verdict = judgeDesign(g, bars);
          expect(verdict).toEqual(referenceJudgeDesign(g, bars));
          seen.add(verdict.status);
        },
      ),
      { numRuns: 400 },
    );
    expect([...seen].sort()).toEqual(['not-rigid', 'not-supported', 'ok', 'overloaded']);
  });
});

describe('light design against the reference', () => {
  it('finds the same design for any grid and loads', () => {
    let designs = 0;
    fc.assert(
      fc.property(anyGrid, (g) => {
        const design = lightDesign(g);
        expect(design).toEqual(referenceLightDesign(g));
        if (design) designs += 1;
      }),
      { numRuns: 60 },
    );
    expect(designs).toBeGreaterThan(20);
  });
  it('makes the same variant for every stage-build task of the levels', () => {
    const ids = readdirSync('levels')
      .filter((f) => f.endsWith('.json') && f !== 'level.schema.json')
      .map((f) => f.replace(/\.json$/, ''));
    const tasks = ids.flatMap((id) => loadLevel(id).tasks.filter((t) => t.kind === 'stage-build'));
    expect(tasks.length).toBeGreaterThan(0);
    for (const task of tasks)
      for (let seed = 0; seed < 12; seed++) {
        const variant = makeTaskVariant(task, seed) as StageBuildVariant;
        expect(variant.design).toEqual(referenceLightDesign(variant) ?? []);
      }
  });
});
