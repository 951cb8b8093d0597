// POST /api/attempts: checked and scored by the server with the shared core; resubmission is
// harmless; a score the client claims is never stored; version and seed are checked.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoreTask } from '../../src/core/scoring/scoreTask';
import { makeTaskVariant } from '../../src/core/scoring/taskVariant';
import { questionParamsSchema } from '../../src/core/tasks/question/QuestionTask';
import { taskKind } from '../../src/core/tasks/registry';
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
const question = level.tasks.find((t) => t.id === 'earplug-question');
if (!question) throw new Error('fixture level changed');
const params = questionParamsSchema.parse(question.params);
if (params.mode !== 'choice') throw new Error('fixture level changed');
const wrongOption = params.options.find((o) => !o.correct)?.id ?? '';
const rightOption = params.options.find((o) => o.correct)?.id ?? '';

const attempt = (seed: number, answer: unknown, extra: Record<string, unknown> = {}) => ({
  attemptId: randomUUID(),
  levelId: level.id,
  levelVersion: level.version,
  taskId: question.id,
  seed,
  answer,
  hintsUsed: 0,
  timeMs: 20_000,
  clientCreatedAt: '2026-05-04T09:12:33.120Z',
  ...extra,
});

describe('attempts', () => {
  let server: TestServer;
  let teacher: Agent;
  let schoolClass: { id: string; joinCode: string };
  beforeAll(async () => {
    server = await startTestServer();
    teacher = (await signUpTeacher(server.app)).agent;
    schoolClass = await makeClass(teacher);
  });
  afterAll(() => server.close());

  it('scores tries in order with the core and matches scoreTask', async () => {
    const pupil = await joinPupil(server.app, schoolClass.joinCode, 'Order');
    const seed = await seedFor(pupil.agent, level.id);
    const first = attempt(seed, { optionId: wrongOption }, { hintsUsed: 1 });
    const second = attempt(seed, { optionId: rightOption }, { hintsUsed: 1 });
    const one = (await pupil.agent.call('POST', '/api/attempts', first)).json();
    expect(one.check.correct).toBe(false);
    expect(one.task).toMatchObject({ attempts: 1, correct: false, points: 0, stars: 0 });
    const twoResponse = await pupil.agent.call('POST', '/api/attempts', second);
    expect(twoResponse.statusCode).toBe(201);
    const expected = scoreTask(level.scoring, question, makeTaskVariant(question, seed), [first, second]);
    expect(twoResponse.json()).toEqual({
      attemptId: second.attemptId,
      duplicate: false,
      scoringVersion: 1,
      check: { correct: true, category: 'correct' },
      task: {
        taskId: question.id,
        attempts: 2,
        correct: true,
        points: expected.points,
        maxPoints: expected.maxPoints,
        stars: expected.stars,
      },
    });
    expect(expected.points).toBeLessThan(expected.maxPoints);
  });

  it('answers a resubmission with the stored result and stores nothing new', async () => {
    const pupil = await joinPupil(server.app, schoolClass.joinCode, 'Twice');
    const body = attempt(await seedFor(pupil.agent, level.id), { optionId: rightOption });
    const first = await pupil.agent.call('POST', '/api/attempts', body);
    const again = await pupil.agent.call('POST', '/api/attempts', {
      ...body,
      answer: { optionId: wrongOption },
    });
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ ...first.json(), duplicate: true });
    const grid = (await teacher.call('GET', `/api/classes/${schoolClass.id}/progress`)).json();
    const cell = grid.cells.find((c: { pupilId: string }) => c.pupilId === pupil.id);
    expect(cell).toMatchObject({ attempts: 1, status: 'done' });
  });

  it('never stores a score the client claims', async () => {
    const pupil = await joinPupil(server.app, schoolClass.joinCode, 'Cheater');
    const body = attempt(
      await seedFor(pupil.agent, level.id),
      { optionId: wrongOption },
      {
        points: 999,
        stars: 3,
        correct: true,
        task: { points: 999, stars: 3, correct: true },
      },
    );
    const response = await pupil.agent.call('POST', '/api/attempts', body);
    expect(response.statusCode).toBe(201);
    expect(response.json().task).toMatchObject({ correct: false, points: 0, stars: 0 });
    const exported = (await teacher.call('GET', `/api/classes/${schoolClass.id}/export.json`)).json();
    const stored = exported.attempts.find((a: { attemptId: string }) => a.attemptId === body.attemptId);
    expect(stored).toMatchObject({ correct: false, taskPoints: 0, taskStars: 0 });
    const result = exported.results.find(
      (r: { pupil: string; task: string }) => r.pupil === 'Cheater' && r.task === question.id,
    );
    expect(result).toMatchObject({ status: 'busy', points: 0, stars: 0 });
  });

  it('counts an answer of the wrong shape as an invalid try', async () => {
    const pupil = await joinPupil(server.app, schoolClass.joinCode, 'Shape');
    const response = await pupil.agent.call(
      'POST',
      '/api/attempts',
      attempt(await seedFor(pupil.agent, level.id), { distanceM: 5 }),
    );
    expect(response.statusCode).toBe(201);
    expect(response.json().check).toEqual({ correct: false, category: 'invalid' });
  });

  it('refuses another level version, a foreign seed and unknown tasks with clear messages', async () => {
    const pupil = await joinPupil(server.app, schoolClass.joinCode, 'Checks');
    const seed = await seedFor(pupil.agent, level.id);
    const version = await pupil.agent.call(
      'POST',
      '/api/attempts',
      attempt(seed, { optionId: rightOption }, { levelVersion: 2 }),
    );
    expect(version.statusCode).toBe(409);
    expect(version.json()).toMatchObject({ error: 'level-version-mismatch', serverVersion: 1 });
    const foreign = await pupil.agent.call(
      'POST',
      '/api/attempts',
      attempt((seed + 1) % 1000, { optionId: 'a' }),
    );
    expect(foreign.statusCode).toBe(409);
    expect(foreign.json().error).toBe('seed-mismatch');
    const task = await pupil.agent.call('POST', '/api/attempts', attempt(seed, {}, { taskId: 'nope' }));
    expect(task.statusCode).toBe(404);
    const levelMissing = await pupil.agent.call(
      'POST',
      '/api/attempts',
      attempt(seed, {}, { levelId: 'nope' }),
    );
    expect(levelMissing.statusCode).toBe(404);
  });

  it('accepts the class seed of an assignment', async () => {
    const pupil = await joinPupil(server.app, schoolClass.joinCode, 'Classy');
    await teacher.call('PUT', `/api/classes/${schoolClass.id}/assignments/${level.id}`, { seed: 4242 });
    expect(await seedFor(pupil.agent, level.id)).toBe(4242);
    const task = level.tasks[0];
    if (!task) throw new Error('no task');
    const answer = taskKind(task.kind).solve(makeTaskVariant(task, 4242));
    const response = await pupil.agent.call(
      'POST',
      '/api/attempts',
      attempt(4242, answer, { taskId: task.id }),
    );
    expect(response.json().check.correct).toBe(true);
    await teacher.call('DELETE', `/api/classes/${schoolClass.id}/assignments/${level.id}`);
  });

  it('refuses malformed bodies with a 400 that names the field', async () => {
    const pupil = await joinPupil(server.app, schoolClass.joinCode, 'Broken');
    const seed = await seedFor(pupil.agent, level.id);
    const cases: [Record<string, unknown>, string][] = [
      [{ attemptId: 'not-a-uuid' }, 'attemptId'],
      [{ hintsUsed: -1 }, 'hintsUsed'],
      [{ timeMs: 'soon' }, 'timeMs'],
      [{ clientCreatedAt: 'yesterday' }, 'clientCreatedAt'],
      [{ answer: { text: 'x'.repeat(5000) } }, 'answer'],
      [{ seed: -5 }, 'seed'],
      [{ levelVersion: 0 }, 'levelVersion'],
    ];
    for (const [override, field] of cases) {
      const response = await pupil.agent.call(
        'POST',
        '/api/attempts',
        attempt(seed, { optionId: 'a' }, override),
      );
      expect(response.statusCode, field).toBe(400);
      expect(response.json().message).toContain(field);
    }
    const big = await pupil.agent.call('POST', '/api/attempts', { answer: 'x'.repeat(100_000) });
    expect(big.statusCode).toBe(413);
  });
});
