// Teacher accounts: sign up, log in, log out, change password, delete with everything in it;
// bad inputs get a 4xx with a clear message.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, joinPupil, makeClass, signUpTeacher, startTestServer, type TestServer } from './testServer';

describe('teacher routes', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('signs up with a hashed password and httpOnly SameSite cookies', async () => {
    const agent = new Agent(server.app);
    const response = await agent.call('POST', '/api/teacher/signup', {
      email: ' Juf.An@School.BE ',
      password: 'a long password',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().teacher.email).toBe('juf.an@school.be');
    const session = response.cookies.find((c) => c.name === 'fm_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const csrf = response.cookies.find((c) => c.name === 'fm_csrf');
    expect(csrf?.httpOnly).toBeFalsy();
    expect(csrf?.value).toBe(response.json().csrfToken);
    const me = (await agent.call('GET', '/api/session')).json();
    expect(me).toMatchObject({ role: 'teacher', teacher: { email: 'juf.an@school.be' } });
    expect(JSON.stringify(me)).not.toContain('argon2');
  });

  it('refuses bad sign-ups with a clear 4xx', async () => {
    const agent = new Agent(server.app);
    const cases: [unknown, number, string][] = [
      [{ email: 'not-an-email', password: 'a long password' }, 400, 'e-mail'],
      [{ email: 'x@school.be', password: 'short' }, 400, 'at least 10'],
      [{ email: 'x@school.be' }, 400, 'password'],
      ['just text', 415, 'Unsupported Media Type'],
      [{ email: 'juf.an@school.be', password: 'another password' }, 409, 'already'],
    ];
    for (const [body, status, words] of cases) {
      const response = await agent.call('POST', '/api/teacher/signup', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(status);
      expect(response.json().message).toContain(words);
    }
    const broken = await server.app.inject({
      method: 'POST',
      url: '/api/teacher/signup',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expect(broken.statusCode).toBe(400);
  });

  it('logs in, logs out and refuses a wrong password', async () => {
    const { email } = await signUpTeacher(server.app);
    const agent = new Agent(server.app);
    const wrong = await agent.call('POST', '/api/teacher/login', { email, password: 'wrong password!' });
    expect(wrong.statusCode).toBe(401);
    const unknown = await agent.call('POST', '/api/teacher/login', { email: 'no@one.be', password: 'x' });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().message).toBe(wrong.json().message);
    const ok = await agent.call('POST', '/api/teacher/login', { email, password: 'correct horse 1' });
    expect(ok.statusCode).toBe(200);
    expect((await agent.call('GET', '/api/classes')).statusCode).toBe(200);
    const stale = new Agent(server.app);
    stale.cookies = new Map(agent.cookies);
    expect((await agent.call('POST', '/api/logout')).statusCode).toBe(204);
    expect((await stale.call('GET', '/api/classes')).statusCode).toBe(401);
    expect((await agent.call('GET', '/api/session')).json()).toEqual({ role: 'anonymous' });
  });

  it('changes the password and ends the other sessions', async () => {
    const { agent, email } = await signUpTeacher(server.app);
    const other = new Agent(server.app);
    await other.call('POST', '/api/teacher/login', { email, password: 'correct horse 1' });
    const wrong = await agent.call('POST', '/api/teacher/password', {
      currentPassword: 'nope nope nope',
      newPassword: 'a brand new one',
    });
    expect(wrong.statusCode).toBe(401);
    const ok = await agent.call('POST', '/api/teacher/password', {
      currentPassword: 'correct horse 1',
      newPassword: 'a brand new one',
    });
    expect(ok.statusCode).toBe(200);
    expect((await agent.call('GET', '/api/classes')).statusCode).toBe(200);
    expect((await other.call('GET', '/api/classes')).statusCode).toBe(401);
    const again = new Agent(server.app);
    expect(
      (await again.call('POST', '/api/teacher/login', { email, password: 'a brand new one' })).statusCode,
    ).toBe(200);
  });

  it('deletes the account with its classes, pupils and their sessions', async () => {
    const { agent, email } = await signUpTeacher(server.app);
    const schoolClass = await makeClass(agent);
    const pupil = await joinPupil(server.app, schoolClass.joinCode, 'Kiki');
    expect((await agent.call('DELETE', '/api/teacher', { password: 'wrong password' })).statusCode).toBe(401);
    expect((await agent.call('DELETE', '/api/teacher', { password: 'correct horse 1' })).statusCode).toBe(
      204,
    );
    expect((await pupil.agent.call('GET', '/api/pupil/me')).statusCode).toBe(401);
    const login = await new Agent(server.app).call('POST', '/api/teacher/login', {
      email,
      password: 'correct horse 1',
    });
    expect(login.statusCode).toBe(401);
    const rejoin = await new Agent(server.app).call('POST', '/api/pupil/join', {
      joinCode: schoolClass.joinCode,
      nickname: 'Kiki',
    });
    expect(rejoin.statusCode).toBe(404);
  });
});
