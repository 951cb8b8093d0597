// Text that is sorted (nicknames, level ids) gets PostgreSQL's "C" collation, so it sorts by
// code point like SQLite's BINARY whatever locale the database was made with. SQLite: no change.
import { type Kysely, PostgresAdapter, sql } from 'kysely';

const SORTED_COLUMNS = [
  { table: 'pupils', column: 'nickname_key', type: 'varchar(40)' },
  { table: 'assignments', column: 'level_id', type: 'varchar(64)' },
  { table: 'attempts', column: 'level_id', type: 'varchar(64)' },
  { table: 'attempts', column: 'task_id', type: 'varchar(64)' },
] as const;

const onPostgres = (db: Kysely<unknown>) => db.getExecutor().adapter instanceof PostgresAdapter;

export async function up(db: Kysely<unknown>): Promise<void> {
  if (!onPostgres(db)) return;
  for (const { table, column, type } of SORTED_COLUMNS) {
    await db.schema
      .alterTable(table)
      .alterColumn(column, (c) => c.setDataType(sql.raw(`${type} collate "C"`)))
      .execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (!onPostgres(db)) return;
  for (const { table, column, type } of SORTED_COLUMNS) {
    await db.schema
      .alterTable(table)
      .alterColumn(column, (c) => c.setDataType(sql.raw(type)))
      .execute();
  }
}
