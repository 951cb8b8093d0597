// The LISTEN/NOTIFY event bus on its own (PostgreSQL run only): events cross between two buses,
// a bus whose LISTEN connection is killed reconnects and hears events again, and a payload
// that is not a class event is refused.
import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseSchema } from '../../src/server/db/DatabaseSchema';
import { openPostgres } from '../../src/server/db/openPostgres';
import type { ClassEvent } from '../../src/server/events/ClassEventBus';
import { LISTENER_APPLICATION_NAME, PostgresEventBus } from '../../src/server/events/PostgresEventBus';
import { type FreshTestConfig, freshTestConfig, TEST_DATABASE } from './testServer';

const joined = (pupilId: string): ClassEvent => ({ type: 'pupil', pupilId, change: 'joined' });

/** Waits until `check` holds, polling every 20 ms, for at most `ms`. */
async function eventually(check: () => boolean, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('gave up waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.skipIf(TEST_DATABASE !== 'postgres')('PostgreSQL LISTEN/NOTIFY event bus', () => {
  let fresh: FreshTestConfig;
  let url: string;
  let schema: string;
  const problems: string[] = [];
  const onProblem = (problem: string) => problems.push(problem);
  let db: Kysely<DatabaseSchema>;
  let first: PostgresEventBus;
  let second: PostgresEventBus;
  beforeAll(async () => {
    fresh = freshTestConfig();
    url = fresh.config.databaseUrl ?? '';
    schema = fresh.config.databaseSchema ?? '';
    db = await openPostgres(url, schema, () => undefined);
    first = await PostgresEventBus.start({ url, schema, db, onProblem });
    second = await PostgresEventBus.start({ url, schema, db, onProblem });
  });
  afterAll(async () => {
    await first.close();
    await second.close();
    await db.destroy();
    await fresh.cleanup();
  });

  it('delivers an event to its own listeners once and to the other bus', async () => {
    const classId = randomUUID();
    const mine: ClassEvent[] = [];
    const theirs: ClassEvent[] = [];
    const stopMine = first.subscribe(classId, (e) => mine.push(e));
    const stopTheirs = second.subscribe(classId, (e) => theirs.push(e));
    second.subscribe(randomUUID(), () => theirs.push(joined('wrong class')));
    await first.publish(classId, joined('p1'));
    expect(mine).toEqual([joined('p1')]);
    await eventually(() => theirs.length > 0);
    await new Promise((r) => setTimeout(r, 200)); // a second copy would have arrived by now
    expect(theirs).toEqual([joined('p1')]);
    expect(mine).toEqual([joined('p1')]);
    stopMine();
    stopTheirs();
  });

  it('reconnects after its LISTEN connection is killed and hears events again', async () => {
    const classId = randomUUID();
    const heard: ClassEvent[] = [];
    second.subscribe(classId, (e) => heard.push(e));
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      const killed = await admin.query(
        'select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1',
        [`${LISTENER_APPLICATION_NAME}-${schema}`],
      );
      expect(killed.rowCount).toBe(2);
    } finally {
      await admin.end();
    }
    await eventually(() => !second.listening);
    expect(problems).toContain('lost the LISTEN connection; reconnecting');
    await eventually(() => first.listening && second.listening);
    await first.publish(classId, joined('after'));
    await eventually(() => heard.length > 0);
    expect(heard).toEqual([joined('after')]);
  });

  it('ignores a NOTIFY payload that is not a class event', async () => {
    const classId = randomUUID();
    const heard: ClassEvent[] = [];
    second.subscribe(classId, (e) => heard.push(e));
    const bad = JSON.stringify({ origin: 'x', classId, event: { type: 'attempt', pupilId: 1 } });
    await sql`select pg_notify(${`festivalmakers_events_${schema}`}, ${bad})`.execute(db);
    await eventually(() => problems.includes('ignored a live update that is not a class event'));
    expect(heard).toEqual([]);
  });
});
