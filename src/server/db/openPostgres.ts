// Opens the PostgreSQL database of DATABASE_URL through a pg Pool, makes the schema when it is
// missing and runs the same migrations as SQLite. Commits are durable by PostgreSQL's defaults.
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { DatabaseSchema } from './DatabaseSchema';
import { migrateToLatest } from './openDatabase';
import { postgresClientConfig } from './postgresClientConfig';

/** Connections per server process; several processes share the server's max_connections. */
export const POOL_SIZE = 10;

export async function openPostgres(
  url: string,
  schema: string,
  onIdleError: (error: Error) => void,
): Promise<Kysely<DatabaseSchema>> {
  const pool = new pg.Pool({ ...postgresClientConfig(url, schema), max: POOL_SIZE });
  // A connection that breaks while idle in the pool must not end the process.
  pool.on('error', onIdleError);
  const db = new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) });
  try {
    await ensureSchema(db, schema);
    await migrateToLatest(db, schema);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return db;
}

/** Creates the schema unless it exists (no CREATE right is needed on a database that has it). */
async function ensureSchema(db: Kysely<DatabaseSchema>, schema: string): Promise<void> {
  const exists = async () =>
    (await sql`select 1 from pg_namespace where nspname = ${schema}`.execute(db)).rows.length > 0;
  if (await exists()) return;
  try {
    await db.schema.createSchema(schema).ifNotExists().execute();
  } catch (error) {
    // Another process starting at the same moment may have made it first.
    if (!(await exists())) throw error;
  }
}
