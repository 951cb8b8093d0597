// The table of the shortest-light-program search: for every part target[i..j) of the pattern,
// entered in colour a and left in colour b, the fewest blocks and how they play it, kept in flat
// typed arrays with back-pointers so that only the winning program is ever built.
import { LIGHT_COLOURS } from './lightProgram';

const COLOURS = LIGHT_COLOURS.length;
const PAIRS = COLOURS * COLOURS;
/** More blocks than any program has; a sum with it stays at least this large, so it never wins. */
export const NONE = 1 << 28;

/** How the main step (inside any colour blocks around the part) plays a part. */
export enum MainStep {
  None,
  Empty,
  Flash,
  Wait,
  /** Two parts joined at beat `split`, in colour `colour` in between. */
  Join,
  /** A repeat around a body of `split` beats that keeps its colour. */
  RepeatSame,
  /** A repeat around a colour block `colour` and a body of `split` beats. */
  RepeatColour,
}

const lowestBit = (mask: number) => 31 - Math.clz32(mask & -mask);

/**
 * The costs of a finished part all lie within 2 of its cheapest entry (c, m): entering in another
 * colour, a colour block c in front; leaving in another colour, a colour block behind. So per entry colour a the costs to the end colours
 * are the row's lowest plus 0, 1 or 2, kept as the masks of end colours at +0 and at most +1;
 * the same per end colour over the entry colours. A join then needs no loop over the middle
 * colour: the masks say at once how much above the two lowest it costs and where.
 */
export class LightPartTable {
  private readonly cost: Int32Array;
  private readonly step: Uint8Array;
  private readonly split: Int16Array;
  private readonly stepColour: Int8Array;
  /** The colour block in front of the main step, or -1. */
  private readonly colourBefore: Int8Array;
  /** The end colour of the main step (and the block before it) when a colour block follows, or -1. */
  private readonly colourAfter: Int8Array;
  /** Per part and entry colour: the lowest cost, the end colours at it and at most one above. */
  private readonly fromLowest: Int32Array;
  private readonly fromAt: Uint8Array;
  private readonly fromNear: Uint8Array;
  /** Per part and end colour: the lowest cost, the entry colours at it and at most one above. */
  private readonly toLowest: Int32Array;
  private readonly toAt: Uint8Array;
  private readonly toNear: Uint8Array;
  /** The fewest blocks of a part, whatever its colours. */
  private readonly fewest: Int32Array;
  private readonly withBefore = new Int32Array(PAIRS);
  /** Per split k of the part being filled: its floor, and the lowest floor from k on. */
  private readonly splitFloor: Int32Array;
  private readonly laterFloor: Int32Array;
  private readonly rowHighest = new Int32Array(COLOURS);

  constructor(private readonly beats: number) {
    const parts = (beats + 1) * (beats + 1);
    this.cost = new Int32Array(parts * PAIRS).fill(NONE);
    this.step = new Uint8Array(parts * PAIRS);
    this.split = new Int16Array(parts * PAIRS);
    this.stepColour = new Int8Array(parts * PAIRS);
    this.colourBefore = new Int8Array(parts * PAIRS).fill(-1);
    this.colourAfter = new Int8Array(parts * PAIRS).fill(-1);
    this.fromLowest = new Int32Array(parts * COLOURS);
    this.fromAt = new Uint8Array(parts * COLOURS);
    this.fromNear = new Uint8Array(parts * COLOURS);
    this.toLowest = new Int32Array(parts * COLOURS);
    this.toAt = new Uint8Array(parts * COLOURS);
    this.toNear = new Uint8Array(parts * COLOURS);
    this.fewest = new Int32Array(parts);
    this.splitFloor = new Int32Array(beats + 2);
    this.laterFloor = new Int32Array(beats + 2);
  }

  private part(i: number, j: number): number {
    return i * (this.beats + 1) + j;
  }

  private index(i: number, j: number, a: number, b: number): number {
    return this.part(i, j) * PAIRS + a * COLOURS + b;
  }

  costOf(i: number, j: number, a: number, b: number): number {
    return this.cost[this.index(i, j, a, b)] as number;
  }

  /** The fewest blocks for target[i..j) that end in colour b, whatever the entry colour. */
  cheapestTo(i: number, j: number, b: number): number {
    return this.toLowest[this.part(i, j) * COLOURS + b] as number;
  }

  /**
   * The first middle colour of the cheapest join of a left part entered in colour a (at `left`
   * = part * COLOURS + a) and a right part left in colour b (at `right`), when that join costs
   * at most `bound`; else -1.
   */
  private cheapestJoin(left: number, right: number, bound: number): number {
    const lowest = (this.fromLowest[left] as number) + (this.toLowest[right] as number);
    if (lowest > bound) return -1;
    const fromAt = this.fromAt[left] as number;
    const toAt = this.toAt[right] as number;
    if ((fromAt & toAt) !== 0) return lowestBit(fromAt & toAt);
    if (lowest + 1 > bound) return -1;
    const fromNear = this.fromNear[left] as number;
    const toNear = this.toNear[right] as number;
    const oneAbove = (fromAt & toNear) | (fromNear & toAt);
    if (oneAbove !== 0) return lowestBit(oneAbove);
    // Two above: a lowest left half (each side is at most two above its lowest), or two near ones.
    if (lowest + 2 > bound) return -1;
    return lowestBit(fromAt | (fromNear & toNear) | toAt);
  }

  /**
   * Goes through the splits of target[i..j) in order and keeps, for every entry a and end b
   * (at a * COLOURS + b), the first cheapest join that costs at most `bound[e]`: its cost into
   * `join[e]` (else NONE), its split and middle colour as the main step. A split whose floor is
   * above every bound is skipped at once, and the search ends when no later floor is low enough.
   */
  firstJoins(i: number, j: number, bound: Int32Array, join: Int32Array): void {
    join.fill(NONE);
    const floor = this.splitFloor;
    const later = this.laterFloor;
    later[j] = NONE;
    for (let k = j - 1; k > i; k--) {
      floor[k] = (this.fewest[this.part(i, k)] as number) + (this.fewest[this.part(k, j)] as number);
      later[k] = Math.min(floor[k] as number, later[k + 1] as number);
    }
    // The highest bound of each entry colour's row, and of all rows.
    const rowHighest = this.rowHighest;
    for (let a = 0; a < COLOURS; a++) rowHighest[a] = highestOf(bound, a * COLOURS);
    let highest = highestOf(rowHighest, 0);
    for (let k = i + 1; k < j && highest >= (later[k] as number); k++) {
      if ((floor[k] as number) > highest) continue;
      const left = this.part(i, k) * COLOURS;
      const right = this.part(k, j) * COLOURS;
      const rightFewest = this.fewest[this.part(k, j)] as number;
      let found = false;
      for (let a = 0; a < COLOURS; a++) {
        const fromLowest = this.fromLowest[left + a] as number;
        if (fromLowest + rightFewest > (rowHighest[a] as number)) continue;
        let foundInRow = false;
        for (let b = 0; b < COLOURS; b++) {
          const e = a * COLOURS + b;
          if (fromLowest + (this.toLowest[right + b] as number) > (bound[e] as number)) continue;
          const m = this.cheapestJoin(left + a, right + b, bound[e] as number);
          if (m < 0) continue;
          const cost = this.costOf(i, k, a, m) + this.costOf(k, j, m, b);
          join[e] = cost;
          bound[e] = cost - 1;
          this.setMain(i, j, a, b, MainStep.Join, k, m);
          foundInRow = true;
        }
        if (foundInRow) rowHighest[a] = highestOf(bound, a * COLOURS);
        found ||= foundInRow;
      }
      if (found) highest = highestOf(rowHighest, 0);
    }
  }

  /** Marks every main step of target[i..j) as not found yet. */
  clearMain(i: number, j: number): void {
    const base = this.part(i, j) * PAIRS;
    this.step.fill(MainStep.None, base, base + PAIRS);
  }

  setMain(i: number, j: number, a: number, b: number, step: MainStep, split: number, colour: number): void {
    const e = this.index(i, j, a, b);
    this.step[e] = step;
    this.split[e] = split;
    this.stepColour[e] = colour;
  }

  mainOf(i: number, j: number, a: number, b: number): { step: MainStep; split: number; colour: number } {
    const e = this.index(i, j, a, b);
    return {
      step: this.step[e] as MainStep,
      split: this.split[e] as number,
      colour: this.stepColour[e] as number,
    };
  }

  colourBeforeOf(i: number, j: number, a: number, b: number): number {
    return this.colourBefore[this.index(i, j, a, b)] as number;
  }

  colourAfterOf(i: number, j: number, a: number, b: number): number {
    return this.colourAfter[this.index(i, j, a, b)] as number;
  }

  /**
   * Completes part target[i..j) from its main steps `main` (a * COLOURS + b): a colour block
   * in front changes the entry colour, then one at the end changes the end colour. Each takes
   * the first cheapest colour, and only when strictly cheaper than what the part had.
   */
  addColourBlocks(i: number, j: number, main: Int32Array): void {
    const base = this.part(i, j) * PAIRS;
    const withBefore = this.withBefore;
    for (let b = 0; b < COLOURS; b++) {
      const [first, second] = twoCheapest(main, b, COLOURS);
      for (let a = 0; a < COLOURS; a++) {
        const c = a === first ? second : first;
        const e = a * COLOURS + b;
        const viaColour = 1 + (main[c * COLOURS + b] as number);
        withBefore[e] = Math.min(main[e] as number, viaColour);
        if (viaColour < (main[e] as number)) this.colourBefore[base + e] = c;
      }
    }
    for (let a = 0; a < COLOURS; a++) {
      const [first, second] = twoCheapest(withBefore, a * COLOURS, 1);
      for (let b = 0; b < COLOURS; b++) {
        const m = b === first ? second : first;
        const e = a * COLOURS + b;
        const viaColour = (withBefore[a * COLOURS + m] as number) + 1;
        this.cost[base + e] = Math.min(withBefore[e] as number, viaColour);
        if (viaColour < (withBefore[e] as number)) this.colourAfter[base + e] = m;
      }
    }
    const ends = this.part(i, j) * COLOURS;
    let fewest = NONE;
    for (let x = 0; x < COLOURS; x++) {
      this.fromLowest[ends + x] = NONE;
      this.toLowest[ends + x] = NONE;
      this.fromAt[ends + x] = 0;
      this.fromNear[ends + x] = 0;
      this.toAt[ends + x] = 0;
      this.toNear[ends + x] = 0;
    }
    for (let a = 0; a < COLOURS; a++)
      for (let b = 0; b < COLOURS; b++) {
        const c = this.cost[base + a * COLOURS + b] as number;
        this.fromLowest[ends + a] = Math.min(this.fromLowest[ends + a] as number, c);
        this.toLowest[ends + b] = Math.min(this.toLowest[ends + b] as number, c);
        fewest = Math.min(fewest, c);
      }
    for (let a = 0; a < COLOURS; a++)
      for (let b = 0; b < COLOURS; b++) {
        const c = this.cost[base + a * COLOURS + b] as number;
        const aboveFrom = c - (this.fromLowest[ends + a] as number);
        const aboveTo = c - (this.toLowest[ends + b] as number);
        if (aboveFrom === 0) this.fromAt[ends + a] = (this.fromAt[ends + a] as number) | (1 << b);
        if (aboveFrom <= 1) this.fromNear[ends + a] = (this.fromNear[ends + a] as number) | (1 << b);
        if (aboveTo === 0) this.toAt[ends + b] = (this.toAt[ends + b] as number) | (1 << a);
        if (aboveTo <= 1) this.toNear[ends + b] = (this.toNear[ends + b] as number) | (1 << a);
      }
    this.fewest[this.part(i, j)] = fewest;
  }
}

/** The highest of the COLOURS values from `start` on. */
function highestOf(values: Int32Array, start: number): number {
  let highest = -NONE;
  for (let c = 0; c < COLOURS; c++) highest = Math.max(highest, values[start + c] as number);
  return highest;
}

/** Of the values at start + c * stride: the first colour c of lowest value, and the first of lowest value among the others. */
function twoCheapest(values: Int32Array, start: number, stride: number): [number, number] {
  let first = 0;
  for (let c = 1; c < COLOURS; c++)
    if ((values[start + c * stride] as number) < (values[start + first * stride] as number)) first = c;
  let second = first === 0 ? 1 : 0;
  for (let c = second + 1; c < COLOURS; c++)
    if (c !== first && (values[start + c * stride] as number) < (values[start + second * stride] as number))
      second = c;
  return [first, second];
}
