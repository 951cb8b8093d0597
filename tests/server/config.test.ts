// Server settings from the environment: SQLITE_SYNCHRONOUS picks how SQLite syncs a commit, and
// the database opens with that setting.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../../src/server/config';
import { openDatabase } from '../../src/server/db/openDatabase';

describe('SQLITE_SYNCHRONOUS', () => {
  it('is NORMAL unless FULL is asked for, in any case', () => {
    expect(configFromEnv({}).sqliteSynchronous).toBe('NORMAL');
    expect(configFromEnv({ SQLITE_SYNCHRONOUS: 'full' }).sqliteSynchronous).toBe('FULL');
    expect(configFromEnv({ SQLITE_SYNCHRONOUS: 'NORMAL' }).sqliteSynchronous).toBe('NORMAL');
    expect(() => configFromEnv({ SQLITE_SYNCHRONOUS: 'OFF' })).toThrow(/FULL or NORMAL/);
  });

  it('is the pragma the database is opened with', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'fm-config-test-'));
    try {
      for (const [mode, pragma] of [
        ['NORMAL', 1],
        ['FULL', 2],
      ] as const) {
        const db = await openDatabase(dataDir, mode);
        const { rows } = await sql<{ synchronous: number }>`pragma synchronous`.execute(db);
        expect(rows[0]?.synchronous).toBe(pragma);
        await db.destroy();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
