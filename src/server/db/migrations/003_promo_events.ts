// Promo mode: events (a festival stand with its kiosk token and public leaderboard id), the
// anonymous plays at its kiosks and their task attempts. Kysely's schema builder only, so
// PostgreSQL runs the same migration. Deleting an event deletes its plays and attempts.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('promo_events')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('teacher_id', 'varchar(36)', (c) => c.notNull().references('teachers.id').onDelete('cascade'))
    .addColumn('name', 'varchar(80)', (c) => c.notNull())
    .addColumn('event_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('level_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('keep_days', 'integer', (c) => c.notNull())
    .addColumn('public_id', 'varchar(24)', (c) => c.notNull().unique())
    .addColumn('kiosk_token', 'varchar(64)', (c) => c.notNull().unique())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('ended_at', 'varchar(30)')
    .addColumn('expires_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('promo_events_teacher').on('promo_events').column('teacher_id').execute();
  await db.schema.createIndex('promo_events_expires').on('promo_events').column('expires_at').execute();

  await db.schema
    .createTable('promo_plays')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('event_id', 'varchar(36)', (c) =>
      c.notNull().references('promo_events.id').onDelete('cascade'),
    )
    .addColumn('nickname', 'varchar(40)', (c) => c.notNull())
    .addColumn('level_version', 'integer', (c) => c.notNull())
    .addColumn('seed', 'integer', (c) => c.notNull())
    .addColumn('points', 'integer', (c) => c.notNull())
    .addColumn('max_points', 'integer', (c) => c.notNull())
    .addColumn('stars', 'integer', (c) => c.notNull())
    .addColumn('visitors', 'integer', (c) => c.notNull())
    .addColumn('tasks_done', 'integer', (c) => c.notNull())
    .addColumn('started_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('promo_plays_event_points')
    .on('promo_plays')
    .columns(['event_id', 'points'])
    .execute();

  await db.schema
    .createTable('promo_attempts')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('play_id', 'varchar(36)', (c) => c.notNull().references('promo_plays.id').onDelete('cascade'))
    .addColumn('event_id', 'varchar(36)', (c) =>
      c.notNull().references('promo_events.id').onDelete('cascade'),
    )
    .addColumn('task_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('answer_json', 'text', (c) => c.notNull())
    .addColumn('hints_used', 'integer', (c) => c.notNull())
    .addColumn('time_ms', 'integer', (c) => c.notNull())
    .addColumn('client_created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('received_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('correct', 'integer', (c) => c.notNull())
    .addColumn('category', 'varchar(64)', (c) => c.notNull())
    .addColumn('task_attempts', 'integer', (c) => c.notNull())
    .addColumn('task_correct', 'integer', (c) => c.notNull())
    .addColumn('task_points', 'integer', (c) => c.notNull())
    .addColumn('task_max_points', 'integer', (c) => c.notNull())
    .addColumn('task_stars', 'integer', (c) => c.notNull())
    .addColumn('scoring_version', 'integer', (c) => c.notNull())
    .addUniqueConstraint('promo_attempts_order', ['play_id', 'task_id', 'seq'])
    .execute();
  await db.schema.createIndex('promo_attempts_event').on('promo_attempts').column('event_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['promo_attempts', 'promo_plays', 'promo_events']) {
    await db.schema.dropTable(table).execute();
  }
}
