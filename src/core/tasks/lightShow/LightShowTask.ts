// Light show task: program the light with blocks (colour, wait, flash, repeat) so it plays the
// target pattern to the beat; fewer blocks earn more, like a lighting programmer's tidy cue list.
import { z } from 'zod';
import { integerBetween } from '../../levels/schemaHelpers';
import type { Rng } from '../../random/Rng';
import { type Message, msg } from '../../text/Message';
import type { ParamProblem, TaskCheck, TaskKind } from '../TaskKind';
import {
  blockCount,
  type LightBlock,
  type LightColour,
  lightBlockSchema,
  lightColourSchema,
  runLightProgram,
} from './lightProgram';
import { shortestLightProgram } from './shortestLightProgram';

export const MAX_SHOW_BEATS = 32;

export const lightShowParamsSchema = z.strictObject({
  /** The colours the pattern may use. */
  palette: z.array(lightColourSchema).min(2).max(6),
  /** Length of the part that repeats, in beats (chosen per variant). */
  motifBeatsMin: integerBetween(1, 12),
  motifBeatsMax: integerBetween(1, 12),
  /** How often that part plays (chosen per variant). */
  repeatsMin: integerBetween(1, 8),
  repeatsMax: integerBetween(1, 8),
  /** The longest a colour lasts within the part, in beats. */
  longestRunBeats: integerBetween(1, 4).default(2),
  /** Tempo of the music, for the explanation and the view's playback. */
  bpm: integerBetween(60, 180).default(128),
});
export type LightShowParams = z.infer<typeof lightShowParamsSchema>;

export interface LightShowVariant {
  target: LightColour[];
  motifBeats: number;
  repeats: number;
  bpm: number;
  /** The fewest blocks the solver needs; fewer than this cannot be done with these shapes. */
  bestBlocks: number;
  bestProgram: LightBlock[];
}

export const lightShowAnswerSchema = z.strictObject({
  program: z.array(lightBlockSchema).min(1).max(40),
});
export type LightShowAnswer = z.infer<typeof lightShowAnswerSchema>;

const MAX_BLOCKS = 40;

function sensible(p: LightShowParams): ParamProblem[] {
  const problems: ParamProblem[] = [];
  if (p.motifBeatsMin > p.motifBeatsMax)
    problems.push({
      path: ['motifBeatsMax'],
      message: `must be at least motifBeatsMin (${p.motifBeatsMin})`,
    });
  if (p.repeatsMin > p.repeatsMax)
    problems.push({ path: ['repeatsMax'], message: `must be at least repeatsMin (${p.repeatsMin})` });
  if (p.motifBeatsMax * p.repeatsMax > MAX_SHOW_BEATS)
    problems.push({
      path: ['repeatsMax'],
      message: `the longest show would last ${p.motifBeatsMax * p.repeatsMax} beats, more than ${MAX_SHOW_BEATS}`,
    });
  if (new Set(p.palette).size < 2)
    problems.push({ path: ['palette'], message: 'needs at least 2 different colours' });
  return problems;
}

function makeMotif(p: LightShowParams, beats: number, rng: Rng): LightColour[] {
  const colours = [...new Set(p.palette)];
  const motif: LightColour[] = [];
  let previous: LightColour | null = null;
  while (motif.length < beats) {
    const options = colours.filter((c) => c !== previous);
    const colour = rng.pick(options);
    const run = rng.int(1, Math.min(p.longestRunBeats, beats - motif.length));
    for (let i = 0; i < run; i++) motif.push(colour);
    previous = colour;
  }
  return motif;
}

function makeVariant(p: LightShowParams, rng: Rng): LightShowVariant {
  const motifBeats = rng.int(p.motifBeatsMin, p.motifBeatsMax);
  const repeats = rng.int(p.repeatsMin, p.repeatsMax);
  const motif = makeMotif(p, motifBeats, rng);
  const target = Array.from({ length: repeats }, () => motif).flat();
  const bestProgram = shortestLightProgram(target);
  return { target, motifBeats, repeats, bpm: p.bpm, bestBlocks: blockCount(bestProgram), bestProgram };
}

/** The colour runs of a pattern: [colour, beats] pairs. */
function runs(beats: readonly LightColour[]): [LightColour, number][] {
  const out: [LightColour, number][] = [];
  for (const c of beats) {
    const last = out[out.length - 1];
    if (last && last[0] === c) last[1] += 1;
    else out.push([c, 1]);
  }
  return out;
}

function check(v: LightShowVariant, a: LightShowAnswer): TaskCheck {
  const blocks = blockCount(a.program);
  if (blocks > MAX_BLOCKS) return { correct: false, quality: 0, category: 'invalid', explanation: [] };
  const beats = v.target.length;
  // Run well past the music's end, so a colour held too long still shows as a timing error.
  const played = runLightProgram(a.program, beats * 4);
  const beatS = Math.round((60 / v.bpm) * 100) / 100;
  const values = { beats, got: played.beats.length, blocks, best: v.bestBlocks, bpm: v.bpm, beatS };
  const tempo = msg('tasks.lightShow.explain.tempo', values);
  const same = (x: readonly LightColour[], y: readonly LightColour[], n: number) =>
    x.slice(0, n).every((c, i) => c === y[i]);
  const wrong = (category: string, key: string, extra: Record<string, string | number> = {}): TaskCheck => ({
    correct: false,
    quality: 0,
    category,
    explanation: [msg(`tasks.lightShow.explain.${key}`, { ...values, ...extra }), tempo],
    meters: { happiness: 0.5 },
  });
  if (played.beats.length > beats && same(played.beats, v.target, beats)) return wrong('too-long', 'tooLong');
  if (played.beats.length < beats && same(played.beats, v.target, played.beats.length))
    return wrong('too-short', 'tooShort');
  const firstWrong = v.target.findIndex((c, i) => played.beats[i] !== c);
  if (firstWrong >= 0 || played.beats.length !== beats) {
    const mine = runs(played.beats).map((r) => r[0]);
    const theirs = runs(v.target).map((r) => r[0]);
    const timing = mine.length === theirs.length && mine.every((c, i) => c === theirs[i]);
    return timing
      ? wrong('wrong-timing', 'wrongTiming', { beat: firstWrong + 1 })
      : wrong('wrong-colour', 'wrongColour', {
          beat: firstWrong + 1,
          mine: played.beats[firstWrong] ?? 'off',
          want: v.target[firstWrong] ?? 'off',
        });
  }
  const quality = Math.min(1, Math.round((v.bestBlocks / blocks) * 100) / 100);
  const explanation: Message[] = [
    msg(quality >= 1 ? 'tasks.lightShow.explain.right' : 'tasks.lightShow.explain.rightButLong', values),
    msg('tasks.lightShow.explain.loops', values),
    tempo,
  ];
  return {
    correct: true,
    quality,
    category: quality >= 1 ? 'correct' : 'too-many-blocks',
    explanation,
    meters: { happiness: 0.6 + 0.4 * quality },
  };
}

function hints(v: LightShowVariant): Message[] {
  const values = { beats: v.target.length, motif: v.motifBeats, times: v.repeats, best: v.bestBlocks };
  const list = [msg('tasks.lightShow.hint.count', values)];
  if (v.repeats > 1) list.push(msg('tasks.lightShow.hint.repeat', values));
  list.push(msg('tasks.lightShow.hint.waitHolds'));
  list.push(msg('tasks.lightShow.hint.best', values));
  return list;
}

function solve(v: LightShowVariant): LightShowAnswer {
  return { program: v.bestProgram };
}

export const LightShowTask: TaskKind<LightShowParams, LightShowVariant, LightShowAnswer> = {
  kind: 'light-show',
  domains: ['T'],
  params: lightShowParamsSchema,
  answer: lightShowAnswerSchema,
  categories: ['wrong-colour', 'wrong-timing', 'too-long', 'too-short', 'too-many-blocks'],
  sensible,
  makeVariant,
  check,
  hints,
  solve,
};
