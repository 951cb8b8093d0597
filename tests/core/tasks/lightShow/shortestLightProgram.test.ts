// The fast shortest-program solver against the one it replaced (kept here as the reference):
// the very same program for random patterns, and that program plays its pattern.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  blockCount,
  LIGHT_COLOURS,
  type LightBlock,
  type LightColour,
  MAX_REPEAT,
  MAX_WAIT_BEATS,
  runLightProgram,
} from '../../../../src/core/tasks/lightShow/lightProgram';
import { shortestLightProgram } from '../../../../src/core/tasks/lightShow/shortestLightProgram';

interface Best {
  cost: number;
  program: LightBlock[];
}

const NONE: Best = { cost: Number.POSITIVE_INFINITY, program: [] };
const COLOURS = LIGHT_COLOURS.length;

/** The solver before it used typed arrays (commit 57722aa), kept as the reference. */
function referenceShortestLightProgram(target: readonly LightColour[]): LightBlock[] {
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

/** A few colours of the seven, as a level's palette has (few colours give many equal programs). */
const palette = fc.shuffledSubarray([...LIGHT_COLOURS], { minLength: 1, maxLength: 7 });
/** Any pattern over a palette. */
const anyPattern = palette.chain((colours) => fc.array(fc.constantFrom(...colours), { maxLength: 12 }));
/** A pattern like the game makes: a motif of colour runs, repeated. */
const showPattern = palette.chain((colours) =>
  fc
    .record({
      motif: fc.array(fc.tuple(fc.constantFrom(...colours), fc.integer({ min: 1, max: 3 })), {
        minLength: 1,
        maxLength: 6,
      }),
      repeats: fc.integer({ min: 1, max: 6 }),
    })
    .map(({ motif, repeats }) => {
      const once = motif.flatMap(([c, beats]) => Array<LightColour>(beats).fill(c));
      return Array.from({ length: repeats }, () => once)
        .flat()
        .slice(0, 20);
    }),
);

describe('shortestLightProgram against the reference solver', () => {
  const same = (target: LightColour[]) => {
    const fast = shortestLightProgram(target);
    const reference = referenceShortestLightProgram(target);
    expect(fast).toEqual(reference);
    expect(blockCount(fast)).toBe(blockCount(reference));
    expect(runLightProgram(fast, target.length).beats).toEqual(target);
  };
  it('returns the same program for random patterns', () => {
    fc.assert(fc.property(anyPattern, same), { numRuns: 200 });
  });
  it('returns the same program for repeated motifs like the levels make', () => {
    fc.assert(fc.property(showPattern, same), { numRuns: 80 });
  });
  it('returns the same program for long one-colour runs and the longest show', () => {
    same(Array<LightColour>(MAX_WAIT_BEATS + 3).fill('white'));
    same(Array<LightColour>(MAX_REPEAT + 1).fill('red'));
    const motif: LightColour[] = ['red', 'red', 'blue', 'green', 'purple', 'purple', 'white', 'yellow'];
    same([...motif, ...motif, ...motif, ...motif]);
  });
  it('plays nothing for an empty pattern', () => {
    expect(shortestLightProgram([])).toEqual([]);
  });
});
