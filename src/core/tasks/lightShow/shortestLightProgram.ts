// Finds a shortest block program that plays a target light pattern, by dynamic programming
// over the pattern's parts: one wait for a run of one colour, a flash for one beat, joining two
// parts, or a repeat around a part that comes back. It is exact for programs of these shapes.
// The table (LightPartTable) keeps only costs and back-pointers; the one winner is built at the end.
import { LightPartTable, MainStep, NONE } from './LightPartTable';
import { LIGHT_COLOURS, type LightBlock, type LightColour, MAX_REPEAT, MAX_WAIT_BEATS } from './lightProgram';

const COLOURS = LIGHT_COLOURS.length;

/**
 * A shortest program (fewest blocks) that starts from a dark light and plays `target`.
 * Among programs of equal length it keeps the first one found, in the order the steps are tried:
 * one block, then joins (by split beat, then middle colour), then repeats (by body length, then
 * body colour); then a colour block before the part, then one after it.
 */
export function shortestLightProgram(target: readonly LightColour[]): LightBlock[] {
  const n = target.length;
  const colours = target.map((c) => LIGHT_COLOURS.indexOf(c));
  const table = new LightPartTable(n);
  const scratch = newScratch();
  for (let length = 0; length <= n; length++)
    for (let i = 0; i + length <= n; i++) {
      fillMainSteps(table, colours, i, i + length, scratch);
      table.addColourBlocks(i, i + length, scratch.main);
    }
  // From a dark light (colour 0), ending in any colour: the first of the cheapest.
  let end = 0;
  for (let b = 1; b < COLOURS; b++) if (table.costOf(0, n, 0, b) < table.costOf(0, n, 0, end)) end = b;
  const program: LightBlock[] = [];
  if (table.costOf(0, n, 0, end) < NONE) rebuild(table, target, 0, n, 0, end, 3, program);
  return program;
}

/** The body lengths p of target[i..j) that a repeat can play: the part is p beats, again and again. */
function repeatPeriods(colours: readonly number[], i: number, j: number): number[] {
  const periods: number[] = [];
  for (let p = 1; p <= (j - i) / 2; p++) {
    const times = (j - i) / p;
    if (!Number.isInteger(times) || times > MAX_REPEAT) continue;
    let periodic = true;
    for (let x = i + p; x < j && periodic; x++) periodic = colours[x] === colours[x - p];
    if (periodic) periods.push(p);
  }
  return periods;
}

/** Work arrays of one part, per entry colour a and end colour b (at a * COLOURS + b). */
interface Scratch {
  /** The part's main steps (the result). */
  main: Int32Array;
  /** One block (empty part, flash or wait) and the cheapest repeat, or NONE. */
  single: Int32Array;
  repeat: Int32Array;
  /** The most a join may cost to win; then the cheapest join. */
  bound: Int32Array;
  join: Int32Array;
}

const newScratch = (): Scratch => ({
  main: new Int32Array(COLOURS * COLOURS),
  single: new Int32Array(COLOURS * COLOURS),
  repeat: new Int32Array(COLOURS * COLOURS),
  bound: new Int32Array(COLOURS * COLOURS),
  join: new Int32Array(COLOURS * COLOURS),
});

/**
 * Fills the main steps of target[i..j) for every entry colour a and end colour b into `s.main`,
 * and their back-pointers into the table; the smaller parts are done. The steps are tried in
 * the order one block, joins, repeats, and a later one wins only when it is cheaper: so a join
 * must cost less than the one block and no more than the cheapest repeat.
 */
function fillMainSteps(t: LightPartTable, colours: readonly number[], i: number, j: number, s: Scratch) {
  const length = j - i;
  const first = colours[i] as number;
  let oneColour = length > 0;
  for (let x = i; x < j && oneColour; x++) oneColour = colours[x] === first;
  t.clearMain(i, j);
  s.single.fill(NONE);
  s.repeat.fill(NONE);
  for (let a = 0; a < COLOURS; a++)
    if (length <= 1 || (oneColour && a === first && length <= MAX_WAIT_BEATS)) {
      s.single[a * COLOURS + a] = Math.min(length, 1);
      t.setMain(
        i,
        j,
        a,
        a,
        length === 0 ? MainStep.Empty : length === 1 ? MainStep.Flash : MainStep.Wait,
        0,
        0,
      );
    }
  const periods = repeatPeriods(colours, i, j);
  for (const p of periods)
    for (let b = 0; b < COLOURS; b++) {
      // A body that sets its own colour first plays the same whatever came before.
      const own = 2 + t.cheapestTo(i, i + p, b);
      for (let a = 0; a < COLOURS; a++) {
        const e = a * COLOURS + b;
        s.repeat[e] = Math.min(s.repeat[e] as number, own);
        // A body that keeps the colour it starts with plays the same every time.
        if (a === b) s.repeat[e] = Math.min(s.repeat[e] as number, 1 + t.costOf(i, i + p, a, a));
      }
    }
  for (let e = 0; e < COLOURS * COLOURS; e++)
    s.bound[e] = Math.min((s.single[e] as number) - 1, s.repeat[e] as number);
  t.firstJoins(i, j, s.bound, s.join);
  for (let e = 0; e < COLOURS * COLOURS; e++) {
    const single = s.single[e] as number;
    const repeat = s.repeat[e] as number;
    const join = s.join[e] as number;
    if (join < NONE) s.main[e] = join;
    else if (repeat < single) {
      s.main[e] = repeat;
      setRepeat(t, periods, i, j, Math.floor(e / COLOURS), e % COLOURS, repeat);
    } else s.main[e] = single;
  }
}

/** Records the first repeat (by body length, then colour) that costs `cost`. */
function setRepeat(
  t: LightPartTable,
  periods: number[],
  i: number,
  j: number,
  a: number,
  b: number,
  cost: number,
) {
  for (const p of periods) {
    if (a === b && 1 + t.costOf(i, i + p, a, a) === cost)
      return t.setMain(i, j, a, b, MainStep.RepeatSame, p, 0);
    for (let c = 0; c < COLOURS; c++)
      if (2 + t.costOf(i, i + p, c, b) === cost) return t.setMain(i, j, a, b, MainStep.RepeatColour, p, c);
  }
}

const colourBlock = (c: number): LightBlock => ({ op: 'colour', colour: LIGHT_COLOURS[c] as LightColour });

/**
 * Appends the program of target[i..j) from colour a to colour b to `out`. `layer` 3 is the
 * part's best, 2 the best without a colour block after the main step, 1 the main step alone.
 */
function rebuild(
  t: LightPartTable,
  target: readonly LightColour[],
  i: number,
  j: number,
  a: number,
  b: number,
  layer: number,
  out: LightBlock[],
): void {
  const after = t.colourAfterOf(i, j, a, b);
  if (layer === 3 && after >= 0) {
    rebuild(t, target, i, j, a, after, 2, out);
    out.push(colourBlock(b));
    return;
  }
  const before = t.colourBeforeOf(i, j, a, b);
  if (layer >= 2 && before >= 0) {
    out.push(colourBlock(before));
    rebuild(t, target, i, j, before, b, 1, out);
    return;
  }
  const { step, split: k, colour } = t.mainOf(i, j, a, b);
  if (step === MainStep.Flash) out.push({ op: 'flash', colour: target[i] as LightColour });
  else if (step === MainStep.Wait) out.push({ op: 'wait', beats: j - i });
  else if (step === MainStep.Join) {
    rebuild(t, target, i, k, a, colour, 3, out);
    rebuild(t, target, k, j, colour, b, 3, out);
  } else if (step === MainStep.RepeatSame) {
    const body: LightBlock[] = [];
    rebuild(t, target, i, i + k, a, a, 3, body);
    out.push({ op: 'repeat', times: (j - i) / k, body });
  } else if (step === MainStep.RepeatColour) {
    const body: LightBlock[] = [colourBlock(colour)];
    rebuild(t, target, i, i + k, colour, b, 3, body);
    out.push({ op: 'repeat', times: (j - i) / k, body });
  }
}
