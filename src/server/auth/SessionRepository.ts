// Server-side session records: created at login, looked up per request by the token's hash,
// deleted at logout, password change or secret reset. Expired rows are ignored and swept.
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/DatabaseSchema';
import { hashToken, newToken } from './tokens';

export const TEACHER_SESSION_DAYS = 7;
export const PUPIL_SESSION_DAYS = 180;
const DAY_MS = 24 * 3600 * 1000;

export type SessionOwner = { teacherId: string } | { pupilId: string };

export interface SessionRecord {
  tokenHash: string;
  teacherId: string | null;
  pupilId: string | null;
  csrfToken: string;
}

export class SessionRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  /** Starts a session; returns the cookie token and the CSRF token. */
  async create(owner: SessionOwner, now: Date): Promise<{ token: string; csrfToken: string }> {
    const token = newToken();
    const csrfToken = newToken();
    const days = 'teacherId' in owner ? TEACHER_SESSION_DAYS : PUPIL_SESSION_DAYS;
    await this.db
      .insertInto('sessions')
      .values({
        token_hash: hashToken(token),
        teacher_id: 'teacherId' in owner ? owner.teacherId : null,
        pupil_id: 'pupilId' in owner ? owner.pupilId : null,
        csrf_token: csrfToken,
        created_at: now.toISOString(),
        expires_at: new Date(now.getTime() + days * DAY_MS).toISOString(),
      })
      .execute();
    return { token, csrfToken };
  }

  async find(token: string, now: Date): Promise<SessionRecord | undefined> {
    const row = await this.db
      .selectFrom('sessions')
      .select(['token_hash', 'teacher_id', 'pupil_id', 'csrf_token'])
      .where('token_hash', '=', hashToken(token))
      .where('expires_at', '>', now.toISOString())
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      tokenHash: row.token_hash,
      teacherId: row.teacher_id,
      pupilId: row.pupil_id,
      csrfToken: row.csrf_token,
    };
  }

  async delete(tokenHash: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
  }

  /** Ends every session of a teacher or pupil, except `keep` (a token hash) when given. */
  async deleteAllOf(owner: SessionOwner, keep?: string): Promise<void> {
    let query =
      'teacherId' in owner
        ? this.db.deleteFrom('sessions').where('teacher_id', '=', owner.teacherId)
        : this.db.deleteFrom('sessions').where('pupil_id', '=', owner.pupilId);
    if (keep) query = query.where('token_hash', '!=', keep);
    await query.execute();
  }

  async deleteExpired(now: Date): Promise<void> {
    await this.db.deleteFrom('sessions').where('expires_at', '<=', now.toISOString()).execute();
  }
}
