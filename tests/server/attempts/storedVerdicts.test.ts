// Scoring a new try reads the earlier tries' stored verdicts (correct, quality) instead of checking
// their answers again; a try stored before the quality column (NULL) is checked again. SQLite only:
// the test edits stored rows in the database file to tell the two apart.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoreJudgedTries, scoreTask } from '../../../src/core/scoring/scoreTask';
import { makeTaskVariant } from '../../../src/core/scoring/taskVariant';
import { taskKind } from '../../../src/core/tasks/registry';
import { DATABASE_FILE } from '../../../src/server/db/openDatabase';
import {
  fixtureLevel,
  joinPupil,
  makeClass,
  seedFor,
  signUpTeacher,
  startTestServer,
  TEST_DATABASE,
  type TestServer,
} from '../testServer';

const level = fixtureLevel();
const task = level.tasks.find((t) => t.id === 'earplug-question');
if (!task) throw new Error('fixture level changed');

describe.skipIf(TEST_DATABASE !== 'sqlite')('stored verdicts', () => {
  let server: TestServer;
  let joinCode: string;
  let database: SQLite.Database;
  beforeAll(async () => {
    server = await startTestServer();
    const teacher = (await signUpTeacher(server.app)).agent;
    joinCode = (await makeClass(teacher)).joinCode;
    database = new SQLite(join(server.dataDir, DATABASE_FILE));
  });
  afterAll(async () => {
    database.close();
    await server.close();
  });

  const rightTwice = async (nickname: string, edit: (attemptId: string) => void) => {
    const pupil = await joinPupil(server.app, joinCode, nickname);
    const seed = await seedFor(pupil.agent, level.id);
    const right = taskKind(task.kind).solve(makeTaskVariant(task, seed));
    const body = () => ({
      attemptId: randomUUID(),
      levelId: level.id,
      levelVersion: level.version,
      taskId: task.id,
      seed,
      answer: right,
      hintsUsed: 0,
      timeMs: 20_000,
      clientCreatedAt: '2026-05-04T09:12:33.120Z',
    });
    const first = body();
    expect((await pupil.agent.call('POST', '/api/attempts', first)).statusCode).toBe(201);
    const stored = database.prepare('SELECT quality FROM attempts WHERE id = ?').get(first.attemptId);
    expect(stored).toEqual({ quality: 1 });
    edit(first.attemptId);
    const second = body();
    const answer = (await pupil.agent.call('POST', '/api/attempts', second)).json();
    return { answer, tries: [first, second], seed };
  };

  it('scores the next try from the stored quality, without checking the earlier answer again', async () => {
    const { answer, tries, seed } = await rightTwice('Stored', (id) =>
      database.prepare('UPDATE attempts SET quality = 0.5 WHERE id = ?').run(id),
    );
    const judged = tries.map((t, i) => ({ correct: true, quality: i === 0 ? 0.5 : 1, ...t }));
    const expected = scoreJudgedTries(level.scoring, task, judged);
    expect(answer.task).toMatchObject({ attempts: 2, points: expected.points, stars: expected.stars });
    // Checked again, the first try would have kept its full points: the stored verdict counted.
    const rechecked = scoreTask(level.scoring, task, makeTaskVariant(task, seed), tries);
    expect(expected.points).toBeLessThan(rechecked.points);
  });

  it('checks a try stored before the quality column again', async () => {
    const { answer, tries, seed } = await rightTwice('Legacy', (id) =>
      database.prepare('UPDATE attempts SET quality = NULL WHERE id = ?').run(id),
    );
    const expected = scoreTask(level.scoring, task, makeTaskVariant(task, seed), tries);
    expect(expected.bestAttempt).toBe(0);
    expect(answer.task).toMatchObject({ attempts: 2, points: expected.points, stars: expected.stars });
  });
});
