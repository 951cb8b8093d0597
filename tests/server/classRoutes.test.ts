// Classes, their pupils and assignments, as the teacher manages them: happy paths and bad input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, joinPupil, makeClass, signUpTeacher, startTestServer, type TestServer } from './testServer';

describe('class routes', () => {
  let server: TestServer;
  let teacher: Agent;
  beforeAll(async () => {
    server = await startTestServer({ publicUrl: 'http://192.168.1.20:8080' });
    teacher = (await signUpTeacher(server.app)).agent;
  });
  afterAll(() => server.close());

  it('creates, lists, renames, archives and deletes a class', async () => {
    const created = await makeClass(teacher, '  2B STEM ');
    expect(created.name).toBe('2B STEM');
    expect(created.joinCode).not.toMatch(/[01OIL]/);
    const list = (await teacher.call('GET', '/api/classes')).json().classes;
    expect(list.map((c: { id: string }) => c.id)).toContain(created.id);
    const renamed = await teacher.call('PATCH', `/api/classes/${created.id}`, { name: '2C' });
    expect(renamed.json().class).toMatchObject({ name: '2C', archived: false });
    const archived = await teacher.call('PATCH', `/api/classes/${created.id}`, { archived: true });
    expect(archived.json().class.archived).toBe(true);
    const join = await new Agent(server.app).call('POST', '/api/pupil/join', {
      joinCode: created.joinCode,
      nickname: 'Late',
    });
    expect(join.statusCode).toBe(409);
    expect((await teacher.call('DELETE', `/api/classes/${created.id}`)).statusCode).toBe(204);
    expect((await teacher.call('GET', `/api/classes/${created.id}`)).statusCode).toBe(404);
  });

  it('refuses bad class input', async () => {
    const schoolClass = await makeClass(teacher);
    for (const body of [{}, { name: '' }, { name: 'x'.repeat(61) }, { name: 42 }]) {
      expect((await teacher.call('POST', '/api/classes', body)).statusCode, JSON.stringify(body)).toBe(400);
    }
    for (const body of [{}, { archived: 'yes' }, { name: '   ' }]) {
      const response = await teacher.call('PATCH', `/api/classes/${schoolClass.id}`, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
    }
    expect((await teacher.call('GET', '/api/classes/not-a-class')).statusCode).toBe(404);
    expect((await teacher.call('GET', `/api/classes/${'x'.repeat(100)}`)).statusCode).toBe(400);
  });

  it('renews the join code and draws a QR code of the game link', async () => {
    const schoolClass = await makeClass(teacher);
    const renewed = (await teacher.call('POST', `/api/classes/${schoolClass.id}/join-code`)).json().class;
    expect(renewed.joinCode).not.toBe(schoolClass.joinCode);
    const old = await new Agent(server.app).call('POST', '/api/pupil/join', {
      joinCode: schoolClass.joinCode,
      nickname: 'Oldie',
    });
    expect(old.statusCode).toBe(404);
    const qr = await teacher.call('GET', `/api/classes/${schoolClass.id}/qr.svg`);
    expect(qr.statusCode).toBe(200);
    expect(qr.headers['content-type']).toContain('image/svg+xml');
    expect(qr.body).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
  });

  it('lists pupils, prints cards, resets a secret and deletes a pupil', async () => {
    const schoolClass = await makeClass(teacher);
    const mo = await joinPupil(server.app, schoolClass.joinCode, 'Mo');
    await joinPupil(server.app, schoolClass.joinCode, 'Ada');
    const pupils = (await teacher.call('GET', `/api/classes/${schoolClass.id}/pupils`)).json().pupils;
    expect(pupils.map((p: { nickname: string }) => p.nickname)).toEqual(['Ada', 'Mo']);
    expect(JSON.stringify(pupils)).not.toContain('secret');
    const cards = (await teacher.call('GET', `/api/classes/${schoolClass.id}/cards`)).json();
    expect(cards.cards).toContainEqual({
      pupilId: mo.id,
      nickname: 'Mo',
      joinCode: schoolClass.joinCode,
      secret: mo.card.secret,
    });
    const reset = await teacher.call('POST', `/api/classes/${schoolClass.id}/pupils/${mo.id}/secret`);
    const newSecret = reset.json().card.secret;
    expect(newSecret).toMatch(/^[a-z]+-[a-z]+-\d\d$/);
    expect((await mo.agent.call('GET', '/api/pupil/me')).statusCode).toBe(401);
    const oldLogin = await new Agent(server.app).call('POST', '/api/pupil/login', {
      joinCode: schoolClass.joinCode,
      nickname: 'Mo',
      secret: mo.card.secret,
    });
    expect(oldLogin.statusCode).toBe(401);
    expect((await teacher.call('DELETE', `/api/classes/${schoolClass.id}/pupils/${mo.id}`)).statusCode).toBe(
      204,
    );
    const after = (await teacher.call('GET', `/api/classes/${schoolClass.id}/pupils`)).json().pupils;
    expect(after.map((p: { nickname: string }) => p.nickname)).toEqual(['Ada']);
    expect((await teacher.call('DELETE', `/api/classes/${schoolClass.id}/pupils/${mo.id}`)).statusCode).toBe(
      404,
    );
  });

  it('assigns levels with a due date and seed, and refuses bad ones', async () => {
    const schoolClass = await makeClass(teacher);
    const url = `/api/classes/${schoolClass.id}/assignments`;
    const put = await teacher.call('PUT', `${url}/schoolfuif`, { dueDate: '2026-06-01', seed: 1234 });
    expect(put.statusCode).toBe(200);
    expect(put.json().assignment).toMatchObject({ levelId: 'schoolfuif', dueDate: '2026-06-01', seed: 1234 });
    const replaced = await teacher.call('PUT', `${url}/schoolfuif`, {});
    expect(replaced.json().assignment).toMatchObject({ dueDate: null, seed: null });
    expect((await teacher.call('GET', url)).json().assignments).toHaveLength(1);
    for (const body of [{ dueDate: '1 June' }, { seed: -1 }, { seed: 2 ** 31 }, { seed: 1.5 }]) {
      expect((await teacher.call('PUT', `${url}/schoolfuif`, body)).statusCode, JSON.stringify(body)).toBe(
        400,
      );
    }
    expect((await teacher.call('PUT', `${url}/no-such-level`, {})).statusCode).toBe(404);
    expect((await teacher.call('DELETE', `${url}/schoolfuif`)).statusCode).toBe(204);
    expect((await teacher.call('DELETE', `${url}/schoolfuif`)).statusCode).toBe(404);
  });
});
