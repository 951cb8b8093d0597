// The server class link against a fake fetch: what it sends, the login card and levels it keeps,
// and each refusal turned into the error the pupil reads.
import { describe, expect, it } from 'vitest';
import { ApiClient, ApiError } from '../../../src/client/ApiClient';
import { classErrorOf, localProblem, ServerClassLink } from '../../../src/game/net/ServerClassLink';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const login = {
  pupil: { id: 'p1', nickname: 'DJ Volt', classId: 'c1' },
  card: { pupilId: 'p1', nickname: 'DJ Volt', joinCode: 'K7RMXP', secret: 'blauwe-tijger-42' },
  csrfToken: 'csrf',
};
const me = {
  pupil: login.pupil,
  class: { name: '2B' },
  seed: 777,
  levels: [
    {
      levelId: 'stadsfestival',
      levelVersion: 3,
      assigned: true,
      dueDate: '2030-06-01',
      seed: 4242,
      tasks: [
        { taskId: 'line-up', attempts: 2, correct: true, points: 90, stars: 3 },
        { taskId: 'sound-check', attempts: 1, correct: false, points: 0, stars: 0 },
      ],
    },
    { levelId: 'schoolfuif', levelVersion: 2, assigned: false, dueDate: null, seed: 777, tasks: [] },
  ],
};

function linkAnswering(answers: Record<string, Response | Error>) {
  const calls: { path: string; body: unknown }[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const path = String(input);
    calls.push({ path, body: init?.body ? JSON.parse(String(init.body)) : undefined });
    const answer = answers[path];
    if (!answer || answer instanceof Error) throw answer ?? new Error(`no answer for ${path}`);
    return answer.clone();
  };
  return { link: new ServerClassLink(new ApiClient({ fetch, readCookie: () => undefined })), calls };
}

describe('the server class link', () => {
  it('joins with the cleaned-up code, keeps the card, and reads the levels with their seeds', async () => {
    const { link, calls } = linkAnswering({
      '/api/pupil/join': json(201, login),
      '/api/pupil/me': json(200, me),
    });
    const answer = await link.joinClass(' k7r-mxp ', ' DJ Volt ');
    expect(calls[0]).toEqual({ path: '/api/pupil/join', body: { joinCode: 'K7RMXP', nickname: 'DJ Volt' } });
    expect(answer).toEqual({
      ok: true,
      membership: {
        pupilId: 'p1',
        className: '2B',
        seed: 777,
        loggedOut: false,
        card: { joinCode: 'K7RMXP', nickname: 'DJ Volt', secret: 'blauwe-tijger-42' },
        levels: [
          {
            levelId: 'stadsfestival',
            levelVersion: 3,
            assigned: true,
            dueDate: '2030-06-01',
            seed: 4242,
            tasksDone: 1,
          },
          { levelId: 'schoolfuif', levelVersion: 2, assigned: false, dueDate: null, seed: 777, tasksDone: 0 },
        ],
      },
    });
  });

  it('refuses a rude name or a malformed code before asking the server', async () => {
    const { link, calls } = linkAnswering({});
    expect(await link.joinClass('K7RMXP', 'DJ Lul')).toEqual({ ok: false, error: 'name-refused' });
    expect(await link.joinClass('', 'DJ Volt')).toEqual({ ok: false, error: 'invalid-code' });
    expect(await link.joinClass('K0RMXP', 'DJ Volt')).toEqual({ ok: false, error: 'unknown-code' });
    expect(await link.loginClass('K7RMXP', 'DJ Volt', ' ')).toEqual({ ok: false, error: 'wrong-card' });
    expect(calls).toEqual([]);
    expect(localProblem('k7rmxp', 'Captain Decibel')).toBeNull();
  });

  it("turns the server's refusals into the pupil's errors", async () => {
    const refused = (status: number, error: string, message: string) =>
      linkAnswering({ '/api/pupil/join': json(status, { error, message }) }).link.joinClass(
        'K7RMXP',
        'DJ Volt',
      );
    expect(await refused(404, 'not-found', 'no class has this code')).toMatchObject({
      error: 'unknown-code',
    });
    expect(await refused(409, 'conflict', 'this nickname is already taken in this class')).toMatchObject({
      error: 'name-taken',
    });
    expect(await refused(409, 'conflict', 'this class is closed; ask your teacher')).toMatchObject({
      error: 'class-closed',
    });
    expect(await refused(400, 'bad-request', 'nickname: not allowed')).toMatchObject({
      error: 'name-refused',
    });
    expect(await refused(429, 'rate-limited', 'too many tries')).toMatchObject({ error: 'rate-limited' });
    const offline = linkAnswering({ '/api/pupil/join': new TypeError('Failed to fetch') }).link;
    expect(await offline.joinClass('K7RMXP', 'DJ Volt')).toEqual({ ok: false, error: 'offline' });
    const wrongCard = linkAnswering({
      '/api/pupil/login': json(401, { error: 'unauthorized', message: 'x' }),
    });
    expect(await wrongCard.link.loginClass('K7RMXP', 'DJ Volt', 'rode-vos-1')).toEqual({
      ok: false,
      error: 'wrong-card',
    });
    expect(classErrorOf(new ApiError(503, 'http', 'down'), 'login')).toBe('offline');
  });

  it('says logged-out when the server no longer knows this device, offline when it cannot be reached', async () => {
    const gone = linkAnswering({ '/api/pupil/me': json(401, { error: 'unauthorized', message: 'log in' }) });
    expect(await gone.link.refresh()).toEqual({ ok: false, error: 'logged-out' });
    const away = linkAnswering({ '/api/pupil/me': new TypeError('Failed to fetch') });
    expect(await away.link.refresh()).toEqual({ ok: false, error: 'offline' });
  });
});
