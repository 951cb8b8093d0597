// Kiosk attempts: the kiosk token authorises one event only; the server scores with the core,
// keeps the play's totals, is idempotent by attemptId, and checks nicknames with the filter.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoreLevel } from '../../../src/core/scoring/scoreLevel';
import { makeTaskVariant } from '../../../src/core/scoring/taskVariant';
import { visitorsWelcomed } from '../../../src/core/scoring/visitorsWelcomed';
import { taskKind } from '../../../src/core/tasks/registry';
import { Agent, signUpTeacher } from '../testServer';
import { kioskAttempt, makeEvent, type PromoServer, promoLevel, startPromoServer } from './promoTestKit';

const level = promoLevel();
const [first, second, third] = level.tasks.map((t) => t.id) as [string, string, string];

describe('kiosk attempts', () => {
  let server: PromoServer;
  let teacher: Agent;
  let kiosk: Agent;
  beforeAll(async () => {
    server = await startPromoServer();
    teacher = (await signUpTeacher(server.app)).agent;
    kiosk = new Agent(server.app);
  });
  afterAll(() => server.close());

  const send = (body: unknown) => kiosk.call('POST', '/api/kiosk/attempts', body);

  it('tells a kiosk its event and level from the token', async () => {
    const event = await makeEvent(teacher, { name: 'Opendeurdag' });
    const response = await kiosk.call('POST', '/api/kiosk/event', { kioskToken: event.kioskToken });
    expect(response.statusCode).toBe(200);
    expect(response.json().event).toEqual({
      name: 'Opendeurdag',
      date: '2026-05-16',
      levelId: 'promo',
      levelVersion: level.version,
      publicId: event.publicId,
      leaderboardPath: event.leaderboardPath,
    });
    expect(response.body).not.toContain(event.kioskToken);
  });

  it('scores a whole play like the core does and keeps its totals', async () => {
    const event = await makeEvent(teacher);
    const playId = randomUUID();
    const seed = 987;
    const wrong = await send(kioskAttempt(level, { ...event, playId, taskId: first, seed, right: false }));
    expect(wrong.statusCode).toBe(201);
    expect(wrong.json()).toMatchObject({ duplicate: false, check: { correct: false }, play: { points: 0 } });
    const nickname = wrong.json().play.nickname as string;
    expect(nickname).toMatch(/^\S+ \S+$/);

    let last = wrong;
    for (const taskId of [first, second, third]) {
      last = await send(kioskAttempt(level, { ...event, playId, taskId, seed }));
      expect(last.statusCode).toBe(201);
      expect(last.json().check.correct).toBe(true);
    }
    // The same tries scored by the core directly.
    const tryOf = (taskId: string, right: boolean) => {
      const task = level.tasks.find((t) => t.id === taskId);
      if (!task) throw new Error(taskId);
      const answer = right ? taskKind(task.kind).solve(makeTaskVariant(task, seed)) : { nonsense: true };
      return { answer, hintsUsed: 0, timeMs: 20_000 };
    };
    const expected = scoreLevel(level, seed, {
      [first]: [tryOf(first, false), tryOf(first, true)],
      [second]: [tryOf(second, true)],
      [third]: [tryOf(third, true)],
    });
    expect(last.json().play).toEqual({
      playId,
      nickname,
      points: expected.points,
      maxPoints: expected.maxPoints,
      stars: expected.stars,
      visitorsWelcomed: visitorsWelcomed(level, expected),
      tasksDone: 3,
      rank: 1,
    });
    expect(expected.points).toBeGreaterThan(0);
    const firstTask = (await send(kioskAttempt(level, { ...event, playId, taskId: first, seed }))).json()
      .task;
    expect(firstTask).toMatchObject({ taskId: first, attempts: 3, correct: true });
  });

  it('is idempotent by attemptId: a resend stores nothing and answers the same', async () => {
    const event = await makeEvent(teacher);
    const body = kioskAttempt(level, { ...event, playId: randomUUID(), taskId: first });
    const once = await send(body);
    const again = await send(body);
    expect(once.statusCode).toBe(201);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ ...once.json(), duplicate: true });
    const shown = (await teacher.call('GET', `/api/events/${event.id}`)).json().event;
    expect(shown.plays).toBe(1);
    expect(shown.visitorsWelcomed).toBe(once.json().play.visitorsWelcomed);
    // The same attemptId for another play is a conflict, not a silent success.
    const reused = await send({ ...body, playId: randomUUID() });
    expect(reused.statusCode).toBe(409);
  });

  it('refuses a bad, an ended and an expired token', async () => {
    const event = await makeEvent(teacher, { date: '2026-05-16' });
    const body = (token: string) =>
      kioskAttempt(level, { kioskToken: token, playId: randomUUID(), taskId: first });
    const bad = await send(body('x'.repeat(43)));
    expect(bad.statusCode).toBe(404);
    expect((await send(body('short'))).statusCode).toBe(400);
    const { kioskToken: _, ...noToken } = body(event.kioskToken);
    expect((await send(noToken)).statusCode).toBe(400);

    const ended = await makeEvent(teacher);
    await teacher.call('POST', `/api/events/${ended.id}/end`);
    expect((await send(body(ended.kioskToken))).json().error).toBe('event-ended');

    // Past its expiry (the festival day plus one day) the token stops working at once,
    // even before the cleanup has run.
    expect((await send(body(event.kioskToken))).statusCode).toBe(201);
    server.clock.advanceDays(2);
    try {
      const late = await send(body(event.kioskToken));
      expect(late.statusCode).toBe(410);
      expect(late.json().error).toBe('event-expired');
      expect(
        (await kiosk.call('POST', '/api/kiosk/event', { kioskToken: event.kioskToken })).statusCode,
      ).toBe(410);
    } finally {
      server.clock.advanceDays(-2);
    }
  });

  it('takes a typed nickname that passes the filter and refuses a rude one', async () => {
    const event = await makeEvent(teacher);
    const good = await send(
      kioskAttempt(level, { ...event, playId: randomUUID(), taskId: first, nickname: ' Zoë  B ' }),
    );
    expect(good.json().play.nickname).toBe('Zoë B');
    const rude = await send(
      kioskAttempt(level, { ...event, playId: randomUUID(), taskId: first, nickname: 'K4k3 kut' }),
    );
    expect(rude.statusCode).toBe(400);
    expect(rude.json().issues[0].path).toBe('nickname');
    // A later attempt of the play cannot rename it.
    const playId = randomUUID();
    await send(kioskAttempt(level, { ...event, playId, taskId: first, nickname: 'Mila' }));
    const later = await send(kioskAttempt(level, { ...event, playId, taskId: second, nickname: 'Other' }));
    expect(later.json().play.nickname).toBe('Mila');
  });

  it('refuses another level, a wrong version, an unknown task and a changed seed', async () => {
    const event = await makeEvent(teacher);
    const playId = randomUUID();
    const base = kioskAttempt(level, { ...event, playId, taskId: first, seed: 5 });
    expect((await send({ ...base, levelId: 'schoolfuif' })).statusCode).toBe(409);
    expect((await send({ ...base, levelVersion: level.version + 1 })).json().error).toBe(
      'level-version-mismatch',
    );
    expect((await send({ ...base, taskId: 'nope' })).statusCode).toBe(404);
    expect((await send(base)).statusCode).toBe(201);
    const changed = await send({ ...kioskAttempt(level, { ...event, playId, taskId: second, seed: 6 }) });
    expect(changed.json().error).toBe('seed-mismatch');
    // A play belongs to one event.
    const other = await makeEvent(teacher);
    const stolen = await send(kioskAttempt(level, { ...other, playId, taskId: second, seed: 5 }));
    expect(stolen.statusCode).toBe(409);
  });

  it('never trusts a score the kiosk sends', async () => {
    const event = await makeEvent(teacher);
    const response = await send({
      ...kioskAttempt(level, { ...event, playId: randomUUID(), taskId: first, right: false }),
      points: 9999,
      play: { points: 9999 },
    });
    expect(response.json().play.points).toBe(0);
  });
});
