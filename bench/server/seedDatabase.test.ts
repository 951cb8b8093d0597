// The seeded database is one the real server accepts: the counts add up, the teacher's session
// opens the grid of the class of 30, and a pupil's seeded session submits and is re-scored.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { loadLevelCatalog } from '../../src/server/levels/LevelCatalog';
import { ATTEMPT_ID_MARK } from './LoadPlan';
import type { SeedSize } from './SeedSize';
import { classSizes, seedDatabase } from './seedDatabase';
import { submissionBodies } from './serverBench';
import { TryScores } from './TryScores';

const levelsDir = resolve('tests/server/fixtures/levels');
const size: SeedSize = {
  classes: 5,
  pupils: 1090,
  attempts: 1090 * 12,
  gridClassPupils: 30,
  schoolPupils: 1000,
  seedPool: 4,
  loggedInPupils: 10,
};
const dataDir = mkdtempSync(join(tmpdir(), 'festivalmakers-bench-seed-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('seedDatabase', () => {
  it('splits pupils over the school class, the grid class and the rest', () => {
    expect(classSizes(size)).toEqual([1000, 30, 20, 20, 20]);
    expect(classSizes({ ...size, classes: 1000, pupils: 25_000 }).reduce((a, b) => a + b)).toBe(25_000);
  });

  it('seeds data the real server reads and re-scores', async () => {
    const levels = loadLevelCatalog(levelsDir, () => {}).levels;
    const seeded = await seedDatabase(dataDir, levels, size, () => {});
    expect(seeded.counts).toMatchObject({ classes: 5, pupils: 1090, attempts: 1090 * 12 });
    expect(seeded.pupils).toHaveLength(10);

    const app = await buildApp({
      dataDir,
      staticDir: join(dataDir, 'no-static'),
      levelsDir,
      logLevel: 'silent',
      rateLimit: false,
      fastHashing: true,
      publicUrl: null,
    });
    try {
      const grid = await app.inject({
        url: `/api/classes/${seeded.gridClassId}/progress`,
        cookies: { fm_session: seeded.teacher.token },
      });
      expect(grid.statusCode).toBe(200);
      expect(grid.json().pupils).toHaveLength(30);
      expect(grid.json().cells.length).toBeGreaterThan(30);

      const pupil = seeded.pupils[0];
      if (!pupil) throw new Error('no pupil session seeded');
      const [wrong] = submissionBodies(levels, pupil.seed, new TryScores(1));
      const body = JSON.parse((wrong ?? '').replace(ATTEMPT_ID_MARK, randomUUID()));
      const submitted = await app.inject({
        method: 'POST',
        url: '/api/attempts',
        cookies: { fm_session: pupil.token },
        headers: { 'x-csrf-token': pupil.csrfToken },
        payload: body,
      });
      expect(submitted.statusCode).toBe(201);
      // The seeded tries at this task count: this one comes after them.
      expect(submitted.json().task.attempts).toBeGreaterThan(1);
    } finally {
      await app.close();
    }
  });
});
