import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../src/core/random/Rng';
import { LightShowTask, lightShowParamsSchema } from '../../../../src/core/tasks/lightShow/LightShowTask';
import {
  newToken,
  programToTokens,
  stepToken,
  tokenDepths,
  tokensToProgram,
} from '../../../../src/game/tasks/views/lightTokens';

describe('light-show editor lines', () => {
  it('turns repeat ... end lines into a nested program, closing an open repeat at the end', () => {
    const program = tokensToProgram([
      { op: 'colour', colour: 'blue' },
      { op: 'repeat', times: 3 },
      { op: 'wait', beats: 2 },
      { op: 'end' },
      { op: 'end' },
      { op: 'repeat', times: 2 },
      { op: 'flash', colour: 'white' },
    ]);
    expect(program).toEqual([
      { op: 'colour', colour: 'blue' },
      { op: 'repeat', times: 3, body: [{ op: 'wait', beats: 2 }] },
      { op: 'repeat', times: 2, body: [{ op: 'flash', colour: 'white' }] },
    ]);
  });
  it('indents the lines inside a repeat', () => {
    expect(tokenDepths([newToken('repeat'), newToken('wait'), newToken('end'), newToken('wait')])).toEqual([
      0, 1, 0, 0,
    ]);
  });
  it('keeps counts between 1 and 16 and lets colours go round', () => {
    expect(stepToken({ op: 'wait', beats: 1 }, -1)).toEqual({ op: 'wait', beats: 1 });
    expect(stepToken({ op: 'repeat', times: 16 }, 1)).toEqual({ op: 'repeat', times: 16 });
    expect(stepToken({ op: 'colour', colour: 'white' }, 1)).toEqual({ op: 'colour', colour: 'off' });
  });
  it('writes every solver program as lines that read back to the same program', () => {
    const params = lightShowParamsSchema.parse({
      palette: ['red', 'blue', 'white'],
      motifBeatsMin: 2,
      motifBeatsMax: 4,
      repeatsMin: 1,
      repeatsMax: 4,
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const { program } = LightShowTask.solve(LightShowTask.makeVariant(params, createRng(seed)));
        expect(tokensToProgram(programToTokens(program))).toEqual(program);
      }),
      { numRuns: 30 },
    );
  });
});
