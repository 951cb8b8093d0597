// Kysely's SQLite driver prepares every query's SQL again on each run; preparing costs more than
// running a small indexed query. This wrapper keeps the most recently used prepared statements.
import type Database from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** Distinct SQL texts kept prepared (the app has a few dozen; lists of ? vary in length). */
export const STATEMENT_CACHE_SIZE = 500;

export function cachedStatements(
  sqlite: Database.Database,
  maxEntries = STATEMENT_CACHE_SIZE,
): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  return {
    close: () => {
      statements.clear();
      sqlite.close();
    },
    prepare(sql: string): SqliteStatement {
      const found = statements.get(sql);
      if (found) {
        // Most recently used last, so the oldest is dropped first.
        statements.delete(sql);
        statements.set(sql, found);
        return found;
      }
      const statement = sqlite.prepare(sql);
      statements.set(sql, statement);
      if (statements.size > maxEntries) {
        const oldest = statements.keys().next().value;
        if (oldest !== undefined) statements.delete(oldest);
      }
      return statement;
    },
  };
}
