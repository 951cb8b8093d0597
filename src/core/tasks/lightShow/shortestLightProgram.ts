// Finds a shortest block program that plays a target light pattern, by dynamic programming
// over the pattern's parts: one wait for a run of one colour, a flash for one beat, joining two
// parts, or a repeat around a part that comes back. It is exact for programs of these shapes.
import { LIGHT_COLOURS, type LightBlock, type LightColour, MAX_REPEAT, MAX_WAIT_BEATS } from './lightProgram';

interface Best {
  cost: number;
  program: LightBlock[];
}

const NONE: Best = { cost: Number.POSITIVE_INFINITY, program: [] };
const COLOURS = LIGHT_COLOURS.length;

/** A shortest program (fewest blocks) that starts from a dark light and plays `target`. */
export function shortestLightProgram(target: readonly LightColour[]): LightBlock[] {
  const n = target.length;
  const colourIndex = target.map((c) => LIGHT_COLOURS.indexOf(c));
  // best[i][j][a][b]: part target[i..j), entered with colour a, left with colour b.
  const best: Best[][][][] = [];
  const at = (i: number, j: number) => best[i]?.[j] as Best[][];
  for (let i = 0; i <= n; i++) best.push([]);
  const periodic = (i: number, j: number, p: number) => {
    for (let x = i + p; x < j; x++) if (colourIndex[x] !== colourIndex[x - p]) return false;
    return true;
  };
  for (let length = 0; length <= n; length++) {
    for (let i = 0; i + length <= n; i++) {
      const j = i + length;
      const table: Best[][] = Array.from({ length: COLOURS }, () => Array(COLOURS).fill(NONE));
      const offer = (a: number, b: number, cost: number, program: () => LightBlock[]) => {
        if (cost < ((table[a] as Best[])[b] as Best).cost)
          (table[a] as Best[])[b] = { cost, program: program() };
      };
      for (let a = 0; a < COLOURS; a++) {
        if (length === 0) {
          offer(a, a, 0, () => []);
          continue;
        }
        const first = colourIndex[i] as number;
        if (length === 1)
          offer(a, a, 1, () => [{ op: 'flash', colour: LIGHT_COLOURS[first] as LightColour }]);
        const oneColour = colourIndex.slice(i, j).every((c) => c === first);
        if (oneColour && a === first && length <= MAX_WAIT_BEATS)
          offer(a, a, 1, () => [{ op: 'wait', beats: length }]);
        for (let k = i + 1; k < j; k++) {
          for (let m = 0; m < COLOURS; m++) {
            const left = at(i, k)[a]?.[m] as Best;
            if (left.cost === Number.POSITIVE_INFINITY) continue;
            for (let b = 0; b < COLOURS; b++) {
              const right = at(k, j)[m]?.[b] as Best;
              offer(a, b, left.cost + right.cost, () => [...left.program, ...right.program]);
            }
          }
        }
        for (let p = 1; p <= length / 2; p++) {
          const times = length / p;
          if (!Number.isInteger(times) || times > MAX_REPEAT || !periodic(i, j, p)) continue;
          const part = at(i, i + p);
          // A body that keeps the colour it starts with plays the same every time.
          const same = part[a]?.[a] as Best;
          offer(a, a, 1 + same.cost, () => [{ op: 'repeat', times, body: same.program }]);
          // A body that sets its own colour first plays the same whatever came before.
          for (let c = 0; c < COLOURS; c++) {
            for (let b = 0; b < COLOURS; b++) {
              const body = part[c]?.[b] as Best;
              offer(a, b, 2 + body.cost, () => [
                {
                  op: 'repeat',
                  times,
                  body: [{ op: 'colour', colour: LIGHT_COLOURS[c] as LightColour }, ...body.program],
                },
              ]);
            }
          }
        }
      }
      // A colour block before or after the part changes the colour it starts or ends with.
      const before = table.map((row) => [...row]);
      for (let a = 0; a < COLOURS; a++)
        for (let c = 0; c < COLOURS; c++)
          for (let b = 0; b < COLOURS; b++) {
            const rest = before[c]?.[b] as Best;
            if (c !== a)
              offer(a, b, 1 + rest.cost, () => [
                { op: 'colour', colour: LIGHT_COLOURS[c] as LightColour },
                ...rest.program,
              ]);
          }
      const middle = table.map((row) => [...row]);
      for (let a = 0; a < COLOURS; a++)
        for (let m = 0; m < COLOURS; m++)
          for (let b = 0; b < COLOURS; b++) {
            const head = middle[a]?.[m] as Best;
            if (m !== b)
              offer(a, b, head.cost + 1, () => [
                ...head.program,
                { op: 'colour', colour: LIGHT_COLOURS[b] as LightColour },
              ]);
          }
      (best[i] as Best[][][])[j] = table;
    }
  }
  const start = at(0, n)[0] as Best[];
  return start.reduce((x, y) => (y.cost < x.cost ? y : x), NONE).program;
}
