// Progress for the dashboard (grid, pupil, task stats) and the three exports read back:
// CSV with BOM and ';' (or ','), formulas neutralised; XLSX through exceljs; JSON.
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTaskVariant } from '../../src/core/scoring/taskVariant';
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
const [soundTask, questionTask] = level.tasks;
if (!soundTask || !questionTask) throw new Error('fixture level changed');

describe('progress and exports', () => {
  let server: TestServer;
  let teacher: Agent;
  let schoolClass: { id: string; joinCode: string };
  let ada: { agent: Agent; id: string };
  let minus: { agent: Agent; id: string };

  const submit = async (pupil: Agent, taskIndex: number, right: boolean, hintsUsed = 0) => {
    const task = level.tasks[taskIndex];
    if (!task) throw new Error('no task');
    const seed = await seedFor(pupil, level.id);
    const solved = taskKind(task.kind).solve(makeTaskVariant(task, seed));
    const answer = right ? solved : task.kind === 'question' ? { optionId: 'nope' } : { distanceM: 0.1 };
    const response = await pupil.call('POST', '/api/attempts', {
      attemptId: randomUUID(),
      levelId: level.id,
      levelVersion: level.version,
      taskId: task.id,
      seed,
      answer,
      hintsUsed,
      timeMs: 30_000,
      clientCreatedAt: new Date().toISOString(),
    });
    return response.json();
  };

  beforeAll(async () => {
    server = await startTestServer();
    teacher = (await signUpTeacher(server.app)).agent;
    schoolClass = await makeClass(teacher, '2B; "STEM"');
    ada = await joinPupil(server.app, schoolClass.joinCode, 'Ada');
    minus = await joinPupil(server.app, schoolClass.joinCode, 'Minus');
    await submit(ada.agent, 0, false);
    await submit(ada.agent, 0, true, 1);
    await submit(ada.agent, 1, true);
    for (let i = 0; i < 3; i++) await submit(minus.agent, 1, false);
  });
  afterAll(() => server.close());

  it('builds the grid with status, stars and a stuck mark', async () => {
    const grid = (await teacher.call('GET', `/api/classes/${schoolClass.id}/progress`)).json();
    expect(grid.levels[0].tasks.map((t: { id: string }) => t.id)).toEqual([soundTask.id, questionTask.id]);
    const cell = (pupilId: string, taskId: string) =>
      grid.cells.find(
        (c: { pupilId: string; taskId: string }) => c.pupilId === pupilId && c.taskId === taskId,
      );
    expect(cell(ada.id, soundTask.id)).toMatchObject({
      status: 'done',
      attempts: 2,
      hintsUsed: 1,
      stuck: false,
    });
    expect(cell(ada.id, questionTask.id)).toMatchObject({ status: 'done', attempts: 1, stars: 3 });
    expect(cell(minus.id, questionTask.id)).toMatchObject({
      status: 'busy',
      attempts: 3,
      stuck: true,
      points: 0,
    });
    expect(cell(minus.id, soundTask.id)).toBeUndefined();
    const filtered = await teacher.call('GET', `/api/classes/${schoolClass.id}/progress?levelId=nope`);
    expect(filtered.statusCode).toBe(404);
  });

  it('gives one pupil their attempts, S/T/E/M profile and careers', async () => {
    const response = await teacher.call('GET', `/api/classes/${schoolClass.id}/pupils/${ada.id}/progress`);
    const progress = response.json();
    expect(progress.attempts).toHaveLength(3);
    expect(progress.careers).toEqual([...new Set([...soundTask.careers, ...questionTask.careers])].sort());
    expect(progress.profile.S).toBeGreaterThan(0.5);
    expect(progress.profile.T).toBeNull();
    expect(progress.levels[0]).toMatchObject({ levelId: level.id, tasksDone: 2, tasks: 2 });
  });

  it('counts per task and names the most common wrong categories', async () => {
    const { tasks } = (await teacher.call('GET', `/api/classes/${schoolClass.id}/task-stats`)).json();
    const question = tasks.find((t: { taskId: string }) => t.taskId === questionTask.id);
    expect(question).toMatchObject({ started: 2, finished: 1, averageAttempts: 2 });
    expect(question.wrongCategories).toEqual([{ category: 'invalid', count: 3 }]);
    const sound = tasks.find((t: { taskId: string }) => t.taskId === soundTask.id);
    expect(sound).toMatchObject({ started: 1, finished: 1, averageAttempts: 2, averageHints: 1 });
    expect(sound.wrongCategories).toHaveLength(1);
  });

  it('exports CSV with BOM and semicolons, or commas', async () => {
    const response = await teacher.call('GET', `/api/classes/${schoolClass.id}/export.csv`);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toContain(
      'attachment; filename="festivalmakers-2B-STEM.csv"',
    );
    const raw = response.rawPayload.toString('utf8');
    expect(raw.charCodeAt(0)).toBe(0xfeff);
    const lines = raw.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'pupil;level;levelVersion;task;status;points;maxPoints;stars;attempts;hintsUsed;timeS;lastActivity;stuck',
    );
    expect(lines).toHaveLength(1 + 2 * 2);
    expect(lines.filter((l) => l.startsWith('Minus;'))).toHaveLength(2);
    const adaQuestion = lines.find((l) => l.startsWith(`Ada;${level.id};1;${questionTask.id};`));
    expect(adaQuestion?.split(';').slice(4, 9)).toEqual(['done', expect.any(String), '110', '3', '1']);
    const comma = await teacher.call('GET', `/api/classes/${schoolClass.id}/export.csv?separator=comma`);
    expect(comma.rawPayload.toString('utf8').split('\r\n')[0]).toContain('pupil,level,levelVersion');
    const bad = await teacher.call('GET', `/api/classes/${schoolClass.id}/export.csv?separator=tab`);
    expect(bad.statusCode).toBe(400);
  });

  it('exports XLSX with a summary, a sheet per level, numbers as numbers and a frozen header', async () => {
    const response = await teacher.call('GET', `/api/classes/${schoolClass.id}/export.xlsx`);
    expect(response.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Summary', level.id]);
    const summary = book.getWorksheet('Summary');
    expect(summary?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const names = summary?.getColumn(1).values.slice(2);
    expect(names).toEqual(['Ada', 'Minus']);
    const adaRow = summary?.getRow(2);
    expect(adaRow?.getCell(2).value).toBe(2);
    expect(typeof adaRow?.getCell(3).value).toBe('number');
    const sheet = book.getWorksheet(level.id);
    expect(sheet?.getRow(1).values).toContain('points');
    expect(sheet?.rowCount).toBe(1 + 4);
  });

  it('exports JSON with results and every attempt', async () => {
    const response = await teacher.call('GET', `/api/classes/${schoolClass.id}/export.json`);
    const data = response.json();
    expect(data.class.name).toBe('2B; "STEM"');
    expect(data.pupils.map((p: { nickname: string }) => p.nickname)).toEqual(['Ada', 'Minus']);
    expect(data.results).toHaveLength(4);
    expect(data.attempts).toHaveLength(6);
    expect(data.attempts[0]).toMatchObject({ pupil: 'Ada', level: level.id, scoringVersion: 1 });
  });
});
