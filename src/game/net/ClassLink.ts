// How the game reaches a teacher's class: join with the class code, log in with the login card,
// read the class's levels again, send an attempt. The game only knows this interface; main.ts
// plugs in the server one (setClassLink). The local stand-in answers "no server connection".
import type { AttemptResult, AttemptSubmission } from '../../client/contract/attemptContract';
import type { Membership } from '../state/ClassMembership';

/** Why joining or logging in did not work; each has a translated message (game.classroom.error). */
export type ClassError =
  | 'invalid-code'
  | 'unknown-code'
  | 'name-refused'
  | 'name-taken'
  | 'class-closed'
  | 'wrong-card'
  | 'rate-limited'
  | 'offline'
  | 'no-server';

export type ClassAnswer = { ok: true; membership: Membership } | { ok: false; error: ClassError };

/** What reading the class again gave: its levels, or why not ('logged-out': use the card). */
export type RefreshAnswer =
  | { ok: true; membership: Omit<Membership, 'card'> }
  | { ok: false; error: 'logged-out' | 'offline' };

export interface ClassLink {
  /** Joins the class with this code under this nickname; the answer holds the new login card. */
  joinClass(code: string, nickname: string): Promise<ClassAnswer>;
  /** Continues on another device with the login card. */
  loginClass(code: string, nickname: string, secret: string): Promise<ClassAnswer>;
  /** Reads the class's levels, seeds and due dates again. */
  refresh(): Promise<RefreshAnswer>;
  /** Sends one attempt (the result queue calls this and retries). */
  submitAttempt(submission: AttemptSubmission): Promise<AttemptResult>;
}

/** The stand-in used without a server (a game built without one, unit tests): it never reaches a class. */
export const localClassLink: ClassLink = {
  joinClass: async () => ({ ok: false, error: 'no-server' }),
  loginClass: async () => ({ ok: false, error: 'no-server' }),
  refresh: async () => ({ ok: false, error: 'offline' }),
  submitAttempt: async () => {
    throw new Error('no server connection');
  },
};

let link: ClassLink = localClassLink;

export const classLink = (): ClassLink => link;

/** Replaces the class link (the server implementation, or a fake in tests). */
export function setClassLink(next: ClassLink): void {
  link = next;
}
