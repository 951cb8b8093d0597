// The progress grid sums up a class's attempts per pupil, level and task. With the summed
// columns in the index too, the database answers from the index alone (no row lookups, and
// each row's answer text is never read): attempts_class_grid replaces attempts_class_cell.
import type { Kysely } from 'kysely';

export const GRID_INDEX_COLUMNS = [
  'class_id',
  'pupil_id',
  'level_id',
  'task_id',
  'task_correct',
  'task_stars',
  'task_points',
  'hints_used',
  'time_ms',
  'received_at',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('attempts_class_grid').on('attempts').columns(GRID_INDEX_COLUMNS).execute();
  await db.schema.dropIndex('attempts_class_cell').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('attempts_class_cell')
    .on('attempts')
    .columns(['class_id', 'pupil_id', 'level_id', 'task_id'])
    .execute();
  await db.schema.dropIndex('attempts_class_grid').execute();
}
