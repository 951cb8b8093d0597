// The public leaderboard: best plays first with nickname, points and stars only, the running
// total of visitors, live updates over server-sent events, and a rate limit.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leaderboardSchema } from '../../../src/server/promo/promoContract';
import { Agent, signUpTeacher } from '../testServer';
import { kioskAttempt, makeEvent, type PromoServer, promoLevel, startPromoServer } from './promoTestKit';

const level = promoLevel();
const taskIds = level.tasks.map((t) => t.id);

describe('leaderboard', () => {
  let server: PromoServer;
  let base: string;
  beforeAll(async () => {
    server = await startPromoServer();
    base = await server.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => server.close());

  it('ranks plays by points, then stars, then who got there first, without personal data', async () => {
    const owner = await signUpTeacher(server.app);
    const event = await makeEvent(owner.agent, { name: 'Stand' });
    const kiosk = new Agent(server.app);
    const play = async (nickname: string, solved: number) => {
      server.clock.advanceMinutes(5);
      const playId = randomUUID();
      await kiosk.call(
        'POST',
        '/api/kiosk/attempts',
        kioskAttempt(level, { ...event, playId, taskId: taskIds[0] ?? '', nickname, right: solved > 0 }),
      );
      for (const taskId of taskIds.slice(1, solved)) {
        await kiosk.call('POST', '/api/kiosk/attempts', kioskAttempt(level, { ...event, playId, taskId }));
      }
      return playId;
    };
    const ids = [await play('Bas', 1), await play('Ada', 3), await play('Cas', 1), await play('Dirk', 0)];
    const response = await kiosk.call('GET', `/api/leaderboards/${event.publicId}`);
    expect(response.statusCode).toBe(200);
    const board = leaderboardSchema.parse(response.json());
    expect(board.top.map((e) => [e.rank, e.nickname])).toEqual([
      [1, 'Ada'],
      [2, 'Bas'],
      [3, 'Cas'],
      [4, 'Dirk'],
    ]);
    expect(board.top[0]?.points).toBeGreaterThan(board.top[1]?.points ?? 0);
    expect(board.top[3]?.points).toBe(0);
    const shown = (await owner.agent.call('GET', `/api/events/${event.id}`)).json().event;
    expect(board.totals).toEqual({ plays: 4, visitorsWelcomed: shown.visitorsWelcomed });
    expect(board.totals.visitorsWelcomed).toBeGreaterThan(0);
    expect(board.event).toEqual({ name: 'Stand', date: '2026-05-16', levelId: 'promo', ended: false });
    for (const secret of [event.kioskToken, event.id, owner.email, owner.id, ...ids]) {
      expect(response.body).not.toContain(secret);
    }
    expect((await kiosk.call('GET', '/api/leaderboards/nope')).statusCode).toBe(404);
    expect((await kiosk.call('GET', '/api/leaderboards/bad%20id')).statusCode).toBe(400);
  });

  it('pushes a fresh leaderboard to the stream when a kiosk result arrives', async () => {
    const teacher = (await signUpTeacher(server.app)).agent;
    const event = await makeEvent(teacher);
    const controller = new AbortController();
    const response = await fetch(`${base}/api/leaderboards/${event.publicId}/stream`, {
      signal: controller.signal,
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body?.getReader();
    if (!reader) throw new Error('no stream');
    let text = '';
    const frames = () => text.split('\n\n').filter((f) => f.startsWith('event: leaderboard'));
    const readFrames = async (count: number) => {
      while (frames().length < count) {
        const chunk = await reader.read();
        if (chunk.done) throw new Error('the stream ended');
        text += new TextDecoder().decode(chunk.value);
      }
      return frames().map((f) => leaderboardSchema.parse(JSON.parse(f.split('data: ')[1] ?? '')));
    };
    const [initial] = await readFrames(1);
    expect(initial?.totals).toEqual({ plays: 0, visitorsWelcomed: 0 });

    // Three results at once become one or more snapshots; the last one has them all.
    const kiosk = new Agent(server.app);
    const playId = randomUUID();
    for (const taskId of taskIds) {
      await kiosk.call(
        'POST',
        '/api/kiosk/attempts',
        kioskAttempt(level, { ...event, playId, taskId, nickname: 'Live' }),
      );
    }
    let latest = (await readFrames(2)).at(-1);
    while (
      latest?.top[0]?.points !==
      (await kiosk.call('GET', `/api/leaderboards/${event.publicId}`)).json().top[0].points
    ) {
      latest = (await readFrames(frames().length + 1)).at(-1);
    }
    expect(latest?.top[0]).toMatchObject({ rank: 1, nickname: 'Live', stars: 3 });
    expect(latest?.totals.plays).toBe(1);

    // Deleting the event tells the screen it is gone and closes the stream.
    await teacher.call('DELETE', `/api/events/${event.id}`);
    while (!text.includes('event: gone')) {
      const chunk = await reader.read();
      if (chunk.done) break;
      text += new TextDecoder().decode(chunk.value);
    }
    expect(text).toContain('event: gone');
    controller.abort();
  });
});

describe('leaderboard rate limit', () => {
  let server: PromoServer;
  beforeAll(async () => {
    server = await startPromoServer({ rateLimit: true });
  });
  afterAll(() => server.close());

  it('answers 429 after 120 reads a minute from one address', async () => {
    const teacher = (await signUpTeacher(server.app)).agent;
    const event = await makeEvent(teacher);
    const statuses: number[] = [];
    for (let i = 0; i < 121; i++) {
      statuses.push((await server.app.inject({ url: `/api/leaderboards/${event.publicId}` })).statusCode);
    }
    expect(statuses.slice(0, 120).every((s) => s === 200)).toBe(true);
    expect(statuses[120]).toBe(429);
  });
});
