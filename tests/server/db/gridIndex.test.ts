// The progress grid's query is answered from index attempts_class_grid alone (no row lookups),
// and the index holds every column the query reads (migration 006).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CompiledQuery, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRID_INDEX_COLUMNS } from '../../../src/server/db/migrations/006_attempt_grid_index';
import { openDatabase } from '../../../src/server/db/openDatabase';
import { AttemptRepository } from '../../../src/server/repositories/AttemptRepository';

describe('grid index', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fm-grid-index-'));
  let db: Awaited<ReturnType<typeof openDatabase>>;
  beforeAll(async () => {
    db = await openDatabase(dir);
  });
  afterAll(async () => {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers the grid query from the covering index on SQLite', async () => {
    const query = new AttemptRepository(db).cellSummaryQuery('class-1').compile();
    const plan = await db.executeQuery<{ detail: string }>(
      CompiledQuery.raw(`explain query plan ${query.sql}`, [...query.parameters]),
    );
    expect(plan.rows.map((r) => r.detail).join('\n')).toContain('USING COVERING INDEX attempts_class_grid');
  });

  it('holds the columns the query groups and sums', async () => {
    const columns = await sql<{
      name: string;
    }>`select name from pragma_index_info('attempts_class_grid')`.execute(db);
    expect(columns.rows.map((r) => r.name)).toEqual(GRID_INDEX_COLUMNS);
  });
});
