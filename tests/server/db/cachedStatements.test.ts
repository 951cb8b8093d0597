// The prepared-statement cache under Kysely: one prepare per SQL text, the least recently used
// dropped past the limit, and the answers the same as without it.
import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cachedStatements } from '../../../src/server/db/cachedStatements';

function countingDatabase() {
  const sqlite = new SQLite(':memory:');
  const prepared: string[] = [];
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((sql: string) => {
    prepared.push(sql);
    return prepare(sql);
  }) as typeof sqlite.prepare;
  return { sqlite, prepared };
}

describe('cachedStatements', () => {
  it('prepares each SQL text once and answers like a fresh statement', () => {
    const { sqlite, prepared } = countingDatabase();
    const db = cachedStatements(sqlite);
    db.prepare('CREATE TABLE t (n INTEGER)').run([]);
    for (const n of [1, 2, 3]) db.prepare('INSERT INTO t (n) VALUES (?)').run([n]);
    expect(db.prepare('SELECT sum(n) AS s FROM t WHERE n > ?').all([1])).toEqual([{ s: 5 }]);
    expect(db.prepare('SELECT sum(n) AS s FROM t WHERE n > ?').all([2])).toEqual([{ s: 3 }]);
    expect(prepared).toEqual([
      'CREATE TABLE t (n INTEGER)',
      'INSERT INTO t (n) VALUES (?)',
      'SELECT sum(n) AS s FROM t WHERE n > ?',
    ]);
    db.close();
    expect(sqlite.open).toBe(false);
  });

  it('drops the least recently used statement beyond its size', () => {
    const { sqlite, prepared } = countingDatabase();
    const db = cachedStatements(sqlite, 2);
    const select = (n: number) => db.prepare(`SELECT ${n} AS n`).all([]);
    select(1);
    select(2);
    select(1); // 1 is now the most recent
    select(3); // drops 2
    select(1);
    select(2); // prepared again
    expect(prepared).toEqual(['SELECT 1 AS n', 'SELECT 2 AS n', 'SELECT 3 AS n', 'SELECT 2 AS n']);
    db.close();
  });
});
