// Each try keeps its verdict's quality (0 to 1), so scoring a new try reads the earlier verdicts
// instead of checking every earlier answer again. Tries stored before this have NULL and are
// checked again when needed.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('attempts').addColumn('quality', 'double precision').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('attempts').dropColumn('quality').execute();
}
