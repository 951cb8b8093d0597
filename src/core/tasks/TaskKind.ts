// The contract every task kind fulfils: a parameter schema for the level format, and a
// pure model that makes a seeded variant, checks an answer, gives hints and explains.
import type { z } from 'zod';
import type { MeterId } from '../domain/Meter';
import type { StemDomain } from '../domain/StemDomain';
import type { Rng } from '../random/Rng';
import type { Message } from '../text/Message';

/** A problem with a kind's parameters beyond their shape (path relative to `params`). */
export interface ParamProblem {
  path: (string | number)[];
  message: string;
}

/** The verdict on one answer. */
export interface TaskCheck {
  correct: boolean;
  /** How good the answer is, 0 to 1; 1 is the best possible (a shorter route, fewer blocks). */
  quality: number;
  /** 'correct', or the typical wrong answer's category, counted by the teacher dashboard. */
  category: string;
  /** Why this answer is right or wrong, as translation keys; the science and its source. */
  explanation: Message[];
  /** Optional effect of this answer on festival-day meters, each 0 (bad) to 1 (good). */
  meters?: Partial<Record<MeterId, number>>;
}

export interface TaskKind<P, V, A> {
  readonly kind: string;
  /** The domains this kind usually trains; a level may tag a task differently. */
  readonly domains: readonly StemDomain[];
  readonly params: z.ZodType<P>;
  readonly answer: z.ZodType<A>;
  /** The wrong-answer categories this kind can name (besides 'correct' and 'invalid'). */
  readonly categories: readonly string[];
  /** Checks that the parameters are physically sensible, beyond their shape. */
  sensible(params: P): ParamProblem[];
  /** Makes this pupil's variant from the level's parameters and a seeded generator. */
  makeVariant(params: P, rng: Rng): V;
  /** Checks an answer that already passed the answer schema. */
  check(variant: V, answer: A): TaskCheck;
  /** Hints, from gentle to almost the answer. */
  hints(variant: V): Message[];
  /** One right answer (used by tests, the teacher's preview and the solver hints). */
  solve(variant: V): A;
}

// biome-ignore lint/suspicious/noExplicitAny: the registry holds kinds of every parameter type
export type AnyTaskKind = TaskKind<any, any, any>;
