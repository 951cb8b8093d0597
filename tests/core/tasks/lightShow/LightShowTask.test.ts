import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../src/core/random/Rng';
import {
  LightShowTask,
  type LightShowVariant,
  lightShowParamsSchema,
} from '../../../../src/core/tasks/lightShow/LightShowTask';
import {
  blockCount,
  type LightBlock,
  MAX_STEPS,
  runLightProgram,
} from '../../../../src/core/tasks/lightShow/lightProgram';
import { shortestLightProgram } from '../../../../src/core/tasks/lightShow/shortestLightProgram';
import { loadTaskFixture } from '../../../helpers/loadTaskFixture';

// red red blue, three times: 9 beats.
const target = ['red', 'red', 'blue', 'red', 'red', 'blue', 'red', 'red', 'blue'] as const;
const variant: LightShowVariant = {
  target: [...target],
  motifBeats: 3,
  repeats: 3,
  bpm: 120,
  bestBlocks: 4,
  bestProgram: [
    {
      op: 'repeat',
      times: 3,
      body: [
        { op: 'colour', colour: 'red' },
        { op: 'wait', beats: 2 },
        { op: 'flash', colour: 'blue' },
      ],
    },
  ],
};
const check = (program: LightBlock[]) =>
  LightShowTask.check(variant, LightShowTask.answer.parse({ program }));
const red: LightBlock = { op: 'colour', colour: 'red' };
const wait = (beats: number): LightBlock => ({ op: 'wait', beats });
const flash: LightBlock = { op: 'flash', colour: 'blue' };

describe('light program interpreter', () => {
  it('waits in the colour chosen last, flashes for one beat and repeats', () => {
    expect(runLightProgram([wait(1), red, wait(2), flash, wait(1)], 10).beats).toEqual([
      'off',
      'red',
      'red',
      'blue',
      'red',
    ]);
    expect(runLightProgram([{ op: 'repeat', times: 2, body: [flash, red, wait(1)] }], 10).beats).toEqual([
      'blue',
      'red',
      'blue',
      'red',
    ]);
  });
  it('stops a program that would run far too long, so it cannot hang', () => {
    const deep: LightBlock = {
      op: 'repeat',
      times: 16,
      body: [{ op: 'repeat', times: 16, body: [{ op: 'repeat', times: 16, body: [red] }] }],
    };
    const run = runLightProgram([deep, deep, wait(1)], 10);
    expect(run.stopped).toBe(true);
    expect(run.beats.length).toBeLessThanOrEqual(11);
    expect(MAX_STEPS).toBeLessThan(16 ** 3 * 2);
  });
  it('counts the blocks inside a repeat too', () => {
    expect(blockCount(variant.bestProgram)).toBe(4);
  });
});

describe('shortest light program', () => {
  it('uses a repeat block when a part comes back', () => {
    const best = shortestLightProgram([...target]);
    expect(blockCount(best)).toBe(4);
    expect(runLightProgram(best, 9).beats).toEqual(target);
  });
  it('needs two blocks for a long run of one colour', () => {
    const best = shortestLightProgram(['white', 'white', 'white', 'white', 'white']);
    expect(blockCount(best)).toBe(2);
    expect(runLightProgram(best, 5).beats).toEqual(['white', 'white', 'white', 'white', 'white']);
  });
});

describe('LightShowTask.check', () => {
  it('accepts the shortest program with quality 1', () => {
    expect(check(variant.bestProgram)).toMatchObject({ correct: true, quality: 1, category: 'correct' });
  });
  it('accepts a longer right program with a lower quality', () => {
    const long = [red, wait(2), flash, wait(2), flash, wait(2), flash];
    const c = check(long);
    expect(c).toMatchObject({ correct: true, category: 'too-many-blocks', quality: 0.57 }); // 4 / 7
    expect(c.explanation[0]).toMatchObject({ key: 'tasks.lightShow.explain.rightButLong' });
  });
  it('recognises a show that stops too early or runs too long', () => {
    expect(check([{ op: 'repeat', times: 2, body: [red, wait(2), flash] }]).category).toBe('too-short');
    expect(check([{ op: 'repeat', times: 4, body: [red, wait(2), flash] }]).category).toBe('too-long');
  });
  it('recognises a colour held too long (wrong timing)', () => {
    const c = check([{ op: 'repeat', times: 3, body: [red, wait(3), flash] }]);
    expect(c.category).toBe('wrong-timing');
    expect(c.explanation[0]).toMatchObject({
      key: 'tasks.lightShow.explain.wrongTiming',
      values: { beat: 3 },
    });
  });
  it('recognises a wrong colour, like waiting before choosing a colour', () => {
    const early = check([{ op: 'repeat', times: 3, body: [wait(2), red, flash] }]);
    expect(early.category).toBe('wrong-colour');
    expect(early.explanation[0]).toMatchObject({ values: { beat: 1, mine: 'off', want: 'red' } });
    expect(
      check([{ op: 'repeat', times: 3, body: [red, wait(2), { op: 'flash', colour: 'white' }] }]).category,
    ).toBe('wrong-colour');
  });
  it('refuses programs of the wrong shape', () => {
    expect(LightShowTask.answer.safeParse({ program: [] }).success).toBe(false);
    expect(LightShowTask.answer.safeParse({ program: [{ op: 'wait', beats: 0 }] }).success).toBe(false);
    expect(LightShowTask.answer.safeParse({ program: [{ op: 'colour', colour: 'pink' }] }).success).toBe(
      false,
    );
    expect(LightShowTask.answer.safeParse({ program: [{ op: 'repeat', times: 99, body: [] }] }).success).toBe(
      false,
    );
  });
  it('gives hints from counting to the best block count', () => {
    expect(LightShowTask.hints(variant).map((h) => ('key' in h ? h.key : ''))).toEqual([
      'tasks.lightShow.hint.count',
      'tasks.lightShow.hint.repeat',
      'tasks.lightShow.hint.waitHolds',
      'tasks.lightShow.hint.best',
    ]);
  });
});

describe('LightShowTask parameters and variants', () => {
  const fixture = loadTaskFixture('light-show');
  const params = lightShowParamsSchema.parse(fixture.params);
  it('accepts the sample task', () => {
    expect(LightShowTask.sensible(params)).toEqual([]);
  });
  it('catches a show longer than the limit and reversed ranges', () => {
    expect(LightShowTask.sensible({ ...params, motifBeatsMax: 12, repeatsMax: 8 })[0]?.message).toMatch(
      /96 beats/,
    );
    expect(LightShowTask.sensible({ ...params, repeatsMin: 4, repeatsMax: 2 })[0]?.path).toEqual([
      'repeatsMax',
    ]);
    expect(LightShowTask.sensible({ ...params, palette: ['red', 'red'] })[0]?.path).toEqual(['palette']);
  });
  it('has a right answer of quality 1 for every seed that plays exactly the target', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 1, max: 6 }), (seed, motif) => {
        const p = lightShowParamsSchema.parse({
          ...fixture.params,
          motifBeatsMin: motif,
          motifBeatsMax: motif,
        });
        const v = LightShowTask.makeVariant(p, createRng(seed));
        const answer = LightShowTask.solve(v);
        expect(LightShowTask.check(v, LightShowTask.answer.parse(answer))).toMatchObject({
          correct: true,
          quality: 1,
        });
        expect(blockCount(answer.program)).toBeLessThanOrEqual(v.target.length + 1);
      }),
      { numRuns: 40 },
    );
  });
  it('differs between pupils', () => {
    const seen = new Set(
      [...Array(20)].map((_, i) => LightShowTask.makeVariant(params, createRng(i)).target.join()),
    );
    expect(seen.size).toBeGreaterThan(10);
  });
});
