// What every route module gets: the database with its repositories, the levels, password
// hashing, the class event bus and the clock.
import type { Kysely } from 'kysely';
import type { PasswordHasher } from './auth/PasswordHasher';
import type { SessionRepository } from './auth/SessionRepository';
import type { ServerConfig } from './config';
import type { DatabaseSchema } from './db/DatabaseSchema';
import type { ClassEventBus } from './events/ClassEventBus';
import type { LevelCatalog } from './levels/LevelCatalog';
import type { AssignmentRepository } from './repositories/AssignmentRepository';
import type { AttemptRepository } from './repositories/AttemptRepository';
import type { ClassRepository } from './repositories/ClassRepository';
import type { PupilRepository } from './repositories/PupilRepository';
import type { TeacherRepository } from './repositories/TeacherRepository';

export interface AppContext {
  config: ServerConfig;
  db: Kysely<DatabaseSchema>;
  levels: LevelCatalog;
  passwords: PasswordHasher;
  events: ClassEventBus;
  now: () => Date;
  sessions: SessionRepository;
  teachers: TeacherRepository;
  classes: ClassRepository;
  pupils: PupilRepository;
  assignments: AssignmentRepository;
  attempts: AttemptRepository;
}
