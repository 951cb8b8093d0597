// Sound level task: place the audience barrier (the mixing desk stands there) far enough
// from the speakers that the level stays within the festival's VLAREM category, and
// choose what that category obliges the organiser to do.
import { z } from 'zod';
import { integerBetween, numberBetween } from '../../levels/schemaHelpers';
import type { Rng } from '../../random/Rng';
import { type Message, msg } from '../../text/Message';
import type { ParamProblem, TaskCheck, TaskKind } from '../TaskKind';
import {
  ALL_OBLIGATIONS,
  levelAtDistance,
  minimumDistanceM,
  VLAREM_LIMIT_DBA,
  VLAREM_OBLIGATIONS,
} from './soundPhysics';

export const soundLevelParamsSchema = z.strictObject({
  /** VLAREM category of the festival: 1 (85 dB(A)), 2 (95) or 3 (100). */
  category: z.union([z.literal(1), z.literal(2), z.literal(3)], {
    error: (iss) => `must be VLAREM category 1, 2 or 3, got ${JSON.stringify(iss.input)}`,
  }),
  /** Range of one speaker's level at 1 m; each pupil gets a whole number in it. */
  sourceDbAt1mMin: numberBetween(90, 135),
  sourceDbAt1mMax: numberBetween(90, 135),
  /** How many equal speakers may stack (each variant picks one of these). */
  speakerCounts: z.array(integerBetween(1, 4)).min(1),
  /** The furthest the barrier can go on this site. */
  maxDistanceM: numberBetween(4, 200),
  askObligations: z.boolean().default(true),
});
export type SoundLevelParams = z.infer<typeof soundLevelParamsSchema>;

export interface SoundLevelVariant {
  category: 1 | 2 | 3;
  limitDbA: number;
  sourceDbAt1m: number;
  speakers: number;
  maxDistanceM: number;
  askObligations: boolean;
}

export const soundLevelAnswerSchema = z.strictObject({
  distanceM: z.number().finite().min(0).max(1000),
  obligations: z.array(z.enum(ALL_OBLIGATIONS)).max(ALL_OBLIGATIONS.length).default([]),
});
export type SoundLevelAnswer = z.infer<typeof soundLevelAnswerSchema>;

const round1 = (x: number) => Math.round(x * 10) / 10;

function sensible(p: SoundLevelParams): ParamProblem[] {
  if (p.sourceDbAt1mMin > p.sourceDbAt1mMax) {
    return [
      { path: ['sourceDbAt1mMax'], message: `must be at least sourceDbAt1mMin (${p.sourceDbAt1mMin})` },
    ];
  }
  const loudest = minimumDistanceM(
    p.sourceDbAt1mMax,
    Math.max(...p.speakerCounts),
    VLAREM_LIMIT_DBA[p.category],
  );
  if (Math.ceil(loudest) > p.maxDistanceM) {
    return [
      {
        path: ['maxDistanceM'],
        message: `the loudest variant needs ${Math.ceil(loudest)} m, more than maxDistanceM ${p.maxDistanceM}: no right answer`,
      },
    ];
  }
  return [];
}

function makeVariant(p: SoundLevelParams, rng: Rng): SoundLevelVariant {
  return {
    category: p.category,
    limitDbA: VLAREM_LIMIT_DBA[p.category],
    sourceDbAt1m: rng.int(Math.ceil(p.sourceDbAt1mMin), Math.floor(p.sourceDbAt1mMax)),
    speakers: rng.pick(p.speakerCounts),
    maxDistanceM: p.maxDistanceM,
    askObligations: p.askObligations,
  };
}

/** The closest whole-metre barrier position that keeps the level within the limit. */
const bestDistanceM = (v: SoundLevelVariant) =>
  Math.ceil(minimumDistanceM(v.sourceDbAt1m, v.speakers, v.limitDbA) - 1e-9);

function check(v: SoundLevelVariant, a: SoundLevelAnswer): TaskCheck {
  const levelDbA = levelAtDistance(v.sourceDbAt1m, v.speakers, Math.max(a.distanceM, 0.5));
  const best = bestDistanceM(v);
  const values = {
    level: round1(levelDbA),
    limit: v.limitDbA,
    distance: a.distanceM,
    best,
    category: v.category,
  };
  const explanation: Message[] = [
    msg('tasks.soundLevel.explain.rule', values),
    msg('tasks.soundLevel.explain.levelAt', values),
  ];
  if (a.distanceM > v.maxDistanceM) {
    return {
      correct: false,
      quality: 0,
      category: 'off-site',
      explanation,
      meters: { sound: 0.5, happiness: 0.2 },
    };
  }
  if (levelDbA > v.limitDbA + 1e-9) {
    const withOneSpeaker = levelAtDistance(v.sourceDbAt1m, 1, a.distanceM);
    const forgotSpeaker = v.speakers > 1 && withOneSpeaker <= v.limitDbA;
    explanation.push(
      msg(
        forgotSpeaker ? 'tasks.soundLevel.explain.forgotSpeaker' : 'tasks.soundLevel.explain.tooLoud',
        values,
      ),
    );
    return {
      correct: false,
      quality: 0,
      category: forgotSpeaker ? 'forgot-second-speaker' : 'too-loud',
      explanation,
      meters: { sound: 0.1, happiness: 0.6 },
    };
  }
  if (v.askObligations) {
    const wanted = new Set(VLAREM_OBLIGATIONS[v.category]);
    const given = new Set(a.obligations);
    const same = wanted.size === given.size && [...wanted].every((o) => given.has(o));
    if (!same) {
      const missing = [...wanted].filter((o) => !given.has(o));
      explanation.push(
        msg(
          missing.length > 0
            ? 'tasks.soundLevel.explain.missingObligation'
            : 'tasks.soundLevel.explain.extraObligation',
          {
            ...values,
            obligation: missing[0] ?? [...given].find((o) => !wanted.has(o)) ?? '',
          },
        ),
      );
      return {
        correct: false,
        quality: 0,
        category: 'wrong-obligations',
        explanation,
        meters: { sound: 0.5 },
      };
    }
  }
  // Right: the closer to the best spot, the better the view; far away is safe but dull.
  const slackM = a.distanceM - best;
  const quality = slackM <= Math.max(1, best * 0.25) ? 1 : Math.max(0.6, 1 - (slackM / v.maxDistanceM) * 0.8);
  explanation.push(
    msg(quality === 1 ? 'tasks.soundLevel.explain.right' : 'tasks.soundLevel.explain.rightButFar', values),
  );
  return {
    correct: true,
    quality,
    category: 'correct',
    explanation,
    meters: { sound: 1, happiness: quality },
  };
}

function hints(v: SoundLevelVariant): Message[] {
  const excessDb = round1(v.sourceDbAt1m + 10 * Math.log10(v.speakers) - v.limitDbA);
  const list: Message[] = [msg('tasks.soundLevel.hint.doubling')];
  if (v.speakers > 1) list.push(msg('tasks.soundLevel.hint.speakers', { speakers: v.speakers }));
  list.push(msg('tasks.soundLevel.hint.excess', { excess: excessDb, doublings: round1(excessDb / 6) }));
  return list;
}

function solve(v: SoundLevelVariant): SoundLevelAnswer {
  return {
    distanceM: bestDistanceM(v),
    obligations: v.askObligations ? [...VLAREM_OBLIGATIONS[v.category]] : [],
  };
}

export const SoundLevelTask: TaskKind<SoundLevelParams, SoundLevelVariant, SoundLevelAnswer> = {
  kind: 'sound-level',
  domains: ['S', 'M'],
  params: soundLevelParamsSchema,
  answer: soundLevelAnswerSchema,
  categories: ['too-loud', 'forgot-second-speaker', 'off-site', 'wrong-obligations'],
  sensible,
  makeVariant,
  check,
  hints,
  solve,
};
