// The general question kind for teachers and partners: multiple choice, or a numeric
// estimate with a tolerance, each with an explanation written in the level file.
import { z } from 'zod';
import { localizedTextSchema } from '../../levels/LocalizedText';
import { idSchema, numberBetween } from '../../levels/schemaHelpers';
import type { Rng } from '../../random/Rng';
import { levelText, type Message, msg } from '../../text/Message';
import type { ParamProblem, TaskCheck, TaskKind } from '../TaskKind';

const optionSchema = z.strictObject({
  id: idSchema,
  text: localizedTextSchema,
  correct: z.boolean().default(false),
  /** The misconception this wrong option stands for, counted on the dashboard. */
  category: idSchema.optional(),
  /** Why this option is right or wrong. */
  explanation: localizedTextSchema.optional(),
});

const choiceSchema = z.strictObject({
  mode: z.literal('choice'),
  question: localizedTextSchema,
  options: z.array(optionSchema).min(2, { error: 'needs at least 2 options' }).max(6),
  explanation: localizedTextSchema,
  /** Where the figure comes from, named in the explanation. */
  source: z.string().min(1),
  hints: z.array(localizedTextSchema).max(3).default([]),
});

const estimateSchema = z.strictObject({
  mode: z.literal('estimate'),
  question: localizedTextSchema,
  answer: z.number(),
  /** An answer within this distance of `answer` counts as right. */
  tolerance: numberBetween(0, 1e9),
  min: z.number(),
  max: z.number(),
  step: numberBetween(0.0001, 1e6).default(1),
  unit: z.string().max(12).default(''),
  explanation: localizedTextSchema,
  source: z.string().min(1),
  hints: z.array(localizedTextSchema).max(3).default([]),
});

export const questionParamsSchema = z.discriminatedUnion('mode', [choiceSchema, estimateSchema]);
export type QuestionParams = z.infer<typeof questionParamsSchema>;

export type QuestionVariant =
  | (z.infer<typeof choiceSchema> & { order: string[] })
  | z.infer<typeof estimateSchema>;

export const questionAnswerSchema = z.union([
  z.strictObject({ optionId: z.string().max(64) }),
  z.strictObject({ value: z.number().finite() }),
]);
export type QuestionAnswer = z.infer<typeof questionAnswerSchema>;

function sensible(params: QuestionParams): ParamProblem[] {
  if (params.mode === 'choice') {
    const problems: ParamProblem[] = [];
    if (!params.options.some((o) => o.correct)) {
      problems.push({ path: ['options'], message: 'no option is marked correct' });
    }
    const seen = new Set<string>();
    params.options.forEach((o, i) => {
      if (seen.has(o.id))
        problems.push({ path: ['options', i, 'id'], message: `duplicate option id '${o.id}'` });
      seen.add(o.id);
    });
    return problems;
  }
  if (params.min >= params.max) return [{ path: ['max'], message: `must be above min (${params.min})` }];
  if (params.answer < params.min || params.answer > params.max) {
    return [{ path: ['answer'], message: `must be between min ${params.min} and max ${params.max}` }];
  }
  return [];
}

function makeVariant(params: QuestionParams, rng: Rng): QuestionVariant {
  if (params.mode === 'choice') return { ...params, order: rng.shuffle(params.options.map((o) => o.id)) };
  return params;
}

function check(variant: QuestionVariant, answer: QuestionAnswer): TaskCheck {
  const invalid: TaskCheck = { correct: false, quality: 0, category: 'invalid', explanation: [] };
  if (variant.mode === 'choice') {
    if (!('optionId' in answer)) return invalid;
    const option = variant.options.find((o) => o.id === answer.optionId);
    if (!option) return invalid;
    const explanation: Message[] = [];
    if (option.explanation) explanation.push(levelText(option.explanation));
    explanation.push(levelText(variant.explanation), msg('tasks.common.source', { source: variant.source }));
    return option.correct
      ? { correct: true, quality: 1, category: 'correct', explanation }
      : { correct: false, quality: 0, category: option.category ?? `option-${option.id}`, explanation };
  }
  if (!('value' in answer)) return invalid;
  const off = answer.value - variant.answer;
  const explanation = [
    levelText(variant.explanation),
    msg('tasks.common.source', { source: variant.source }),
  ];
  if (Math.abs(off) <= variant.tolerance)
    return { correct: true, quality: 1, category: 'correct', explanation };
  return { correct: false, quality: 0, category: off > 0 ? 'too-high' : 'too-low', explanation };
}

function hints(variant: QuestionVariant): Message[] {
  return variant.hints.map(levelText);
}

function solve(variant: QuestionVariant): QuestionAnswer {
  if (variant.mode === 'estimate') return { value: variant.answer };
  const right = variant.options.find((o) => o.correct);
  return { optionId: right ? right.id : '' };
}

export const QuestionTask: TaskKind<QuestionParams, QuestionVariant, QuestionAnswer> = {
  kind: 'question',
  domains: ['S', 'T', 'E', 'M'],
  params: questionParamsSchema,
  answer: questionAnswerSchema,
  categories: ['too-high', 'too-low'],
  sensible,
  makeVariant,
  check,
  hints,
  solve,
};
