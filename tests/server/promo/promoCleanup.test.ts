// Results are removed when their time is up: the periodic cleanup with a fake clock and a fake
// timer, the app's own cleanup run, and nothing removed before its time.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLEANUP_EVERY_MS, type IntervalTimer, PromoCleanup } from '../../../src/server/promo/PromoCleanup';
import { PromoRepository } from '../../../src/server/promo/PromoRepository';
import type { PromoTables } from '../../../src/server/promo/PromoTables';
import { Agent, signUpTeacher } from '../testServer';
import {
  kioskAttempt,
  makeEvent,
  openSameDatabase,
  type PromoServer,
  promoLevel,
  startPromoServer,
} from './promoTestKit';

const level = promoLevel();

/** Rows left in the promo tables, read straight from the database. */
async function promoRows(server: PromoServer, eventId: string) {
  const db = (await openSameDatabase(server.config)).withTables<PromoTables>();
  try {
    const count = async (table: 'promo_events' | 'promo_plays' | 'promo_attempts') => {
      const column = table === 'promo_events' ? 'id' : 'event_id';
      const row = await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where(column, '=', eventId)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    };
    return {
      events: await count('promo_events'),
      plays: await count('promo_plays'),
      attempts: await count('promo_attempts'),
    };
  } finally {
    await db.destroy();
  }
}

class FakeTimer implements IntervalTimer {
  runs: (() => void)[] = [];
  everyMs: number[] = [];
  cancelled = 0;
  repeat(run: () => void, ms: number) {
    this.runs.push(run);
    this.everyMs.push(ms);
    return this.runs.length;
  }
  cancel() {
    this.cancelled += 1;
  }
}

describe('promo cleanup', () => {
  let server: PromoServer;
  beforeAll(async () => {
    server = await startPromoServer();
  });
  afterAll(() => server.close());

  async function eventWithResults(keepDays: 1 | 7) {
    const teacher = (await signUpTeacher(server.app)).agent;
    const event = await makeEvent(teacher, { keepDays });
    const kiosk = new Agent(server.app);
    const response = await kiosk.call(
      'POST',
      '/api/kiosk/attempts',
      kioskAttempt(level, { ...event, playId: randomUUID(), taskId: level.tasks[0]?.id ?? '' }),
    );
    expect(response.statusCode).toBe(201);
    return { teacher, event };
  }

  it('removes an event with its plays and attempts once its time is up, not before', async () => {
    const start = server.clock.time;
    const { teacher, event } = await eventWithResults(1);
    const week = await eventWithResults(7);
    expect(await promoRows(server, event.id)).toEqual({ events: 1, plays: 1, attempts: 1 });

    // The day after the festival: still kept.
    server.clock.time = new Date('2026-05-17T23:59:59.000Z');
    expect(await server.app.promoCleanup.runOnce()).toEqual([]);
    expect(await promoRows(server, event.id)).toEqual({ events: 1, plays: 1, attempts: 1 });

    server.clock.time = new Date('2026-05-18T00:00:00.000Z');
    expect(await server.app.promoCleanup.runOnce()).toEqual([event.id]);
    expect(await promoRows(server, event.id)).toEqual({ events: 0, plays: 0, attempts: 0 });
    expect((await teacher.call('GET', `/api/events/${event.id}`)).statusCode).toBe(404);
    // The event kept a week is untouched.
    expect(await promoRows(server, week.event.id)).toEqual({ events: 1, plays: 1, attempts: 1 });
    server.clock.time = start;
  });

  it('runs on its interval with the injected clock and timer, and stops', async () => {
    const db = await openSameDatabase(server.config);
    const repo = new PromoRepository(db);
    const timer = new FakeTimer();
    let now = new Date('2026-05-16T12:00:00.000Z');
    const removed: string[][] = [];
    const cleanup = new PromoCleanup(repo, { now: () => now, timer, onRemoved: (ids) => removed.push(ids) });
    const teacherId = await insertTeacher(repo);
    const event = await repo.createEvent(
      { teacherId, name: 'x', date: '2026-05-16', levelId: 'promo', keepDays: 1 },
      now,
    );
    cleanup.start();
    cleanup.start();
    expect(timer.everyMs).toEqual([CLEANUP_EVERY_MS]);
    timer.runs[0]?.();
    await cleanup.runOnce();
    expect(removed).toEqual([]);
    now = new Date('2026-05-18T00:10:00.000Z');
    timer.runs[0]?.();
    await cleanup.runOnce();
    expect(removed).toEqual([[event.id]]);
    expect(await repo.findById(event.id)).toBeUndefined();
    await cleanup.stop();
    expect(timer.cancelled).toBe(1);
    await db.destroy();
  });
});

async function insertTeacher(repo: PromoRepository): Promise<string> {
  const id = randomUUID();
  await repo.transaction((trx) =>
    trx
      .insertInto('teachers')
      .values({ id, email: `${id}@school.be`, password_hash: 'x', created_at: new Date().toISOString() })
      .execute(),
  );
  return id;
}
