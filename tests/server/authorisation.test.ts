// The authorisation matrix: teacher A on teacher B's class, a pupil on teacher routes and on
// another pupil's data, and anonymous callers on everything. Every forbidden call is refused.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, joinPupil, makeClass, signUpTeacher, startTestServer, type TestServer } from './testServer';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Every class-scoped teacher route, with a body where it needs one. */
const classRoutes = (classId: string, pupilId: string): [Method, string, unknown?][] => [
  ['GET', `/api/classes/${classId}`],
  ['PATCH', `/api/classes/${classId}`, { name: 'taken over' }],
  ['DELETE', `/api/classes/${classId}`],
  ['POST', `/api/classes/${classId}/join-code`],
  ['GET', `/api/classes/${classId}/qr.svg`],
  ['GET', `/api/classes/${classId}/pupils`],
  ['GET', `/api/classes/${classId}/cards`],
  ['POST', `/api/classes/${classId}/pupils/${pupilId}/secret`],
  ['DELETE', `/api/classes/${classId}/pupils/${pupilId}`],
  ['GET', `/api/classes/${classId}/assignments`],
  ['PUT', `/api/classes/${classId}/assignments/schoolfuif`, { seed: 5 }],
  ['DELETE', `/api/classes/${classId}/assignments/schoolfuif`],
  ['GET', `/api/classes/${classId}/progress`],
  ['GET', `/api/classes/${classId}/pupils/${pupilId}/progress`],
  ['GET', `/api/classes/${classId}/task-stats`],
  ['GET', `/api/classes/${classId}/export.csv`],
  ['GET', `/api/classes/${classId}/export.xlsx`],
  ['GET', `/api/classes/${classId}/export.json`],
  ['GET', `/api/classes/${classId}/events`],
];

describe('authorisation matrix', () => {
  let server: TestServer;
  let teacherA: Agent;
  let teacherB: Agent;
  let classB: { id: string; joinCode: string };
  let classA: { id: string; joinCode: string };
  let pupilB: { agent: Agent; id: string };
  let pupilA: { agent: Agent; id: string };

  beforeAll(async () => {
    server = await startTestServer();
    teacherA = (await signUpTeacher(server.app)).agent;
    teacherB = (await signUpTeacher(server.app)).agent;
    classA = await makeClass(teacherA, 'A');
    classB = await makeClass(teacherB, 'B');
    pupilA = await joinPupil(server.app, classA.joinCode, 'Alpha');
    pupilB = await joinPupil(server.app, classB.joinCode, 'Bravo');
  });
  afterAll(() => server.close());

  const expectUntouched = async () => {
    const own = await teacherB.call('GET', `/api/classes/${classB.id}`);
    expect(own.statusCode).toBe(200);
    expect(own.json().class).toMatchObject({ name: 'B', joinCode: classB.joinCode, pupilCount: 1 });
    const pupils = (await teacherB.call('GET', `/api/classes/${classB.id}/pupils`)).json().pupils;
    expect(pupils.map((p: { id: string }) => p.id)).toEqual([pupilB.id]);
    const assignments = (await teacherB.call('GET', `/api/classes/${classB.id}/assignments`)).json();
    expect(assignments.assignments).toEqual([]);
  };

  it("refuses teacher A every route of teacher B's class (404, no leak)", async () => {
    for (const [method, url, body] of classRoutes(classB.id, pupilB.id)) {
      const response = await teacherA.call(method, url, body);
      expect(response.statusCode, `${method} ${url}`).toBe(404);
    }
    await expectUntouched();
  });

  it("refuses teacher A B's pupil through A's own class", async () => {
    for (const [method, url] of [
      ['GET', `/api/classes/${classA.id}/pupils/${pupilB.id}/progress`],
      ['POST', `/api/classes/${classA.id}/pupils/${pupilB.id}/secret`],
      ['DELETE', `/api/classes/${classA.id}/pupils/${pupilB.id}`],
    ] as [Method, string][]) {
      expect((await teacherA.call(method, url)).statusCode, `${method} ${url}`).toBe(404);
    }
    await expectUntouched();
  });

  it('refuses a pupil every teacher route (403)', async () => {
    for (const [method, url, body] of [
      ...classRoutes(classB.id, pupilB.id),
      ['GET', '/api/classes'],
      ['POST', '/api/classes', { name: 'mine now' }],
      ['POST', '/api/teacher/password', { currentPassword: 'x', newPassword: 'yyyyyyyyyyyy' }],
      ['DELETE', '/api/teacher', { password: 'x' }],
    ] as [Method, string, unknown?][]) {
      const response = await pupilB.agent.call(method, url, body);
      expect(response.statusCode, `${method} ${url}`).toBe(403);
    }
    await expectUntouched();
  });

  it('refuses anonymous callers everything but the public routes (401)', async () => {
    const anonymous = new Agent(server.app);
    for (const [method, url, body] of [
      ...classRoutes(classB.id, pupilB.id),
      ['GET', '/api/classes'],
      ['POST', '/api/classes', { name: 'x' }],
      ['GET', '/api/pupil/me'],
      ['POST', '/api/attempts', {}],
      ['POST', '/api/teacher/password', { currentPassword: 'x', newPassword: 'yyyyyyyyyyyy' }],
      ['DELETE', '/api/teacher', { password: 'x' }],
    ] as [Method, string, unknown?][]) {
      const response = await anonymous.call(method, url, body);
      expect(response.statusCode, `${method} ${url}`).toBe(401);
    }
    await expectUntouched();
  });

  it("never shows a pupil another pupil's data", async () => {
    const me = (await pupilA.agent.call('GET', '/api/pupil/me')).json();
    expect(me.pupil.id).toBe(pupilA.id);
    expect(JSON.stringify(me)).not.toContain(pupilB.id);
    expect(JSON.stringify(me)).not.toContain('Bravo');
    const session = (await pupilA.agent.call('GET', '/api/session')).json();
    expect(session.pupil.id).toBe(pupilA.id);
  });

  it("cannot reuse another pupil's attemptId to read or overwrite their attempt", async () => {
    const attemptId = randomUUID();
    const body = (seed: number) => ({
      attemptId,
      levelId: 'schoolfuif',
      levelVersion: 1,
      taskId: 'earplug-question',
      seed,
      answer: { optionId: 'x' },
      hintsUsed: 0,
      timeMs: 1000,
      clientCreatedAt: new Date().toISOString(),
    });
    const seedOf = async (agent: Agent) => (await agent.call('GET', '/api/pupil/me')).json().seed;
    expect(
      (await pupilB.agent.call('POST', '/api/attempts', body(await seedOf(pupilB.agent)))).statusCode,
    ).toBe(201);
    const stolen = await pupilA.agent.call('POST', '/api/attempts', body(await seedOf(pupilA.agent)));
    expect(stolen.statusCode).toBe(409);
    expect(stolen.json().task).toBeUndefined();
  });

  it('refuses writes without the CSRF header, and from another origin', async () => {
    const noToken = await teacherB.call(
      'POST',
      '/api/classes',
      { name: 'x' },
      { headers: { 'x-csrf-token': '' } },
    );
    expect(noToken.statusCode).toBe(403);
    const wrongToken = await teacherB.call(
      'POST',
      '/api/classes',
      { name: 'x' },
      { headers: { 'x-csrf-token': 'abc' } },
    );
    expect(wrongToken.statusCode).toBe(403);
    const foreign = await teacherB.call(
      'POST',
      '/api/classes',
      { name: 'x' },
      { headers: { origin: 'https://evil.example' } },
    );
    expect(foreign.statusCode).toBe(403);
    const pupilNoToken = await pupilB.agent.call(
      'POST',
      '/api/attempts',
      {},
      { headers: { 'x-csrf-token': '' } },
    );
    expect(pupilNoToken.statusCode).toBe(403);
    const classes = (await teacherB.call('GET', '/api/classes')).json().classes;
    expect(classes).toHaveLength(1);
  });
});
