// The class link over the server API (docs/api.md): join and card login through ApiClient, the
// pupil endpoint for the class's levels, and the server's refusals turned into ClassErrors.
import { ApiClient, ApiError, type PupilLogin, type PupilMe } from '../../client/ApiClient';
import { nicknameProblem } from '../../core/progress/nicknames';
import type { Membership } from '../state/ClassMembership';
import type { ClassAnswer, ClassError, ClassLink, RefreshAnswer } from './ClassLink';

const JOIN_CODE = /^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/;

/** The code as the server stores it: capitals, without spaces or dashes. */
export const normaliseJoinCode = (code: string): string => code.toUpperCase().replace(/[\s-]/g, '');

/** A problem worth telling before asking the server, or null. */
export function localProblem(code: string, nickname: string): ClassError | null {
  const normal = normaliseJoinCode(code);
  if (normal === '') return 'invalid-code';
  if (!JOIN_CODE.test(normal)) return 'unknown-code';
  return nicknameProblem(nickname) ? 'name-refused' : null;
}

/** The ClassError for a failed join or login. */
export function classErrorOf(error: unknown, during: 'join' | 'login'): ClassError {
  if (!(error instanceof ApiError) || error.status === 0) return 'offline';
  if (error.status === 429) return 'rate-limited';
  if (error.status >= 500) return 'offline';
  if (during === 'login') return error.status === 404 ? 'unknown-code' : 'wrong-card';
  if (error.status === 404) return 'unknown-code';
  if (error.status === 409) return /closed|archived/i.test(error.message) ? 'class-closed' : 'name-taken';
  return 'name-refused';
}

/** The class as the game keeps it, from the pupil endpoint. */
export function membershipFrom(me: PupilMe): Omit<Membership, 'card'> {
  return {
    pupilId: me.pupil.id,
    className: me.class.name,
    seed: me.seed,
    loggedOut: false,
    levels: me.levels.map((l) => ({
      levelId: l.levelId,
      levelVersion: l.levelVersion,
      assigned: l.assigned,
      dueDate: l.dueDate,
      seed: l.seed,
      tasksDone: l.tasks.filter((task) => task.correct).length,
    })),
  };
}

export class ServerClassLink implements ClassLink {
  constructor(private readonly api = new ApiClient()) {}

  joinClass(code: string, nickname: string): Promise<ClassAnswer> {
    return this.enter(code, nickname, 'join', () =>
      this.api.pupilJoin(normaliseJoinCode(code), nickname.trim()),
    );
  }

  loginClass(code: string, nickname: string, secret: string): Promise<ClassAnswer> {
    if (secret.trim() === '') return Promise.resolve({ ok: false, error: 'wrong-card' });
    return this.enter(code, nickname, 'login', () =>
      this.api.pupilLogin(normaliseJoinCode(code), nickname.trim(), secret.trim()),
    );
  }

  async refresh(): Promise<RefreshAnswer> {
    try {
      return { ok: true, membership: membershipFrom(await this.api.pupilMe()) };
    } catch (error) {
      const loggedOut = error instanceof ApiError && (error.status === 401 || error.status === 403);
      return { ok: false, error: loggedOut ? 'logged-out' : 'offline' };
    }
  }

  submitAttempt: ClassLink['submitAttempt'] = (submission) => this.api.submitAttempt(submission);

  private async enter(
    code: string,
    nickname: string,
    during: 'join' | 'login',
    call: () => Promise<PupilLogin>,
  ): Promise<ClassAnswer> {
    const problem = localProblem(code, nickname);
    if (problem) return { ok: false, error: problem };
    try {
      const login = await call();
      const me = await this.api.pupilMe();
      const { joinCode, nickname: name, secret } = login.card;
      return { ok: true, membership: { ...membershipFrom(me), card: { joinCode, nickname: name, secret } } };
    } catch (error) {
      return { ok: false, error: classErrorOf(error, during) };
    }
  }
}
