// The progress grid sums up a class's attempts per pupil, level and task: an index in that order
// lets the database group without sorting. It starts with class_id, so attempts_class goes.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('attempts_class_cell')
    .on('attempts')
    .columns(['class_id', 'pupil_id', 'level_id', 'task_id'])
    .execute();
  await db.schema.dropIndex('attempts_class').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('attempts_class').on('attempts').column('class_id').execute();
  await db.schema.dropIndex('attempts_class_cell').execute();
}
