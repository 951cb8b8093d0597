// Helpers for the promo tests: an app on frozen copies of the promo level and schoolfuif with
// a clock the test moves, an event made by a teacher, and kiosk attempts that solve a task.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { checkLevelSource } from '../../../src/core/levels/checkLevel';
import type { Level } from '../../../src/core/levels/LevelSchema';
import { makeTaskVariant } from '../../../src/core/scoring/taskVariant';
import { taskKind } from '../../../src/core/tasks/registry';
import { buildApp } from '../../../src/server/app';
import type { ServerConfig } from '../../../src/server/config';
import type { DatabaseSchema } from '../../../src/server/db/DatabaseSchema';
import { openDatabase } from '../../../src/server/db/openDatabase';
import { openPostgres } from '../../../src/server/db/openPostgres';
import type { PromoEvent } from '../../../src/server/promo/promoContract';
import { type Agent, freshTestConfig } from '../testServer';

export const PROMO_LEVELS_DIR = resolve('tests/server/promo/fixtures/levels');

export function promoLevel(): Level {
  const file = join(PROMO_LEVELS_DIR, 'promo.json');
  const result = checkLevelSource(file, readFileSync(file, 'utf8'));
  if (!result.ok) throw new Error('the promo fixture does not pass the checker');
  return result.level;
}

/** A clock the test sets; the app reads it through its `now` option. */
export class TestClock {
  constructor(public time = new Date('2026-05-16T09:00:00.000Z')) {}
  now = () => this.time;
  advanceMinutes(minutes: number): void {
    this.time = new Date(this.time.getTime() + minutes * 60 * 1000);
  }
  advanceDays(days: number): void {
    this.time = new Date(this.time.getTime() + days * 24 * 3600 * 1000);
  }
}

export interface PromoServer {
  app: FastifyInstance;
  clock: TestClock;
  config: ServerConfig;
  close(): Promise<void>;
}

/** An app on an empty database of its own (SQLite, or PostgreSQL in the PostgreSQL run). */
export async function startPromoServer(overrides: Partial<ServerConfig> = {}): Promise<PromoServer> {
  const fresh = freshTestConfig({ levelsDir: PROMO_LEVELS_DIR, ...overrides });
  const clock = new TestClock();
  const app = await buildApp(fresh.config, { now: clock.now });
  await app.ready();
  return {
    app,
    clock,
    config: fresh.config,
    close: async () => {
      await app.close();
      await fresh.cleanup();
    },
  };
}

/** A second connection to the server's database, to look at rows directly. */
export async function openSameDatabase(config: ServerConfig): Promise<Kysely<DatabaseSchema>> {
  if (config.databaseUrl && config.databaseSchema) {
    return openPostgres(config.databaseUrl, config.databaseSchema, () => undefined);
  }
  return openDatabase(config.dataDir);
}

export async function makeEvent(teacher: Agent, body: Record<string, unknown> = {}): Promise<PromoEvent> {
  const response = await teacher.call('POST', '/api/events', {
    name: 'Opendeur',
    date: '2026-05-16',
    ...body,
  });
  if (response.statusCode !== 201) throw new Error(`event failed: ${response.body}`);
  return response.json().event;
}

export interface KioskTry {
  kioskToken: string;
  playId: string;
  taskId: string;
  seed?: number;
  right?: boolean;
  nickname?: string;
  attemptId?: string;
}

/** The body of a kiosk attempt at a promo task: the right answer, or a wrong one. */
export function kioskAttempt(level: Level, t: KioskTry) {
  const task = level.tasks.find((x) => x.id === t.taskId);
  if (!task) throw new Error(`no task ${t.taskId}`);
  const seed = t.seed ?? 4242;
  const right = taskKind(task.kind).solve(makeTaskVariant(task, seed));
  return {
    kioskToken: t.kioskToken,
    playId: t.playId,
    attemptId: t.attemptId ?? randomUUID(),
    levelId: level.id,
    levelVersion: level.version,
    taskId: task.id,
    seed,
    answer: t.right === false ? { nonsense: true } : right,
    hintsUsed: 0,
    timeMs: 20_000,
    clientCreatedAt: '2026-05-16T09:00:00.000Z',
    ...(t.nickname === undefined ? {} : { nickname: t.nickname }),
  };
}
