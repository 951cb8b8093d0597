// What must behave the same on SQLite and PostgreSQL (this file runs on both): attempts sent at
// the same moment, text with a NUL character, the order of nicknames, big counts as numbers.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Agent,
  fixtureLevel,
  joinPupil,
  makeClass,
  seedFor,
  signUpTeacher,
  startTestServer,
  type TestServer,
} from './testServer';

const level = fixtureLevel();
const TASK_ID = 'earplug-question';

describe(`database parity (${process.env.FM_TEST_DATABASE ?? 'sqlite'})`, () => {
  let server: TestServer;
  let teacher: Agent;
  let schoolClass: { id: string; joinCode: string };
  beforeAll(async () => {
    server = await startTestServer();
    teacher = (await signUpTeacher(server.app)).agent;
    schoolClass = await makeClass(teacher);
  });
  afterAll(() => server.close());

  const attempt = (seed: number, attemptId = randomUUID()) => ({
    attemptId,
    levelId: level.id,
    levelVersion: level.version,
    taskId: TASK_ID,
    seed,
    answer: { optionId: 'x' },
    hintsUsed: 0,
    timeMs: 1000,
    clientCreatedAt: '2026-05-04T09:12:33.123456789Z',
  });

  it('stores one attempt and gives every copy the same answer when one id arrives 8 times at once', async () => {
    const pupil = await joinPupil(server.app, schoolClass.joinCode, 'Burst');
    const body = attempt(await seedFor(pupil.agent, level.id));
    const responses = await Promise.all(
      Array.from({ length: 8 }, () => pupil.agent.call('POST', '/api/attempts', body)),
    );
    const codes = responses.map((r) => r.statusCode).sort();
    expect(codes).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
    const first = responses.find((r) => r.statusCode === 201)?.json();
    for (const r of responses) expect({ ...r.json(), duplicate: false }).toEqual(first);
    const exported = (await teacher.call('GET', `/api/classes/${schoolClass.id}/export.json`)).json();
    const mine = exported.attempts.filter((a: { attemptId: string }) => a.attemptId === body.attemptId);
    expect(mine).toHaveLength(1);
    expect(mine[0].clientCreatedAt).toBe('2026-05-04T09:12:33.123Z');
  });

  it('numbers 6 different tries at one task sent at once 1 to 6, none lost', async () => {
    const pupil = await joinPupil(server.app, schoolClass.joinCode, 'Rush');
    const seed = await seedFor(pupil.agent, level.id);
    const responses = await Promise.all(
      Array.from({ length: 6 }, () => pupil.agent.call('POST', '/api/attempts', attempt(seed))),
    );
    expect(responses.map((r) => r.statusCode)).toEqual([201, 201, 201, 201, 201, 201]);
    const counts = responses.map((r) => r.json().task.attempts as number).sort((a, b) => a - b);
    expect(counts).toEqual([1, 2, 3, 4, 5, 6]);
    const grid = (await teacher.call('GET', `/api/classes/${schoolClass.id}/progress`)).json();
    const cell = grid.cells.find((c: { pupilId: string }) => c.pupilId === pupil.id);
    expect(cell).toMatchObject({ attempts: 6, status: 'busy', stuck: true });
  });

  it('refuses text with a NUL character with a 400, wherever it is', async () => {
    const nul = 'a\u0000b';
    const name = await teacher.call('POST', '/api/classes', { name: nul });
    expect(name.statusCode).toBe(400);
    expect(name.json().message).toContain('NUL');
    expect((await teacher.call('GET', '/api/classes/%00')).statusCode).toBe(400);
    expect(
      (await teacher.call('GET', `/api/classes/${schoolClass.id}/progress?levelId=%00`)).statusCode,
    ).toBe(400);
    const pupil = await joinPupil(server.app, schoolClass.joinCode, 'Nully');
    const login = await pupil.agent.call('POST', '/api/pupil/login', {
      joinCode: schoolClass.joinCode,
      nickname: `Nul${nul}`,
      secret: 'x',
    });
    expect(login.statusCode).toBe(400);
    const answer = await pupil.agent.call('POST', '/api/attempts', {
      ...attempt(await seedFor(pupil.agent, level.id)),
      answer: { optionId: nul },
    });
    expect(answer.statusCode).toBe(400);
  });

  // On PostgreSQL this holds whatever the database's locale, thanks to migration 002_text_order
  // (a database made with ICU 'en-US' would otherwise put Zoë before Zof).
  it('lists nicknames by code point, as SQLite compares text', async () => {
    const other = await makeClass(teacher, 'Order');
    for (const nickname of ['Janne', 'Jan-Piet', 'Jan Piet', 'Zoë', 'Zof', 'anna']) {
      await joinPupil(server.app, other.joinCode, nickname);
    }
    const pupils = (await teacher.call('GET', `/api/classes/${other.id}/pupils`)).json().pupils;
    expect(pupils.map((p: { nickname: string }) => p.nickname)).toEqual([
      'anna',
      'Jan Piet',
      'Jan-Piet',
      'Janne',
      'Zof',
      'Zoë',
    ]);
    const classes = (await teacher.call('GET', '/api/classes')).json().classes;
    const counted = classes.find((c: { id: string }) => c.id === other.id);
    expect(counted.pupilCount).toBe(6);
    expect(typeof counted.pupilCount).toBe('number');
  });
});
