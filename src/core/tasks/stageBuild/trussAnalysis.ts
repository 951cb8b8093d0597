// A pin-jointed truss on a grid, analysed with the direct stiffness method: every bar is a
// spring along its length; the structure is rigid when the stiffness matrix (with the pin and
// the roller fixed) can be solved. Gives each bar's force (tension +, compression -) and,
// when it is not rigid, a joint that can move.

/** A bar between two neighbouring grid joints: [x1, y1, x2, y2] in grid steps, y up. */
export type Bar = [number, number, number, number];

export interface TrussSetup {
  cols: number;
  rows: number;
  cellM: number;
  /** Loads on joints in newtons, keyed "x,y": [fx, fy]. */
  loadsN: Map<string, [number, number]>;
  barKgPerM: number;
}

export type TrussResult =
  | { status: 'not-supported'; joint: string }
  | { status: 'not-rigid'; joint: string; bars: number; joints: number }
  | { status: 'ok'; forcesN: number[]; joints: number };

export const GRAVITY_N_PER_KG = 9.81;
/** Axial stiffness E*A of one part (aluminium tube, about 70 GPa x 200 mm2). */
const STIFFNESS_N = 1.4e7;

export const jointKey = (x: number, y: number) => `${x},${y}`;
export const pinKey = () => jointKey(0, 0);
export const rollerKey = (cols: number) => jointKey(cols, 0);
export const barLengthM = (b: Bar, cellM: number) => Math.hypot(b[2] - b[0], b[3] - b[1]) * cellM;

/** Same bar whichever end comes first. */
export const barKey = (b: Bar) => {
  const [x1, y1, x2, y2] = b;
  return x1 < x2 || (x1 === x2 && y1 <= y2) ? `${x1},${y1}-${x2},${y2}` : `${x2},${y2}-${x1},${y1}`;
};

/**
 * Solves A x = b in place by Gaussian elimination with partial pivoting; returns the first
 * column without a pivot. `a` is n x n, row-major; rows are swapped through `rows`.
 */
function solve(a: Float64Array, b: Float64Array, n: number): { x: Float64Array } | { freeColumn: number } {
  let scale = 1;
  for (let e = 0; e < n * n; e++) scale = Math.max(scale, Math.abs(a[e] as number));
  const rows = Int32Array.from({ length: n }, (_, r) => r * n);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++)
      if (
        Math.abs(a[(rows[r] as number) + col] as number) >
        Math.abs(a[(rows[pivot] as number) + col] as number)
      )
        pivot = r;
    if (Math.abs(a[(rows[pivot] as number) + col] as number) < scale * 1e-9) return { freeColumn: col };
    [rows[col], rows[pivot]] = [rows[pivot] as number, rows[col] as number];
    [b[col], b[pivot]] = [b[pivot] as number, b[col] as number];
    const top = rows[col] as number;
    for (let r = col + 1; r < n; r++) {
      const row = rows[r] as number;
      const f = (a[row + col] as number) / (a[top + col] as number);
      if (f === 0) continue;
      for (let c = col; c < n; c++) a[row + c] = (a[row + c] as number) - f * (a[top + c] as number);
      b[r] = (b[r] as number) - f * (b[col] as number);
    }
  }
  const x = new Float64Array(n);
  for (let r = n - 1; r >= 0; r--) {
    let sum = b[r] as number;
    const row = rows[r] as number;
    for (let c = r + 1; c < n; c++) sum -= (a[row + c] as number) * (x[c] as number);
    x[r] = sum / (a[row + r] as number);
  }
  return { x };
}

/** Analyses the truss made of `bars` (already on the grid, no duplicates). */
export function analyseTruss(setup: TrussSetup, bars: readonly Bar[]): TrussResult {
  // Joints by grid position (x * (rows + 1) + y), numbered in the order the bars name them.
  const height = setup.rows + 1;
  const at = (x: number, y: number) => x * height + y;
  const index = new Int32Array((setup.cols + 1) * height).fill(-1);
  const joints: number[] = [];
  const keyOf = (i: number) =>
    jointKey(Math.floor((joints[i] as number) / height), (joints[i] as number) % height);
  const ends = new Int32Array(bars.length * 2);
  bars.forEach((b, n) => {
    for (const [end, x, y] of [
      [0, b[0], b[1]],
      [1, b[2], b[3]],
    ] as const) {
      const position = at(x, y);
      if (index[position] === -1) {
        index[position] = joints.length;
        joints.push(position);
      }
      ends[2 * n + end] = index[position] as number;
    }
  });
  const loads = [...setup.loadsN].map(([key, load]) => {
    const [x, y] = key.split(',').map(Number) as [number, number];
    const joint = x >= 0 && x <= setup.cols && y >= 0 && y <= setup.rows ? (index[at(x, y)] as number) : -1;
    return { key, load, joint };
  });
  for (const { key, load, joint } of loads)
    if ((load[0] !== 0 || load[1] !== 0) && joint < 0) return { status: 'not-supported', joint: key };
  const pin = index[at(0, 0)] as number;
  const roller = index[at(setup.cols, 0)] as number;
  if (pin < 0) return { status: 'not-supported', joint: pinKey() };
  if (roller < 0) return { status: 'not-supported', joint: rollerKey(setup.cols) };
  // Parts with no support float away.
  const group = joints.map((_, i) => i);
  const find = (i: number): number => {
    const up = group[i] as number;
    return up === i ? i : find(up);
  };
  for (let n = 0; n < bars.length; n++) group[find(ends[2 * n] as number)] = find(ends[2 * n + 1] as number);
  const supported = find(pin);
  const loose = joints.findIndex((_, i) => find(i) !== supported);
  if (loose >= 0) return { status: 'not-supported', joint: keyOf(loose) };

  // Stiffness and loads on the free degrees of freedom (x and y of each joint; the pin is fixed,
  // the roller only moves sideways), each entry summed in the same order as a full matrix would.
  const dofs = joints.length * 2;
  const fixed = new Set([2 * pin, 2 * pin + 1, 2 * roller + 1]);
  const freeIndex = new Int32Array(dofs).fill(-1);
  const free: number[] = [];
  for (let d = 0; d < dofs; d++)
    if (!fixed.has(d)) {
      freeIndex[d] = free.length;
      free.push(d);
    }
  const n = free.length;
  const k = new Float64Array(n * n);
  const f = new Float64Array(dofs);
  for (const { load, joint: i } of loads) {
    if (i < 0) continue;
    f[2 * i] = (f[2 * i] as number) + load[0];
    f[2 * i + 1] = (f[2 * i + 1] as number) + load[1];
  }
  const sign = [1, 1, -1, -1];
  bars.forEach((b, bar) => {
    const i = ends[2 * bar] as number;
    const j = ends[2 * bar + 1] as number;
    const lengthM = barLengthM(b, setup.cellM);
    const c = ((b[2] - b[0]) * setup.cellM) / lengthM;
    const s = ((b[3] - b[1]) * setup.cellM) / lengthM;
    const stiffness = STIFFNESS_N / lengthM;
    const local = [c * c, c * s, s * s];
    const barDofs = [2 * i, 2 * i + 1, 2 * j, 2 * j + 1];
    for (let p = 0; p < 4; p++) {
      const row = freeIndex[barDofs[p] as number] as number;
      if (row < 0) continue;
      for (let q = 0; q < 4; q++) {
        const column = freeIndex[barDofs[q] as number] as number;
        if (column < 0) continue;
        const term = local[(p % 2) + (q % 2)] as number;
        k[row * n + column] =
          (k[row * n + column] as number) + stiffness * term * (sign[p] as number) * (sign[q] as number);
      }
    }
    const weightN = setup.barKgPerM * lengthM * GRAVITY_N_PER_KG;
    f[2 * i + 1] = (f[2 * i + 1] as number) - weightN / 2;
    f[2 * j + 1] = (f[2 * j + 1] as number) - weightN / 2;
  });
  const result = solve(
    k,
    Float64Array.from(free, (d) => f[d] as number),
    n,
  );
  if ('freeColumn' in result) {
    const dof = free[result.freeColumn] as number;
    return {
      status: 'not-rigid',
      joint: keyOf(Math.floor(dof / 2)),
      bars: bars.length,
      joints: joints.length,
    };
  }
  const u = new Float64Array(dofs);
  free.forEach((d, i) => {
    u[d] = result.x[i] as number;
  });
  const forcesN = bars.map((b, bar) => {
    const i = ends[2 * bar] as number;
    const j = ends[2 * bar + 1] as number;
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
