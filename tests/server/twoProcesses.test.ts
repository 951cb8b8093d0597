// Two real server processes on one PostgreSQL schema (PostgreSQL run only), as behind a reverse
// proxy: a pupil joins and submits through one, and the teacher's live grid stream served by
// the other shows both; the other process's API then shows the stored result too.
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { client, exited, freePort, startServerProcess } from './serverProcess';
import { type FreshTestConfig, freshTestConfig, TEST_DATABASE } from './testServer';

/** Reads a server-sent event stream until `needle` has arrived, or fails after `ms`. */
function streamReader(body: ReadableStream<Uint8Array>) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  return {
    text: () => text,
    async until(needle: string, ms = 15_000) {
      const timer = setTimeout(() => reader.cancel(), ms);
      try {
        while (!text.includes(needle)) {
          const chunk = await reader.read();
          if (chunk.done) throw new Error(`stream ended before "${needle}"; got: ${text}`);
          text += decoder.decode(chunk.value, { stream: true });
        }
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

describe.skipIf(TEST_DATABASE !== 'postgres')('two server processes on one PostgreSQL', () => {
  let fresh: FreshTestConfig | null = null;
  const children: ChildProcess[] = [];
  afterAll(async () => {
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(children.map(exited));
    await fresh?.cleanup();
  });

  it("shows a pupil's result, sent through process A, on the teacher's live grid from process B", async () => {
    fresh = freshTestConfig();
    const database = {
      dataDir: fresh.dataDir,
      databaseUrl: fresh.config.databaseUrl ?? undefined,
      databaseSchema: fresh.config.databaseSchema,
    };
    const [portA, portB] = [await freePort(), await freePort()];
    // Both start at once, so both run the migrations at the same moment too.
    const [a, b] = await Promise.all([
      startServerProcess(portA, database),
      startServerProcess(portB, database),
    ]);
    children.push(a, b);
    const baseA = `http://127.0.0.1:${portA}`;
    const baseB = `http://127.0.0.1:${portB}`;

    // The teacher signs up through A and watches the grid stream of B: sessions are shared.
    const teacherA = client(baseA);
    expect(
      (await teacherA('POST', '/api/teacher/signup', { email: 'two@test.be', password: 'correct horse 1' }))
        .status,
    ).toBe(201);
    const schoolClass = (await (await teacherA('POST', '/api/classes', { name: 'Twee' })).json()).class;
    const controller = new AbortController();
    const events = await fetch(`${baseB}/api/classes/${schoolClass.id}/events`, {
      headers: { cookie: teacherA.cookie() },
      signal: controller.signal,
    });
    expect(events.status).toBe(200);
    if (!events.body) throw new Error('no stream');
    const stream = streamReader(events.body);
    await stream.until('retry:');

    const pupil = client(baseA);
    const joined = await pupil('POST', '/api/pupil/join', {
      joinCode: schoolClass.joinCode,
      nickname: 'Via A',
    });
    expect(joined.status).toBe(201);
    const pupilId = (await joined.json()).pupil.id;
    await stream.until('event: pupil');

    const me = await (await pupil('GET', '/api/pupil/me')).json();
    const attemptId = randomUUID();
    const sent = await pupil('POST', '/api/attempts', {
      attemptId,
      levelId: 'schoolfuif',
      levelVersion: 1,
      taskId: 'earplug-question',
      seed: me.seed,
      answer: { optionId: 'x' },
      hintsUsed: 0,
      timeMs: 1000,
      clientCreatedAt: new Date().toISOString(),
    });
    expect(sent.status).toBe(201);
    await stream.until('event: attempt\ndata: {');
    controller.abort();
    const data = JSON.parse(stream.text().split('event: attempt\ndata: ')[1]?.split('\n')[0] ?? '');
    expect(data).toMatchObject({
      pupilId,
      levelId: 'schoolfuif',
      taskId: 'earplug-question',
      correct: false,
    });

    // B's API shows the stored result.
    const teacherB = client(baseB);
    await teacherB('POST', '/api/teacher/login', { email: 'two@test.be', password: 'correct horse 1' });
    const grid = await (await teacherB('GET', `/api/classes/${schoolClass.id}/progress`)).json();
    expect(grid.cells).toEqual([
      expect.objectContaining({ pupilId, taskId: 'earplug-question', attempts: 1 }),
    ]);
  }, 120_000);
});
