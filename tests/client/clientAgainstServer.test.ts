// ApiClient and ResultQueue against the real app (fetch routed into Fastify inject): a pupil
// joins, plays while the "Wi-Fi" is down, and every queued attempt arrives once when it is back.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, ApiError } from '../../src/client/ApiClient';
import type { AttemptSubmission } from '../../src/client/contract/attemptContract';
import { type PendingStore, ResultQueue } from '../../src/client/ResultQueue';
import { makeClass, signUpTeacher, startTestServer, type TestServer } from '../server/testServer';

/** A fetch that goes into the app, keeping cookies like a browser; `offline` makes it fail. */
function browserFetch(app: FastifyInstance) {
  const jar = new Map<string, string>();
  const state = { offline: false };
  const fetcher: typeof fetch = async (input, init) => {
    if (state.offline) throw new TypeError('Failed to fetch');
    const headers = new Headers(init?.headers);
    if (jar.size) headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
    const response = await app.inject({
      method: (init?.method ?? 'GET') as 'GET',
      url: String(input),
      headers: Object.fromEntries(headers),
      ...(init?.body ? { payload: String(init.body) } : {}),
    });
    for (const cookie of response.cookies) jar.set(cookie.name, cookie.value);
    return new Response(response.body === '' ? null : response.body, {
      status: response.statusCode,
      headers: { 'content-type': String(response.headers['content-type'] ?? '') },
    });
  };
  return { fetcher, state, jar };
}

function memoryStore(): PendingStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    entries: async () => [...data],
    set: async (key, value) => {
      data.set(key, structuredClone(value));
    },
    delete: async (key) => {
      data.delete(key);
    },
  };
}

describe('ApiClient and ResultQueue with the server', () => {
  let server: TestServer;
  let joinCode: string;
  let classId: string;
  let teacher: Awaited<ReturnType<typeof signUpTeacher>>;
  beforeAll(async () => {
    server = await startTestServer();
    teacher = await signUpTeacher(server.app);
    const schoolClass = await makeClass(teacher.agent);
    joinCode = schoolClass.joinCode;
    classId = schoolClass.id;
  });
  afterAll(() => server.close());

  it('joins, reads its levels, and reports errors clearly', async () => {
    const { fetcher, jar } = browserFetch(server.app);
    const api = new ApiClient({ fetch: fetcher, readCookie: (name) => jar.get(name) });
    const login = await api.pupilJoin(joinCode, 'Queue Kid');
    expect(login.card.secret).toMatch(/-/);
    const me = await api.pupilMe();
    expect(me.levels[0]?.levelId).toBe('schoolfuif');
    expect((await api.session()).role).toBe('pupil');
    const taken = await api.pupilJoin(joinCode, 'Queue Kid').catch((e: unknown) => e);
    expect(taken).toBeInstanceOf(ApiError);
    expect(taken).toMatchObject({ status: 409, code: 'conflict', retryable: false });
  });

  it('keeps attempts while offline and sends each once, in order, when back', async () => {
    const { fetcher, state, jar } = browserFetch(server.app);
    const api = new ApiClient({ fetch: fetcher, readCookie: (name) => jar.get(name) });
    await api.pupilJoin(joinCode, 'Offline Kid');
    const seed = (await api.pupilMe()).seed;
    const store = memoryStore();
    const timers: (() => void)[] = [];
    const queue = new ResultQueue({
      send: (s) => api.submitAttempt(s),
      store,
      schedule: (run) => timers.push(run),
    });
    const results: number[] = [];
    queue.onResult((r) => results.push(r.task.attempts));
    await queue.start();

    state.offline = true;
    const made: AttemptSubmission[] = [0, 1, 2].map((i) => ({
      attemptId: randomUUID(),
      levelId: 'schoolfuif',
      levelVersion: 1,
      taskId: 'earplug-question',
      seed,
      answer: { optionId: `wrong-${i}` },
      hintsUsed: 0,
      timeMs: 1000,
      clientCreatedAt: new Date(Date.UTC(2026, 4, 4, 9, 0, i)).toISOString(),
    }));
    for (const submission of [...made].reverse()) await queue.add(submission);
    await queue.add(made[0] as AttemptSubmission);
    expect(queue.pendingCount).toBe(3);
    expect(store.data.size).toBe(3);
    expect(timers).toHaveLength(1);

    // The tab is closed and opened again: a new queue over the same store finds them.
    const reopened = new ResultQueue({
      send: (s) => api.submitAttempt(s),
      store,
      schedule: (run) => timers.push(run),
    });
    reopened.onResult((r) => results.push(r.task.attempts));
    state.offline = false;
    await reopened.start();
    expect(reopened.pendingCount).toBe(0);
    expect(store.data.size).toBe(0);
    expect(results).toEqual([1, 2, 3]);

    const exported = JSON.parse(
      (await teacher.agent.call('GET', `/api/classes/${classId}/export.json`)).body,
    ) as { attempts: { attemptId: string }[] };
    const ids = exported.attempts.map((a) => a.attemptId);
    expect(ids.filter((id) => made.some((m) => m.attemptId === id))).toEqual(made.map((m) => m.attemptId));
  });

  it('drops an attempt the server can never accept and tells why', async () => {
    const { fetcher, jar } = browserFetch(server.app);
    const api = new ApiClient({ fetch: fetcher, readCookie: (name) => jar.get(name) });
    await api.pupilJoin(joinCode, 'Old Version');
    const seed = (await api.pupilMe()).seed;
    const queue = new ResultQueue({
      send: (s) => api.submitAttempt(s),
      store: memoryStore(),
      schedule: () => 0,
    });
    const dropped: string[] = [];
    queue.onDropped((_, error) => dropped.push(error.code));
    await queue.add({
      attemptId: randomUUID(),
      levelId: 'schoolfuif',
      levelVersion: 99,
      taskId: 'earplug-question',
      seed,
      answer: { optionId: 'x' },
      hintsUsed: 0,
      timeMs: 1000,
      clientCreatedAt: new Date().toISOString(),
    });
    expect(dropped).toEqual(['level-version-mismatch']);
    expect(queue.pendingCount).toBe(0);
  });
});
