import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../src/core/random/Rng';
import { QuestionTask, questionParamsSchema } from '../../../../src/core/tasks/question/QuestionTask';

const t = (s: string) => ({ nl: s, fr: s, en: s });
const choice = questionParamsSchema.parse({
  mode: 'choice',
  question: t('Which?'),
  options: [
    { id: 'a', text: t('A'), category: 'mix-up', explanation: t('A is a mix-up') },
    { id: 'b', text: t('B'), correct: true },
    { id: 'c', text: t('C') },
  ],
  explanation: t('B because.'),
  source: 'facts',
});
const estimate = questionParamsSchema.parse({
  mode: 'estimate',
  question: t('How many?'),
  answer: 94,
  tolerance: 5,
  min: 0,
  max: 500,
  unit: 'A',
  explanation: t('21.6 kW / 230 V'),
  source: 'facts',
});

describe('QuestionTask', () => {
  it('accepts the right option and names wrong options by category', () => {
    const v = QuestionTask.makeVariant(choice, createRng(1));
    expect(QuestionTask.check(v, { optionId: 'b' })).toMatchObject({ correct: true, category: 'correct' });
    expect(QuestionTask.check(v, { optionId: 'a' })).toMatchObject({ correct: false, category: 'mix-up' });
    expect(QuestionTask.check(v, { optionId: 'c' }).category).toBe('option-c');
    expect(QuestionTask.check(v, { optionId: 'zz' }).category).toBe('invalid');
    expect(QuestionTask.check(v, { value: 3 }).category).toBe('invalid');
  });
  it('explains a wrong option with its own explanation first, then the science and its source', () => {
    const v = QuestionTask.makeVariant(choice, createRng(1));
    expect(QuestionTask.check(v, { optionId: 'a' }).explanation).toEqual([
      { text: t('A is a mix-up') },
      { text: t('B because.') },
      { key: 'tasks.common.source', values: { source: 'facts' } },
    ]);
  });
  it('accepts estimates within the tolerance and says which way a miss goes', () => {
    const v = QuestionTask.makeVariant(estimate, createRng(1));
    expect(QuestionTask.check(v, { value: 99 }).correct).toBe(true);
    expect(QuestionTask.check(v, { value: 89 }).correct).toBe(true);
    expect(QuestionTask.check(v, { value: 100 }).category).toBe('too-high');
    expect(QuestionTask.check(v, { value: 10 }).category).toBe('too-low');
  });
  it('shuffles options per seed and always has a right answer', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const v = QuestionTask.makeVariant(choice, createRng(seed));
        expect(QuestionTask.check(v, QuestionTask.solve(v)).correct).toBe(true);
      }),
    );
    const orders = new Set(
      [...Array(20)].map((_, i) => JSON.stringify(QuestionTask.makeVariant(choice, createRng(i)))),
    );
    expect(orders.size).toBeGreaterThan(1);
  });
  it('finds choice questions without a right option and estimates outside their range', () => {
    if (choice.mode !== 'choice' || estimate.mode !== 'estimate') throw new Error('fixture modes');
    const none = { ...choice, options: choice.options.map((o) => ({ ...o, correct: false })) };
    expect(QuestionTask.sensible(none)[0]?.message).toBe('no option is marked correct');
    expect(QuestionTask.sensible({ ...estimate, answer: 900 })[0]?.path).toEqual(['answer']);
  });
});
