// Promo events, their kiosk plays and attempts: all promo SQL lives here, written with Kysely's
// query builder only (no SQL text), so it runs the same on SQLite and PostgreSQL.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { newToken } from '../auth/tokens';
import type { DatabaseSchema } from '../db/DatabaseSchema';
import { eventExpiresAt } from './eventExpiry';
import type { PromoAttemptTable, PromoEventTable, PromoPlayTable, PromoTables } from './PromoTables';
import type { LeaderboardEntry } from './promoContract';

type Db = Kysely<DatabaseSchema & PromoTables>;
type Tx = Db | Transaction<DatabaseSchema & PromoTables>;
export type PromoEventRow = PromoEventTable;
export type PromoPlayRow = PromoPlayTable;
export type PromoAttemptRow = PromoAttemptTable;

export interface NewEvent {
  teacherId: string;
  name: string;
  date: string;
  levelId: string;
  keepDays: number;
}

export interface EventTotals {
  plays: number;
  visitorsWelcomed: number;
}

/** A public, stable id for a play on the leaderboard that does not reveal the play id. */
export const entryIdOf = (playId: string): string =>
  createHash('sha256').update(`entry:${playId}`).digest('base64url').slice(0, 12);

export class PromoRepository {
  private readonly db: Db;

  constructor(db: Kysely<DatabaseSchema>) {
    this.db = db.withTables<PromoTables>();
  }

  /** Runs `work` in one transaction. */
  transaction<T>(work: (trx: Tx) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(work);
  }

  async createEvent(event: NewEvent, now: Date): Promise<PromoEventRow> {
    const row: PromoEventRow = {
      id: randomUUID(),
      teacher_id: event.teacherId,
      name: event.name,
      event_date: event.date,
      level_id: event.levelId,
      keep_days: event.keepDays,
      public_id: randomBytes(9).toString('base64url'),
      kiosk_token: newToken(),
      created_at: now.toISOString(),
      ended_at: null,
      expires_at: eventExpiresAt(event.date, event.keepDays).toISOString(),
    };
    await this.db.insertInto('promo_events').values(row).execute();
    return row;
  }

  /** The teacher's events, the coming ones first. */
  async listOwned(teacherId: string): Promise<PromoEventRow[]> {
    return this.db
      .selectFrom('promo_events')
      .selectAll()
      .where('teacher_id', '=', teacherId)
      .orderBy('event_date', 'desc')
      .orderBy('created_at', 'desc')
      .execute();
  }

  async findOwned(eventId: string, teacherId: string): Promise<PromoEventRow | undefined> {
    return this.db
      .selectFrom('promo_events')
      .selectAll()
      .where('id', '=', eventId)
      .where('teacher_id', '=', teacherId)
      .executeTakeFirst();
  }

  async findById(eventId: string): Promise<PromoEventRow | undefined> {
    return this.db.selectFrom('promo_events').selectAll().where('id', '=', eventId).executeTakeFirst();
  }

  async findByPublicId(publicId: string): Promise<PromoEventRow | undefined> {
    return this.db
      .selectFrom('promo_events')
      .selectAll()
      .where('public_id', '=', publicId)
      .executeTakeFirst();
  }

  async findByKioskToken(token: string): Promise<PromoEventRow | undefined> {
    return this.db.selectFrom('promo_events').selectAll().where('kiosk_token', '=', token).executeTakeFirst();
  }

  async end(eventId: string, now: Date): Promise<void> {
    await this.db
      .updateTable('promo_events')
      .set({ ended_at: now.toISOString() })
      .where('id', '=', eventId)
      .where('ended_at', 'is', null)
      .execute();
  }

  /** Deletes an event's plays and attempts, keeping the event. */
  async deleteResults(eventId: string, db: Tx = this.db): Promise<void> {
    await db.deleteFrom('promo_attempts').where('event_id', '=', eventId).execute();
    await db.deleteFrom('promo_plays').where('event_id', '=', eventId).execute();
  }

  /** Deletes an event with its plays and attempts. */
  async deleteEvent(eventId: string): Promise<void> {
    await this.transaction(async (trx) => {
      await this.deleteResults(eventId, trx);
      await trx.deleteFrom('promo_events').where('id', '=', eventId).execute();
    });
  }

  /** Deletes every event whose time is up, with its results; returns the deleted event ids. */
  async deleteExpired(now: Date): Promise<string[]> {
    const expired = await this.db
      .selectFrom('promo_events')
      .select('id')
      .where('expires_at', '<=', now.toISOString())
      .execute();
    for (const { id } of expired) await this.deleteEvent(id);
    return expired.map((e) => e.id);
  }

  async totals(eventId: string): Promise<EventTotals> {
    const row = await this.db
      .selectFrom('promo_plays')
      .select((eb) => [
        eb.fn.countAll<number | string>().as('plays'),
        eb.fn.sum<number | string | null>('visitors').as('visitors'),
      ])
      .where('event_id', '=', eventId)
      .executeTakeFirstOrThrow();
    return { plays: Number(row.plays), visitorsWelcomed: Number(row.visitors ?? 0) };
  }

  /** The best plays: most points, then most stars, then who got there first. */
  async top(eventId: string, limit: number): Promise<LeaderboardEntry[]> {
    const rows = await this.db
      .selectFrom('promo_plays')
      .select(['id', 'nickname', 'points', 'stars'])
      .where('event_id', '=', eventId)
      .orderBy('points', 'desc')
      .orderBy('stars', 'desc')
      .orderBy('updated_at', 'asc')
      .orderBy('id', 'asc')
      .limit(limit)
      .execute();
    return rows.map((r, i) => ({
      entryId: entryIdOf(r.id),
      rank: i + 1,
      nickname: r.nickname,
      points: r.points,
      stars: r.stars,
    }));
  }

  /** 1 + the number of plays of the event that rank above `play`. */
  async rankOf(play: PromoPlayRow): Promise<number> {
    const row = await this.db
      .selectFrom('promo_plays')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('event_id', '=', play.event_id)
      .where((eb) =>
        eb.or([
          eb('points', '>', play.points),
          eb.and([eb('points', '=', play.points), eb('stars', '>', play.stars)]),
          eb.and([
            eb('points', '=', play.points),
            eb('stars', '=', play.stars),
            eb('updated_at', '<', play.updated_at),
          ]),
          eb.and([
            eb('points', '=', play.points),
            eb('stars', '=', play.stars),
            eb('updated_at', '=', play.updated_at),
            eb('id', '<', play.id),
          ]),
        ]),
      )
      .executeTakeFirstOrThrow();
    return Number(row.n) + 1;
  }

  async findPlay(playId: string, db: Tx = this.db): Promise<PromoPlayRow | undefined> {
    return db.selectFrom('promo_plays').selectAll().where('id', '=', playId).executeTakeFirst();
  }

  async insertPlay(row: PromoPlayRow, db: Tx = this.db): Promise<void> {
    await db.insertInto('promo_plays').values(row).execute();
  }

  async updatePlayScore(
    playId: string,
    score: Pick<PromoPlayRow, 'points' | 'max_points' | 'stars' | 'visitors' | 'tasks_done' | 'updated_at'>,
    db: Tx = this.db,
  ): Promise<void> {
    await db.updateTable('promo_plays').set(score).where('id', '=', playId).execute();
  }

  async findAttempt(attemptId: string, db: Tx = this.db): Promise<PromoAttemptRow | undefined> {
    return db.selectFrom('promo_attempts').selectAll().where('id', '=', attemptId).executeTakeFirst();
  }

  /** Every attempt of a play, in the order received per task. */
  async attemptsOfPlay(playId: string, db: Tx = this.db): Promise<PromoAttemptRow[]> {
    return db
      .selectFrom('promo_attempts')
      .selectAll()
      .where('play_id', '=', playId)
      .orderBy('task_id')
      .orderBy('seq')
      .execute();
  }

  async insertAttempt(row: PromoAttemptRow, db: Tx = this.db): Promise<void> {
    await db.insertInto('promo_attempts').values(row).execute();
  }
}
