// Classes of a teacher, with their join codes.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ClassTable, DatabaseSchema } from '../db/DatabaseSchema';
import { newJoinCode } from '../pupils/joinCode';

export interface SchoolClass {
  id: string;
  teacherId: string;
  name: string;
  joinCode: string;
  archived: boolean;
  createdAt: string;
}

const toClass = (row: { [K in keyof ClassTable]: K extends 'archived' ? number : ClassTable[K] }) => ({
  id: row.id,
  teacherId: row.teacher_id,
  name: row.name,
  joinCode: row.join_code,
  archived: row.archived === 1,
  createdAt: row.created_at,
});

export class ClassRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async listWithCounts(teacherId: string): Promise<(SchoolClass & { pupilCount: number })[]> {
    const rows = await this.db
      .selectFrom('classes')
      .leftJoin('pupils', 'pupils.class_id', 'classes.id')
      .selectAll('classes')
      .select((eb) => eb.fn.count<number | string>('pupils.id').as('pupil_count'))
      .where('classes.teacher_id', '=', teacherId)
      .groupBy([
        'classes.id',
        'classes.teacher_id',
        'classes.name',
        'classes.join_code',
        'classes.archived',
        'classes.created_at',
      ])
      .orderBy('classes.created_at', 'desc')
      .execute();
    return rows.map((row) => ({ ...toClass(row), pupilCount: Number(row.pupil_count) }));
  }

  async pupilCount(classId: string): Promise<number> {
    const row = await this.db
      .selectFrom('pupils')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('class_id', '=', classId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async create(teacherId: string, name: string, now: Date): Promise<SchoolClass> {
    const id = randomUUID();
    const joinCode = await this.freeJoinCode();
    await this.db
      .insertInto('classes')
      .values({ id, teacher_id: teacherId, name, join_code: joinCode, created_at: now.toISOString() })
      .execute();
    return { id, teacherId, name, joinCode, archived: false, createdAt: now.toISOString() };
  }

  /** The class if `teacherId` owns it; undefined otherwise (also when it does not exist). */
  async findOwned(classId: string, teacherId: string): Promise<SchoolClass | undefined> {
    const row = await this.db
      .selectFrom('classes')
      .selectAll()
      .where('id', '=', classId)
      .where('teacher_id', '=', teacherId)
      .executeTakeFirst();
    return row && toClass(row);
  }

  async findById(classId: string): Promise<SchoolClass | undefined> {
    const row = await this.db.selectFrom('classes').selectAll().where('id', '=', classId).executeTakeFirst();
    return row && toClass(row);
  }

  async findByJoinCode(joinCode: string): Promise<SchoolClass | undefined> {
    const row = await this.db
      .selectFrom('classes')
      .selectAll()
      .where('join_code', '=', joinCode)
      .executeTakeFirst();
    return row && toClass(row);
  }

  async update(classId: string, changes: { name?: string; archived?: boolean }): Promise<void> {
    const set: { name?: string; archived?: number } = {};
    if (changes.name !== undefined) set.name = changes.name;
    if (changes.archived !== undefined) set.archived = changes.archived ? 1 : 0;
    if (Object.keys(set).length === 0) return;
    await this.db.updateTable('classes').set(set).where('id', '=', classId).execute();
  }

  async renewJoinCode(classId: string): Promise<void> {
    const joinCode = await this.freeJoinCode();
    await this.db.updateTable('classes').set({ join_code: joinCode }).where('id', '=', classId).execute();
  }

  /** Deletes the class with its pupils, assignments and attempts. */
  async delete(classId: string): Promise<void> {
    await this.db.deleteFrom('classes').where('id', '=', classId).execute();
  }

  private async freeJoinCode(): Promise<string> {
    for (let tries = 0; tries < 20; tries++) {
      const code = newJoinCode();
      if (!(await this.findByJoinCode(code))) return code;
    }
    throw new Error('could not find a free join code');
  }
}
