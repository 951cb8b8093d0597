// Levels a teacher assigned to a class, with an optional due date and class-wide seed.
import type { Kysely } from 'kysely';
import type { AssignmentTable, DatabaseSchema } from '../db/DatabaseSchema';

export interface Assignment {
  levelId: string;
  dueDate: string | null;
  seed: number | null;
  createdAt: string;
}

const toAssignment = (row: AssignmentTable): Assignment => ({
  levelId: row.level_id,
  dueDate: row.due_date,
  seed: row.seed,
  createdAt: row.created_at,
});

export class AssignmentRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  /** The class's assignments, oldest first. */
  async list(classId: string): Promise<Assignment[]> {
    const rows = await this.db
      .selectFrom('assignments')
      .selectAll()
      .where('class_id', '=', classId)
      .orderBy('created_at')
      .orderBy('level_id')
      .execute();
    return rows.map(toAssignment);
  }

  async find(classId: string, levelId: string): Promise<Assignment | undefined> {
    const row = await this.db
      .selectFrom('assignments')
      .selectAll()
      .where('class_id', '=', classId)
      .where('level_id', '=', levelId)
      .executeTakeFirst();
    return row && toAssignment(row);
  }

  /** Creates or replaces; a replaced assignment keeps its place in the order. */
  async put(
    classId: string,
    levelId: string,
    values: { dueDate: string | null; seed: number | null },
    now: Date,
  ): Promise<Assignment> {
    await this.db
      .insertInto('assignments')
      .values({
        class_id: classId,
        level_id: levelId,
        due_date: values.dueDate,
        seed: values.seed,
        created_at: now.toISOString(),
      })
      .onConflict((oc) =>
        oc.columns(['class_id', 'level_id']).doUpdateSet({ due_date: values.dueDate, seed: values.seed }),
      )
      .execute();
    const stored = await this.find(classId, levelId);
    if (!stored) throw new Error('assignment vanished after writing it');
    return stored;
  }

  async delete(classId: string, levelId: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('assignments')
      .where('class_id', '=', classId)
      .where('level_id', '=', levelId)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}
