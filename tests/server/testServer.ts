// Test helpers: a fresh app on a temp database (SQLite, or a fresh PostgreSQL schema in the
// PostgreSQL run), and "agents" (a teacher, a pupil, a stranger) that keep their own cookies
// and CSRF token across Fastify inject calls.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { checkLevelSource } from '../../src/core/levels/checkLevel';
import type { Level } from '../../src/core/levels/LevelSchema';
import { buildApp } from '../../src/server/app';
import type { ServerConfig } from '../../src/server/config';

/** A frozen copy of the first shipped level, so these tests do not move with level edits. */
export const FIXTURE_LEVELS_DIR = resolve('tests/server/fixtures/levels');

export function fixtureLevel(): Level {
  const file = join(FIXTURE_LEVELS_DIR, 'schoolfuif.json');
  const result = checkLevelSource(file, readFileSync(file, 'utf8'));
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return result.level;
}

export interface TestServer {
  app: FastifyInstance;
  dataDir: string;
  close(): Promise<void>;
}

export function testConfig(dataDir: string, overrides: Partial<ServerConfig> = {}): ServerConfig {
  return {
    dataDir,
    staticDir: join(dataDir, 'no-static'),
    levelsDir: FIXTURE_LEVELS_DIR,
    logLevel: 'silent',
    rateLimit: false,
    fastHashing: true,
    publicUrl: null,
    ...overrides,
  };
}

/** Which database this run of the server tests uses (tests/server/vitest.postgres.config.ts). */
export const TEST_DATABASE: 'sqlite' | 'postgres' =
  process.env.FM_TEST_DATABASE === 'postgres' ? 'postgres' : 'sqlite';

export function testDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('the PostgreSQL run needs TEST_DATABASE_URL=postgres://...');
  return url;
}

/** Drops a test schema with everything in it. */
export async function dropTestSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`drop schema if exists ${client.escapeIdentifier(schema)} cascade`);
  } finally {
    await client.end();
  }
}

export interface FreshTestConfig {
  config: ServerConfig;
  dataDir: string;
  /** Removes the temp folder and, on PostgreSQL, the schema. */
  cleanup(): Promise<void>;
}

/** A config on an empty database of its own: a temp folder, and on PostgreSQL a new schema. */
export function freshTestConfig(overrides: Partial<ServerConfig> = {}): FreshTestConfig {
  const dataDir = mkdtempSync(join(tmpdir(), 'fm-server-test-'));
  const database: Partial<ServerConfig> =
    TEST_DATABASE === 'postgres'
      ? { databaseUrl: testDatabaseUrl(), databaseSchema: `fm_test_${randomBytes(6).toString('hex')}` }
      : {};
  const config = testConfig(dataDir, { ...database, ...overrides });
  return {
    config,
    dataDir,
    cleanup: async () => {
      rmSync(dataDir, { recursive: true, force: true });
      if (config.databaseUrl && config.databaseSchema) {
        await dropTestSchema(config.databaseUrl, config.databaseSchema);
      }
    },
  };
}

export async function startTestServer(overrides: Partial<ServerConfig> = {}): Promise<TestServer> {
  const fresh = freshTestConfig(overrides);
  const app = await buildApp(fresh.config);
  return {
    app,
    dataDir: fresh.dataDir,
    close: async () => {
      await app.close();
      await fresh.cleanup();
    },
  };
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A browser stand-in: remembers cookies and sends the CSRF header like ApiClient does. */
export class Agent {
  cookies = new Map<string, string>();

  constructor(private readonly app: FastifyInstance) {}

  get csrf(): string | undefined {
    return this.cookies.get('fm_csrf');
  }

  async call(method: Method, url: string, body?: unknown, extra: Partial<InjectOptions> = {}) {
    const headers: Record<string, string> = {};
    if (this.cookies.size > 0) {
      headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    }
    if (method !== 'GET' && this.csrf) headers['x-csrf-token'] = this.csrf;
    const response = await this.app.inject({
      method,
      url,
      headers: { ...headers, ...(extra.headers as Record<string, string> | undefined) },
      ...(body === undefined ? {} : { payload: body as object }),
    });
    this.remember(response);
    return response;
  }

  private remember(response: LightMyRequestResponse): void {
    for (const cookie of response.cookies) {
      if (cookie.value === '' || (cookie.expires && cookie.expires.getTime() < Date.now())) {
        this.cookies.delete(cookie.name);
      } else {
        this.cookies.set(cookie.name, cookie.value);
      }
    }
  }
}

let teacherCount = 0;

export async function signUpTeacher(app: FastifyInstance) {
  const agent = new Agent(app);
  teacherCount += 1;
  const email = `teacher${teacherCount}-${Date.now()}@school.be`;
  const response = await agent.call('POST', '/api/teacher/signup', { email, password: 'correct horse 1' });
  if (response.statusCode !== 201) throw new Error(`signup failed: ${response.body}`);
  return { agent, email, id: response.json().teacher.id as string };
}

export async function makeClass(teacher: Agent, name = '2B') {
  const response = await teacher.call('POST', '/api/classes', { name });
  if (response.statusCode !== 201) throw new Error(`class failed: ${response.body}`);
  return response.json().class as { id: string; joinCode: string; name: string };
}

export async function joinPupil(app: FastifyInstance, joinCode: string, nickname: string) {
  const agent = new Agent(app);
  const response = await agent.call('POST', '/api/pupil/join', { joinCode, nickname });
  if (response.statusCode !== 201) throw new Error(`join failed: ${response.body}`);
  const body = response.json();
  return { agent, id: body.pupil.id as string, card: body.card as { secret: string; joinCode: string } };
}

/** The seed GET /api/pupil/me gives for a level. */
export async function seedFor(pupil: Agent, levelId: string): Promise<number> {
  const me = (await pupil.call('GET', '/api/pupil/me')).json();
  const level = me.levels.find((l: { levelId: string }) => l.levelId === levelId);
  return level.seed;
}
