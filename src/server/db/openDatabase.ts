// Opens the embedded SQLite database under DATA_DIR and brings its schema up to date.
// WAL with synchronous=NORMAL (default): a committed attempt is in the WAL file before the answer
// leaves, so it survives a killed process; FULL also syncs each commit, surviving a power cut.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import type { SqliteSynchronous } from '../config';
import { cachedStatements } from './cachedStatements';
import type { DatabaseSchema } from './DatabaseSchema';
import { migrationProvider } from './migrations/migrationList';

export const DATABASE_FILE = 'festivalmakers.sqlite';

export async function openDatabase(
  dataDir: string,
  synchronous: SqliteSynchronous = 'NORMAL',
): Promise<Kysely<DatabaseSchema>> {
  mkdirSync(dataDir, { recursive: true });
  const sqlite = new SQLite(join(dataDir, DATABASE_FILE));
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma(`synchronous = ${synchronous === 'FULL' ? 'FULL' : 'NORMAL'}`);
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<DatabaseSchema>({
    dialect: new SqliteDialect({ database: cachedStatements(sqlite) }),
  });
  await migrateToLatest(db);
  return db;
}

/**
 * Runs every migration not yet applied; throws with the failing migration's error. On
 * PostgreSQL `schema` keeps Kysely's migration table beside the tables (not in another schema).
 */
export async function migrateToLatest(db: Kysely<DatabaseSchema>, schema?: string): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: migrationProvider,
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    throw new Error(`database migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
}
