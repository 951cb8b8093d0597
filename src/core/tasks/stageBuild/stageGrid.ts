// The building grid of the stage roof: which bars a pupil may place, the loads of one
// variant (lights hanging from the top joints, wind on the roof), and the check of a design.
import {
  analyseTruss,
  type Bar,
  barKey,
  GRAVITY_N_PER_KG,
  jointKey,
  type TrussResult,
  type TrussSetup,
} from './trussAnalysis';

export interface StageGrid {
  cols: number;
  rows: number;
  cellM: number;
  barKgPerM: number;
  capacityN: number;
  /** Top-row x positions where a light hangs. */
  lightXs: number[];
  lightKg: number;
  /** Sideways wind force on each top joint (banner area times wind pressure). */
  windN: number;
}

export type Verdict =
  | { status: 'off-grid'; bar: number }
  | Exclude<TrussResult, { status: 'ok' }>
  | { status: 'overloaded'; bar: number; forceN: number; forcesN: number[] }
  | { status: 'ok'; forcesN: number[]; maxUse: number };

/** Air density in kg/m3 used by EN 1991-1-4 (Eurocode 1) for wind pressure q = 1/2 rho v^2. */
export const AIR_DENSITY_KG_M3 = 1.25;
export const windPressurePa = (windMs: number) => 0.5 * AIR_DENSITY_KG_M3 * windMs * windMs;

/** Every bar the grid allows: along a cell side or across a cell. */
export function allBars(cols: number, rows: number): Bar[] {
  const bars: Bar[] = [];
  for (let x = 0; x <= cols; x++)
    for (let y = 0; y <= rows; y++) {
      if (x < cols) bars.push([x, y, x + 1, y]);
      if (y < rows) bars.push([x, y, x, y + 1]);
      if (x < cols && y < rows) bars.push([x, y, x + 1, y + 1], [x + 1, y, x, y + 1]);
    }
  return bars;
}

export function isGridBar(g: { cols: number; rows: number }, b: Bar): boolean {
  const inside = (x: number, y: number) => x >= 0 && y >= 0 && x <= g.cols && y <= g.rows;
  const dx = Math.abs(b[2] - b[0]);
  const dy = Math.abs(b[3] - b[1]);
  return inside(b[0], b[1]) && inside(b[2], b[3]) && dx <= 1 && dy <= 1 && dx + dy > 0;
}

/** Drops repeated bars (the same two joints). */
export function uniqueBars(bars: readonly Bar[]): Bar[] {
  const seen = new Set<string>();
  return bars.filter((b) => {
    const k = barKey(b);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function setupOf(g: StageGrid): TrussSetup {
  const loadsN = new Map<string, [number, number]>();
  for (let x = 0; x <= g.cols; x++) loadsN.set(jointKey(x, g.rows), [g.windN, 0]);
  for (const x of g.lightXs) {
    const load = loadsN.get(jointKey(x, g.rows)) ?? [0, 0];
    loadsN.set(jointKey(x, g.rows), [load[0], load[1] - g.lightKg * GRAVITY_N_PER_KG]);
  }
  return { cols: g.cols, rows: g.rows, cellM: g.cellM, loadsN, barKgPerM: g.barKgPerM };
}

/** Judges a design: off the grid, not supported, not rigid, a bar overloaded, or fine. */
export function judgeDesign(g: StageGrid, bars: readonly Bar[]): Verdict {
  const off = bars.findIndex((b) => !isGridBar(g, b));
  if (off >= 0) return { status: 'off-grid', bar: off };
  return judgeOnGrid(g, setupOf(g), bars);
}

/** judgeDesign for bars on the grid, with the grid's loads already set up. */
function judgeOnGrid(g: StageGrid, setup: TrussSetup, bars: readonly Bar[]): Verdict {
  const result = analyseTruss(setup, bars);
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

/** Fewer bars than 2j - 3 for j joints cannot hold a pin-jointed truss rigid (the counting rule). */
function tooFewBars(g: StageGrid, bars: readonly Bar[]): boolean {
  const joints = new Set<number>();
  for (const b of bars) joints.add(b[0] * (g.rows + 1) + b[1]).add(b[2] * (g.rows + 1) + b[3]);
  return bars.length < 2 * joints.size - 3;
}

/**
 * A light design that carries the loads: starting from every bar, leave out a joint's bars or
 * one bar at a time whenever the rest still holds. Not always the lightest possible design.
 * A candidate that breaks the counting rule is refused without solving the truss: its
 * stiffness matrix is singular, so the analysis would find a joint that moves.
 */
export function lightDesign(g: StageGrid): Bar[] | null {
  let bars = allBars(g.cols, g.rows);
  const setup = setupOf(g);
  if (judgeOnGrid(g, setup, bars).status !== 'ok') return null;
  const holds = (candidate: Bar[]) =>
    !tooFewBars(g, candidate) && judgeOnGrid(g, setup, candidate).status === 'ok';
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
