// Live updates over server-sent events, security headers with the CSP, rate limits on login
// and join, health, and logs that carry no personal data.
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { loggerOptions } from '../../src/server/logging/loggerOptions';
import {
  Agent,
  freshTestConfig,
  joinPupil,
  makeClass,
  seedFor,
  signUpTeacher,
  startTestServer,
  type TestServer,
} from './testServer';

describe('live updates', () => {
  let server: TestServer;
  let base: string;
  beforeAll(async () => {
    server = await startTestServer();
    base = await server.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => server.close());

  it('pushes a pupil join and an attempt to the class stream', async () => {
    const teacher = (await signUpTeacher(server.app)).agent;
    const schoolClass = await makeClass(teacher);
    const cookie = [...teacher.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const controller = new AbortController();
    const response = await fetch(`${base}/api/classes/${schoolClass.id}/events`, {
      headers: { cookie },
      signal: controller.signal,
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body?.getReader();
    if (!reader) throw new Error('no stream');
    let text = '';
    const readUntil = async (needle: string) => {
      while (!text.includes(needle)) {
        const chunk = await reader.read();
        if (chunk.done) throw new Error(`stream ended before ${needle}`);
        text += new TextDecoder().decode(chunk.value);
      }
    };
    await readUntil('retry:');
    const pupil = await joinPupil(server.app, schoolClass.joinCode, 'Live');
    await readUntil('event: pupil');
    await pupil.agent.call('POST', '/api/attempts', {
      attemptId: randomUUID(),
      levelId: 'schoolfuif',
      levelVersion: 1,
      taskId: 'earplug-question',
      seed: await seedFor(pupil.agent, 'schoolfuif'),
      answer: { optionId: 'x' },
      hintsUsed: 0,
      timeMs: 1000,
      clientCreatedAt: new Date().toISOString(),
    });
    await readUntil('event: attempt\ndata: {');
    const data = JSON.parse(text.split('event: attempt\ndata: ')[1]?.split('\n')[0] ?? '');
    expect(data).toMatchObject({ pupilId: pupil.id, taskId: 'earplug-question', correct: false });
    expect(text).not.toContain('Live');
    controller.abort();
  });

  it('refuses the stream to anonymous callers and other teachers', async () => {
    const owner = (await signUpTeacher(server.app)).agent;
    const schoolClass = await makeClass(owner);
    const other = (await signUpTeacher(server.app)).agent;
    expect(
      (await new Agent(server.app).call('GET', `/api/classes/${schoolClass.id}/events`)).statusCode,
    ).toBe(401);
    expect((await other.call('GET', `/api/classes/${schoolClass.id}/events`)).statusCode).toBe(404);
  });
});

describe('security', () => {
  it('sends a CSP the game and dashboard can live with', async () => {
    const server = await startTestServer();
    const response = await server.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.json()).toEqual({ status: 'ok', levels: 1, scoringVersion: 1 });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).toContain("img-src 'self' data: blob:");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toBeUndefined();
    const missing = await server.app.inject({ method: 'GET', url: '/api/nothing' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error).toBe('not-found');
    await server.close();
  });

  it('rate limits teacher login and pupil join', async () => {
    const server = await startTestServer({ rateLimit: true });
    const agent = new Agent(server.app);
    const codes: number[] = [];
    for (let i = 0; i < 22; i++) {
      codes.push(
        (await agent.call('POST', '/api/teacher/login', { email: 'a@b.be', password: 'x' })).statusCode,
      );
    }
    expect(codes.slice(0, 20).every((c) => c === 401)).toBe(true);
    expect(codes.at(-1)).toBe(429);
    let joinStatus = 0;
    for (let i = 0; i < 121; i++) {
      joinStatus = (await agent.call('POST', '/api/pupil/join', { joinCode: 'ZZZZZZ', nickname: 'Nemo' }))
        .statusCode;
    }
    expect(joinStatus).toBe(429);
    await server.close();
  });

  it('logs no e-mail, nickname, secret, password or cookie', async () => {
    const lines: string[] = [];
    const fresh = freshTestConfig({ logLevel: 'trace' });
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const options = loggerOptions('trace');
    const app = await buildApp(fresh.config, {
      logger: { ...(options as object), stream },
    });
    const teacher = await signUpTeacher(app);
    const schoolClass = await makeClass(teacher.agent);
    const pupil = await joinPupil(app, schoolClass.joinCode, 'Secret Agent');
    await pupil.agent.call('POST', '/api/attempts', { broken: true });
    await teacher.agent.call('GET', `/api/classes/${schoolClass.id}/cards?x=1`);
    await app.close();
    await fresh.cleanup();
    const log = lines.join('');
    expect(log).toContain('"statusCode":201');
    for (const personal of [
      teacher.email,
      'Secret Agent',
      pupil.card.secret,
      'correct horse',
      'fm_session=',
    ]) {
      expect(log).not.toContain(personal);
    }
  });
});
