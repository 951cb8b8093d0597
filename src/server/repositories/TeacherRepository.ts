// Teacher accounts: e-mail (lower case, unique) and argon2id password hash.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/DatabaseSchema';

export interface Teacher {
  id: string;
  email: string;
  createdAt: string;
}

export class TeacherRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  /** Creates an account, or returns null when the e-mail is taken. */
  async create(email: string, passwordHash: string, now: Date): Promise<Teacher | null> {
    const teacher = { id: randomUUID(), email, createdAt: now.toISOString() };
    const result = await this.db
      .insertInto('teachers')
      .values({ id: teacher.id, email, password_hash: passwordHash, created_at: teacher.createdAt })
      .onConflict((oc) => oc.column('email').doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1 ? teacher : null;
  }

  async findByEmail(email: string): Promise<(Teacher & { passwordHash: string }) | undefined> {
    const row = await this.db
      .selectFrom('teachers')
      .selectAll()
      .where('email', '=', email)
      .executeTakeFirst();
    return (
      row && { id: row.id, email: row.email, createdAt: row.created_at, passwordHash: row.password_hash }
    );
  }

  async findById(id: string): Promise<(Teacher & { passwordHash: string }) | undefined> {
    const row = await this.db.selectFrom('teachers').selectAll().where('id', '=', id).executeTakeFirst();
    return (
      row && { id: row.id, email: row.email, createdAt: row.created_at, passwordHash: row.password_hash }
    );
  }

  async updatePassword(id: string, passwordHash: string): Promise<void> {
    await this.db.updateTable('teachers').set({ password_hash: passwordHash }).where('id', '=', id).execute();
  }

  /** Deletes the account; classes, pupils, assignments, attempts and sessions go with it. */
  async delete(id: string): Promise<void> {
    await this.db.deleteFrom('teachers').where('id', '=', id).execute();
  }
}
