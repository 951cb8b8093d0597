// Stored task attempts with the official verdict and task score the server computed.
import type { Kysely, Transaction } from 'kysely';
import type { AttemptTable, DatabaseSchema } from '../db/DatabaseSchema';

export type AttemptRow = AttemptTable;
type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;

export interface TaskKey {
  pupilId: string;
  levelId: string;
  levelVersion: number;
  taskId: string;
  seed: number;
}

export class AttemptRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async findById(attemptId: string, db: Db = this.db): Promise<AttemptRow | undefined> {
    return db.selectFrom('attempts').selectAll().where('id', '=', attemptId).executeTakeFirst();
  }

  /** The pupil's earlier tries at one task (same level version and seed), in the order received. */
  async listForTask(key: TaskKey, db: Db = this.db): Promise<AttemptRow[]> {
    return db
      .selectFrom('attempts')
      .selectAll()
      .where('pupil_id', '=', key.pupilId)
      .where('level_id', '=', key.levelId)
      .where('level_version', '=', key.levelVersion)
      .where('task_id', '=', key.taskId)
      .where('seed', '=', key.seed)
      .orderBy('seq')
      .execute();
  }

  async insert(row: AttemptRow, db: Db = this.db): Promise<void> {
    await db.insertInto('attempts').values(row).execute();
  }

  /** Every attempt of a class, oldest first. */
  async listByClass(classId: string): Promise<AttemptRow[]> {
    return this.db
      .selectFrom('attempts')
      .selectAll()
      .where('class_id', '=', classId)
      .orderBy('received_at')
      .orderBy('seq')
      .execute();
  }

  /** Every attempt of a pupil, oldest first. */
  async listByPupil(pupilId: string): Promise<AttemptRow[]> {
    return this.db
      .selectFrom('attempts')
      .selectAll()
      .where('pupil_id', '=', pupilId)
      .orderBy('received_at')
      .orderBy('seq')
      .execute();
  }
}
