import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../src/core/random/Rng';
import {
  StageBuildTask,
  type StageBuildVariant,
  stageBuildParamsSchema,
} from '../../../../src/core/tasks/stageBuild/StageBuildTask';
import {
  allBars,
  judgeDesign,
  lightDesign,
  type StageGrid,
  windPressurePa,
} from '../../../../src/core/tasks/stageBuild/stageGrid';
import { analyseTruss, type Bar } from '../../../../src/core/tasks/stageBuild/trussAnalysis';
import { loadTaskFixture } from '../../../helpers/loadTaskFixture';

// Two cells of 2 m, one light of 20 kg in the middle of the top, wind 10 m/s on 2 m2 of cloth.
const grid: StageGrid = {
  cols: 2,
  rows: 1,
  cellM: 2,
  barKgPerM: 2,
  capacityN: 3000,
  lightXs: [1],
  lightKg: 20,
  windN: windPressurePa(10) * 2,
};
const variant: StageBuildVariant = {
  ...grid,
  windMs: 10,
  clothM2PerJoint: 2,
  design: lightDesign(grid) ?? [],
};
const chords: Bar[] = [
  [0, 0, 1, 0],
  [1, 0, 2, 0],
  [0, 1, 1, 1],
  [1, 1, 2, 1],
  [0, 0, 0, 1],
  [1, 0, 1, 1],
  [2, 0, 2, 1],
];
const pratt: Bar[] = [...chords, [0, 0, 1, 1], [2, 0, 1, 1]];
const check = (bars: Bar[]) => StageBuildTask.check(variant, StageBuildTask.answer.parse({ bars }));
const firstKey = (c: { explanation: unknown[] }) => (c.explanation[0] as { key: string }).key;

describe('truss analysis', () => {
  it('finds the forces a pupil can check by hand: a square with a diagonal, loaded at a top corner', () => {
    // Joint (0,1) has no load and only two bars at right angles, so both carry nothing; then the
    // diagonal carries nothing, and the right post carries the whole 981 N in compression.
    const bars: Bar[] = [
      [0, 0, 1, 0],
      [0, 1, 1, 1],
      [0, 0, 0, 1],
      [1, 0, 1, 1],
      [0, 0, 1, 1],
    ];
    const loadsN = new Map<string, [number, number]>([['1,1', [0, -981]]]);
    const result = analyseTruss({ cols: 1, rows: 1, cellM: 2, loadsN, barKgPerM: 0 }, bars);
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.forcesN[3]).toBeCloseTo(-981, 6);
    for (const i of [0, 1, 2, 4]) expect(Math.abs(result.forcesN[i] as number)).toBeLessThan(1e-6);
  });
  it('computes the wind pressure of Eurocode 1: 1/2 x 1.25 x v^2', () => {
    expect(windPressurePa(20)).toBe(250);
  });
});

describe('StageBuildTask.check', () => {
  it('accepts a Pratt truss of 2j - 3 bars with quality 1', () => {
    expect(variant.design).toHaveLength(9);
    const c = check(pratt);
    expect(c).toMatchObject({ correct: true, quality: 1, category: 'correct' });
    expect(c.explanation.map((m) => ('key' in m ? m.key : ''))).toEqual([
      'tasks.stageBuild.explain.right',
      'tasks.stageBuild.explain.triangles',
      'tasks.stageBuild.explain.loads',
    ]);
  });
  it('grades a roof with every bar lower: too heavy', () => {
    expect(check(allBars(2, 1))).toMatchObject({ correct: true, category: 'too-heavy', quality: 0.82 });
  });
  it('recognises squares without diagonals, by the counting rule and by the stiffness check', () => {
    const squares = check(chords);
    expect(squares.category).toBe('not-rigid');
    expect(firstKey(squares)).toBe('tasks.stageBuild.explain.tooFewBars');
    // Enough bars (9 = 2j - 3) but both diagonals in the left cell: the right cell still folds.
    const lopsided = check([...chords, [0, 0, 1, 1], [1, 0, 0, 1]]);
    expect(lopsided.category).toBe('not-rigid');
    expect(firstKey(lopsided)).toBe('tasks.stageBuild.explain.notRigid');
  });
  it('recognises a part that is not attached: a missing foot or a loose top joint', () => {
    const noRoller = pratt.filter((b) => !(b[0] === 2 && b[1] === 0) && !(b[2] === 2 && b[3] === 0));
    expect(check(noRoller).category).toBe('not-supported');
    const c = check(pratt.filter((b) => !(b[2] === 2 && b[3] === 1)));
    expect(c.category).toBe('not-supported');
    expect(c.explanation[0]).toMatchObject({ values: { joint: '(2,1)' } });
  });
  it('recognises an overloaded bar and says whether it is pulled or pushed', () => {
    const heavy: StageBuildVariant = { ...variant, lightKg: 400 };
    const c = StageBuildTask.check(heavy, { bars: pratt });
    expect(c.category).toBe('overloaded-bar');
    expect(['tasks.stageBuild.explain.overloadedPull', 'tasks.stageBuild.explain.overloadedPush']).toContain(
      firstKey(c),
    );
    const verdict = judgeDesign(heavy, pratt);
    expect(verdict.status).toBe('overloaded');
  });
  it('refuses bars off the grid, bars that skip a joint, and answers of the wrong shape', () => {
    expect(check([...pratt, [2, 1, 3, 1]]).category).toBe('invalid');
    expect(check([...pratt, [0, 0, 2, 0]]).category).toBe('invalid');
    expect(StageBuildTask.answer.safeParse({ bars: [[0, 0, 1]] }).success).toBe(false);
    expect(StageBuildTask.answer.safeParse({ bars: [] }).success).toBe(false);
  });
  it('counts a bar placed twice only once', () => {
    expect(check([...pratt, [1, 1, 0, 0]]).quality).toBe(1);
  });
  it('gives hints from triangles to the number of bars', () => {
    expect(StageBuildTask.hints(variant).map((h) => ('key' in h ? h.key : ''))).toEqual([
      'tasks.stageBuild.hint.triangles',
      'tasks.stageBuild.hint.supports',
      'tasks.stageBuild.hint.count',
      'tasks.stageBuild.hint.best',
    ]);
  });
});

describe('the counting rule', () => {
  it('holds for every design that stands: m >= 2j - 3', () => {
    const every = allBars(3, 1);
    fc.assert(
      fc.property(fc.subarray(every, { minLength: 1 }), (bars) => {
        const g: StageGrid = { ...grid, cols: 3, lightXs: [1] };
        const verdict = judgeDesign(g, bars);
        const joints = new Set(bars.flatMap((b) => [`${b[0]},${b[1]}`, `${b[2]},${b[3]}`])).size;
        if (verdict.status === 'ok') expect(bars.length).toBeGreaterThanOrEqual(2 * joints - 3);
      }),
      { numRuns: 300 },
    );
  });
});

describe('StageBuildTask parameters and variants', () => {
  const fixture = loadTaskFixture('stage-build');
  const params = stageBuildParamsSchema.parse(fixture.params);
  it('accepts the sample task', () => {
    expect(StageBuildTask.sensible(params)).toEqual([]);
  });
  it('catches parts too weak for any roof, too many lights and reversed ranges', () => {
    expect(StageBuildTask.sensible({ ...params, capacityN: 100 })[0]?.message).toMatch(/no right answer/);
    expect(StageBuildTask.sensible({ ...params, lights: 6 })[0]?.path).toEqual(['lights']);
    expect(StageBuildTask.sensible({ ...params, windMsMin: 20 })[0]?.path).toEqual(['windMsMax']);
  });
  it('has a right answer of quality 1 for every seed and grid size', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 2 }),
        (seed, cols, rows) => {
          const p = stageBuildParamsSchema.parse({
            ...fixture.params,
            cols,
            rows,
            lights: Math.min(3, cols + 1),
          });
          fc.pre(StageBuildTask.sensible(p).length === 0);
          const v = StageBuildTask.makeVariant(p, createRng(seed));
          expect(StageBuildTask.check(v, StageBuildTask.solve(v))).toMatchObject({
            correct: true,
            quality: 1,
          });
        },
      ),
      { numRuns: 40 },
    );
  });
  it('differs between pupils', () => {
    const seen = new Set(
      [...Array(20)].map((_, i) => JSON.stringify(StageBuildTask.makeVariant(params, createRng(i)))),
    );
    expect(seen.size).toBeGreaterThan(10);
  });
});
