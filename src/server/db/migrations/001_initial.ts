// The first schema: teachers, sessions, classes, pupils, assignments and attempts. Written with
// Kysely's schema builder only, so PostgreSQL can run the same migration.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('teachers')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('email', 'varchar(254)', (c) => c.notNull().unique())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('classes')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('teacher_id', 'varchar(36)', (c) => c.notNull().references('teachers.id').onDelete('cascade'))
    .addColumn('name', 'varchar(60)', (c) => c.notNull())
    .addColumn('join_code', 'varchar(12)', (c) => c.notNull().unique())
    .addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('classes_teacher').on('classes').column('teacher_id').execute();

  await db.schema
    .createTable('pupils')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('class_id', 'varchar(36)', (c) => c.notNull().references('classes.id').onDelete('cascade'))
    .addColumn('nickname', 'varchar(40)', (c) => c.notNull())
    .addColumn('nickname_key', 'varchar(40)', (c) => c.notNull())
    .addColumn('secret', 'varchar(60)', (c) => c.notNull())
    .addColumn('seed', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('last_active_at', 'varchar(30)')
    .addUniqueConstraint('pupils_class_nickname', ['class_id', 'nickname_key'])
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('teacher_id', 'varchar(36)', (c) => c.references('teachers.id').onDelete('cascade'))
    .addColumn('pupil_id', 'varchar(36)', (c) => c.references('pupils.id').onDelete('cascade'))
    .addColumn('csrf_token', 'varchar(64)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('expires_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_teacher').on('sessions').column('teacher_id').execute();
  await db.schema.createIndex('sessions_pupil').on('sessions').column('pupil_id').execute();

  await db.schema
    .createTable('assignments')
    .addColumn('class_id', 'varchar(36)', (c) => c.notNull().references('classes.id').onDelete('cascade'))
    .addColumn('level_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('due_date', 'varchar(10)')
    .addColumn('seed', 'integer')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addPrimaryKeyConstraint('assignments_pk', ['class_id', 'level_id'])
    .execute();

  await db.schema
    .createTable('attempts')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('pupil_id', 'varchar(36)', (c) => c.notNull().references('pupils.id').onDelete('cascade'))
    .addColumn('class_id', 'varchar(36)', (c) => c.notNull().references('classes.id').onDelete('cascade'))
    .addColumn('level_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('level_version', 'integer', (c) => c.notNull())
    .addColumn('task_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('seed', 'integer', (c) => c.notNull())
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
    .addUniqueConstraint('attempts_order', [
      'pupil_id',
      'level_id',
      'level_version',
      'task_id',
      'seed',
      'seq',
    ])
    .execute();
  await db.schema.createIndex('attempts_class').on('attempts').column('class_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['attempts', 'assignments', 'sessions', 'pupils', 'classes', 'teachers']) {
    await db.schema.dropTable(table).execute();
  }
}
