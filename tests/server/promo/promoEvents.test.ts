// Promo events: a teacher creates, lists, ends, clears and deletes their own events; another
// teacher, a pupil and an anonymous caller are refused; QR codes; bad inputs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, joinPupil, makeClass, signUpTeacher } from '../testServer';
import { kioskAttempt, makeEvent, type PromoServer, promoLevel, startPromoServer } from './promoTestKit';

describe('promo events', () => {
  let server: PromoServer;
  beforeAll(async () => {
    server = await startPromoServer();
  });
  afterAll(() => server.close());

  it('creates an event on the promo level, kept one day after the festival day by default', async () => {
    const teacher = (await signUpTeacher(server.app)).agent;
    const event = await makeEvent(teacher, { name: '  Schoolfeest  ' });
    expect(event).toMatchObject({
      name: 'Schoolfeest',
      date: '2026-05-16',
      levelId: 'promo',
      keepDays: 1,
      expiresAt: '2026-05-18T00:00:00.000Z',
      endedAt: null,
      plays: 0,
      visitorsWelcomed: 0,
    });
    expect(event.kioskToken.length).toBeGreaterThanOrEqual(40);
    expect(event.kioskPath).toBe(`/?kiosk=${event.kioskToken}`);
    expect(event.leaderboardPath).toBe(`/leaderboard.html?event=${event.publicId}`);
    const week = await makeEvent(teacher, { keepDays: 7, levelId: 'schoolfuif' });
    expect(week).toMatchObject({ levelId: 'schoolfuif', expiresAt: '2026-05-24T00:00:00.000Z' });
    const list = (await teacher.call('GET', '/api/events')).json().events;
    expect(list.map((e: { id: string }) => e.id).sort()).toEqual([event.id, week.id].sort());
  });

  it('refuses bad inputs with a clear message', async () => {
    const teacher = (await signUpTeacher(server.app)).agent;
    const cases: [Record<string, unknown>, number, string][] = [
      [{ name: '', date: '2026-05-16' }, 400, 'name'],
      [{ name: 'x', date: '16/05/2026' }, 400, 'date'],
      [{ name: 'x', date: '2026-05-16', keepDays: 3 }, 400, 'keepDays'],
      [{ name: 'x', date: '2026-05-16', levelId: 'nope' }, 404, "no level 'nope'"],
      [{ name: 'x', date: '2026-01-01' }, 400, 'already be removed'],
    ];
    for (const [body, status, text] of cases) {
      const response = await teacher.call('POST', '/api/events', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(status);
      expect(response.json().message).toContain(text);
    }
  });

  it('lets only the owner see, end, clear and delete an event', async () => {
    const owner = (await signUpTeacher(server.app)).agent;
    const other = (await signUpTeacher(server.app)).agent;
    const event = await makeEvent(owner);
    const schoolClass = await makeClass(owner);
    const pupil = (await joinPupil(server.app, schoolClass.joinCode, 'Nora')).agent;
    const anonymous = new Agent(server.app);
    const routes: ['GET' | 'POST' | 'DELETE', string][] = [
      ['GET', `/api/events/${event.id}`],
      ['POST', `/api/events/${event.id}/end`],
      ['DELETE', `/api/events/${event.id}/results`],
      ['DELETE', `/api/events/${event.id}`],
      ['GET', `/api/events/${event.id}/kiosk-qr.svg`],
      ['GET', `/api/events/${event.id}/leaderboard-qr.svg`],
    ];
    for (const [method, url] of routes) {
      expect((await other.call(method, url)).statusCode, `other teacher ${method} ${url}`).toBe(404);
      expect((await pupil.call(method, url)).statusCode, `pupil ${method} ${url}`).toBe(403);
      expect((await anonymous.call(method, url)).statusCode, `anonymous ${method} ${url}`).toBe(401);
    }
    expect((await other.call('GET', '/api/events')).json().events).toEqual([]);
    expect((await pupil.call('GET', '/api/events')).statusCode).toBe(403);
    expect((await anonymous.call('POST', '/api/events', { name: 'x', date: '2026-05-16' })).statusCode).toBe(
      401,
    );
    // Still there and still open after all those refusals.
    const shown = await owner.call('GET', `/api/events/${event.id}`);
    expect(shown.statusCode).toBe(200);
    expect(shown.json().event.endedAt).toBeNull();
  });

  it('draws QR codes of the kiosk and leaderboard links', async () => {
    const teacher = (await signUpTeacher(server.app)).agent;
    const event = await makeEvent(teacher);
    for (const which of ['kiosk', 'leaderboard']) {
      const response = await teacher.call('GET', `/api/events/${event.id}/${which}-qr.svg`);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('image/svg+xml');
      expect(response.body).toMatch(/^<svg[^>]*viewBox/);
    }
  });

  it('ends an event (kiosks refused, leaderboard kept), clears results, and deletes it', async () => {
    const teacher = (await signUpTeacher(server.app)).agent;
    const event = await makeEvent(teacher);
    const level = promoLevel();
    const kiosk = new Agent(server.app);
    const task = level.tasks[0]?.id ?? '';
    const play = '6f1b1d4e-4b7e-4a53-9a55-2f0f5a0c0a01';
    const sent = await kiosk.call(
      'POST',
      '/api/kiosk/attempts',
      kioskAttempt(level, { ...event, playId: play, taskId: task }),
    );
    expect(sent.statusCode).toBe(201);
    expect((await teacher.call('GET', `/api/events/${event.id}`)).json().event.plays).toBe(1);

    await teacher.call('DELETE', `/api/events/${event.id}/results`);
    const cleared = (await teacher.call('GET', `/api/events/${event.id}`)).json();
    expect(cleared.event.plays).toBe(0);
    expect(cleared.leaderboard.top).toEqual([]);

    const ended = await teacher.call('POST', `/api/events/${event.id}/end`);
    expect(ended.json().event.endedAt).toBe(server.clock.now().toISOString());
    const refused = await kiosk.call(
      'POST',
      '/api/kiosk/attempts',
      kioskAttempt(level, { ...event, playId: play, taskId: task }),
    );
    expect(refused.statusCode).toBe(410);
    expect(refused.json().error).toBe('event-ended');
    const board = await kiosk.call('GET', `/api/leaderboards/${event.publicId}`);
    expect(board.json().event.ended).toBe(true);

    expect((await teacher.call('DELETE', `/api/events/${event.id}`)).statusCode).toBe(204);
    expect((await teacher.call('GET', `/api/events/${event.id}`)).statusCode).toBe(404);
    expect((await kiosk.call('GET', `/api/leaderboards/${event.publicId}`)).statusCode).toBe(404);
  });
});
