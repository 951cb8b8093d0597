// The main story end to end through inject: a teacher signs up and makes a class, a pupil
// joins with the code and plays a task, and the teacher's API shows the official result.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTaskVariant } from '../../src/core/scoring/taskVariant';
import { taskKind } from '../../src/core/tasks/registry';
import {
  fixtureLevel,
  joinPupil,
  makeClass,
  seedFor,
  signUpTeacher,
  startTestServer,
  type TestServer,
} from './testServer';

const level = fixtureLevel();

describe('teacher, class, pupil, attempt, progress', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('shows a pupil result to the teacher', async () => {
    const teacher = await signUpTeacher(server.app);
    const schoolClass = await makeClass(teacher.agent);
    expect(schoolClass.joinCode).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{6}$/);
    const pupil = await joinPupil(server.app, schoolClass.joinCode.toLowerCase(), 'DJ Volt');
    const seed = await seedFor(pupil.agent, level.id);
    const task = level.tasks[0];
    if (!task) throw new Error('level without tasks');
    const answer = taskKind(task.kind).solve(makeTaskVariant(task, seed));
    const submitted = await pupil.agent.call('POST', '/api/attempts', {
      attemptId: randomUUID(),
      levelId: level.id,
      levelVersion: level.version,
      taskId: task.id,
      seed,
      answer,
      hintsUsed: 0,
      timeMs: 30_000,
      clientCreatedAt: new Date().toISOString(),
    });
    expect(submitted.statusCode).toBe(201);
    const result = submitted.json();
    expect(result.check.correct).toBe(true);
    expect(result.task.points).toBeGreaterThan(90);

    const grid = (await teacher.agent.call('GET', `/api/classes/${schoolClass.id}/progress`)).json();
    expect(grid.pupils.map((p: { nickname: string }) => p.nickname)).toEqual(['DJ Volt']);
    expect(grid.cells).toEqual([
      expect.objectContaining({
        pupilId: pupil.id,
        taskId: task.id,
        status: 'done',
        points: result.task.points,
      }),
    ]);
  });
});
