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

/** Solves A x = b in place by Gaussian elimination with partial pivoting; returns the first column without a pivot. */
function solve(a: number[][], b: number[]): { x: number[] } | { freeColumn: number } {
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

/** Analyses the truss made of `bars` (already on the grid, no duplicates). */
export function analyseTruss(setup: TrussSetup, bars: readonly Bar[]): TrussResult {
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
  const result = solve(
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
