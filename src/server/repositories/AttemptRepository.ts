// Stored task attempts with the official verdict and task score the server computed.
import type { Kysely, Transaction } from 'kysely';
import type { AttemptTable, DatabaseSchema } from '../db/DatabaseSchema';

export type AttemptRow = AttemptTable;
type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;

/** A pupil's tries at one task summed up: what the progress grid shows. */
export interface CellSummary {
  pupilId: string;
  levelId: string;
  taskId: string;
  done: boolean;
  stars: number;
  points: number;
  attempts: number;
  hintsUsed: number;
  timeMs: number;
  lastReceivedAt: string;
}

/** What scoring a new try needs of an earlier one; quality is NULL for tries stored before it was kept. */
export interface StoredVerdict {
  correct: boolean;
  quality: number | null;
  answerJson: string;
  hintsUsed: number;
  timeMs: number;
}

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

  /** The verdicts of the pupil's earlier tries at one task (same level version and seed), in order. */
  async listVerdictsForTask(key: TaskKey, db: Db = this.db): Promise<StoredVerdict[]> {
    const rows = await db
      .selectFrom('attempts')
      .select(['correct', 'quality', 'answer_json', 'hints_used', 'time_ms'])
      .where('pupil_id', '=', key.pupilId)
      .where('level_id', '=', key.levelId)
      .where('level_version', '=', key.levelVersion)
      .where('task_id', '=', key.taskId)
      .where('seed', '=', key.seed)
      .orderBy('seq')
      .execute();
    return rows.map((r) => ({
      correct: r.correct === 1,
      quality: r.quality === null ? null : Number(r.quality),
      answerJson: r.answer_json,
      hintsUsed: r.hints_used,
      timeMs: r.time_ms,
    }));
  }

  async insert(row: AttemptRow, db: Db = this.db): Promise<void> {
    await db.insertInto('attempts').values(row).execute();
  }

  /**
   * One summary row per pupil, level and task of a class (the progress grid's cells), summed
   * up in the database from the columns the grid needs; index attempts_class_cell covers it.
   */
  async cellSummariesByClass(classId: string): Promise<CellSummary[]> {
    const rows = await this.cellSummaryQuery(classId).execute();
    // PostgreSQL returns count and sum as bigint strings; SQLite as numbers.
    return rows.map((r) => ({
      pupilId: r.pupil_id,
      levelId: r.level_id,
      taskId: r.task_id,
      done: Number(r.done) === 1,
      stars: Number(r.stars),
      points: Number(r.points),
      attempts: Number(r.attempts),
      hintsUsed: Number(r.hints_used),
      timeMs: Number(r.time_ms),
      lastReceivedAt: String(r.last_received_at),
    }));
  }

  /** The grid's summing query (index attempts_class_grid answers it alone; see migration 006). */
  cellSummaryQuery(classId: string) {
    return this.db
      .selectFrom('attempts')
      .select((eb) => [
        'pupil_id',
        'level_id',
        'task_id',
        eb.fn.max('task_correct').as('done'),
        eb.fn.max('task_stars').as('stars'),
        eb.fn.max('task_points').as('points'),
        eb.fn.countAll().as('attempts'),
        eb.fn.max('hints_used').as('hints_used'),
        eb.fn.sum('time_ms').as('time_ms'),
        eb.fn.max('received_at').as('last_received_at'),
      ])
      .where('class_id', '=', classId)
      .groupBy(['pupil_id', 'level_id', 'task_id']);
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
