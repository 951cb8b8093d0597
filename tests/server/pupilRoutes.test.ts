// Pupils: join with code and nickname, log in with the card elsewhere, see assigned levels
// first with the seed to use.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, joinPupil, makeClass, signUpTeacher, startTestServer, type TestServer } from './testServer';

describe('pupil routes', () => {
  let server: TestServer;
  let teacher: Agent;
  let schoolClass: { id: string; joinCode: string };
  beforeAll(async () => {
    server = await startTestServer();
    teacher = (await signUpTeacher(server.app)).agent;
    schoolClass = await makeClass(teacher);
  });
  afterAll(() => server.close());

  it('joins with a code typed loosely and gets a login card', async () => {
    const code = schoolClass.joinCode;
    const typed = ` ${code.slice(0, 3).toLowerCase()}-${code.slice(3)} `;
    const pupil = await joinPupil(server.app, typed, '  Captain   Bass ');
    const me = (await pupil.agent.call('GET', '/api/pupil/me')).json();
    expect(me.pupil.nickname).toBe('Captain Bass');
    expect(me.class.name).toBe('2B');
    expect(pupil.card).toMatchObject({ joinCode: code, nickname: 'Captain Bass' });
  });

  it('refuses bad nicknames, taken nicknames and unknown codes', async () => {
    const agent = new Agent(server.app);
    const cases: [unknown, number][] = [
      [{ joinCode: schoolClass.joinCode, nickname: 'x' }, 400],
      [{ joinCode: schoolClass.joinCode, nickname: 'y'.repeat(30) }, 400],
      [{ joinCode: schoolClass.joinCode, nickname: '=cmd|calc' }, 400],
      [{ joinCode: schoolClass.joinCode, nickname: 'Big Sh1t' }, 400],
      [{ joinCode: schoolClass.joinCode }, 400],
      [{ joinCode: 'ZZZZZZ', nickname: 'Nobody' }, 404],
      [{ joinCode: schoolClass.joinCode, nickname: 'captain bass' }, 409],
    ];
    for (const [body, status] of cases) {
      const response = await agent.call('POST', '/api/pupil/join', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(status);
      expect(response.json().message.length).toBeGreaterThan(5);
    }
  });

  it('logs in on another device with the card', async () => {
    const pupil = await joinPupil(server.app, schoolClass.joinCode, 'DJ Echo');
    const home = new Agent(server.app);
    const wrong = await home.call('POST', '/api/pupil/login', {
      joinCode: schoolClass.joinCode,
      nickname: 'DJ Echo',
      secret: 'rode-vis-11x',
    });
    expect(wrong.statusCode).toBe(401);
    const ok = await home.call('POST', '/api/pupil/login', {
      joinCode: schoolClass.joinCode.toLowerCase(),
      nickname: 'dj echo',
      secret: pupil.card.secret.replaceAll('-', ' ').toUpperCase(),
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().pupil.id).toBe(pupil.id);
    expect((await home.call('GET', '/api/pupil/me')).json().pupil.id).toBe(pupil.id);
  });

  it('lists assigned levels first with the class seed, else the own seed', async () => {
    const pupil = await joinPupil(server.app, schoolClass.joinCode, 'Neon');
    const before = (await pupil.agent.call('GET', '/api/pupil/me')).json();
    expect(before.levels[0]).toMatchObject({ levelId: 'schoolfuif', assigned: false, seed: before.seed });
    await teacher.call('PUT', `/api/classes/${schoolClass.id}/assignments/schoolfuif`, {
      dueDate: '2026-06-01',
      seed: 777,
    });
    const after = (await pupil.agent.call('GET', '/api/pupil/me')).json();
    expect(after.levels[0]).toMatchObject({
      levelId: 'schoolfuif',
      levelVersion: 1,
      assigned: true,
      dueDate: '2026-06-01',
      seed: 777,
      tasks: [],
    });
  });

  it('refuses a teacher on pupil routes', async () => {
    expect((await teacher.call('GET', '/api/pupil/me')).statusCode).toBe(403);
    expect((await teacher.call('POST', '/api/attempts', {})).statusCode).toBe(403);
  });
});
