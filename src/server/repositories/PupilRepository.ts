// Pupils of a class: nickname (no real name, no e-mail), login-card secret and own seed.
import { randomInt, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DatabaseSchema, PupilTable } from '../db/DatabaseSchema';

export interface Pupil {
  id: string;
  classId: string;
  nickname: string;
  secret: string;
  /** The pupil's own seed for task variants (0 to 2^31 - 1), made at join. */
  seed: number;
  createdAt: string;
  lastActiveAt: string | null;
}

const toPupil = (row: PupilTable): Pupil => ({
  id: row.id,
  classId: row.class_id,
  nickname: row.nickname,
  secret: row.secret,
  seed: row.seed,
  createdAt: row.created_at,
  lastActiveAt: row.last_active_at,
});

/** The form of a nickname that must be unique in a class and that login compares. */
export const nicknameKey = (nickname: string): string => nickname.normalize('NFC').toLowerCase();

export class PupilRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  /** Adds a pupil, or returns null when the nickname is taken in the class. */
  async create(classId: string, nickname: string, secret: string, now: Date): Promise<Pupil | null> {
    const pupil: Pupil = {
      id: randomUUID(),
      classId,
      nickname,
      secret,
      seed: randomInt(0, 2 ** 31 - 1),
      createdAt: now.toISOString(),
      lastActiveAt: null,
    };
    const result = await this.db
      .insertInto('pupils')
      .values({
        id: pupil.id,
        class_id: classId,
        nickname,
        nickname_key: nicknameKey(nickname),
        secret,
        seed: pupil.seed,
        created_at: pupil.createdAt,
        last_active_at: null,
      })
      .onConflict((oc) => oc.columns(['class_id', 'nickname_key']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1 ? pupil : null;
  }

  async listByClass(classId: string): Promise<Pupil[]> {
    const rows = await this.db
      .selectFrom('pupils')
      .selectAll()
      .where('class_id', '=', classId)
      .orderBy('nickname_key')
      .execute();
    return rows.map(toPupil);
  }

  async findById(pupilId: string): Promise<Pupil | undefined> {
    const row = await this.db.selectFrom('pupils').selectAll().where('id', '=', pupilId).executeTakeFirst();
    return row && toPupil(row);
  }

  async findInClass(classId: string, pupilId: string): Promise<Pupil | undefined> {
    const row = await this.db
      .selectFrom('pupils')
      .selectAll()
      .where('id', '=', pupilId)
      .where('class_id', '=', classId)
      .executeTakeFirst();
    return row && toPupil(row);
  }

  async findByNickname(classId: string, nickname: string): Promise<Pupil | undefined> {
    const row = await this.db
      .selectFrom('pupils')
      .selectAll()
      .where('class_id', '=', classId)
      .where('nickname_key', '=', nicknameKey(nickname))
      .executeTakeFirst();
    return row && toPupil(row);
  }

  async setSecret(pupilId: string, secret: string): Promise<void> {
    await this.db.updateTable('pupils').set({ secret }).where('id', '=', pupilId).execute();
  }

  async touch(pupilId: string, now: Date): Promise<void> {
    await this.db
      .updateTable('pupils')
      .set({ last_active_at: now.toISOString() })
      .where('id', '=', pupilId)
      .execute();
  }

  /** Deletes the pupil with all their attempts and sessions. */
  async delete(pupilId: string): Promise<void> {
    await this.db.deleteFrom('pupils').where('id', '=', pupilId).execute();
  }
}
