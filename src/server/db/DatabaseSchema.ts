// The tables as Kysely sees them. Booleans are integers 0/1 and times ISO 8601 text, so the
// same queries run on SQLite and PostgreSQL.
import type { Generated } from 'kysely';

export interface TeacherTable {
  id: string;
  email: string;
  password_hash: string;
  created_at: string;
}

export interface SessionTable {
  /** SHA-256 (hex) of the cookie token; the token itself is never stored. */
  token_hash: string;
  teacher_id: string | null;
  pupil_id: string | null;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface ClassTable {
  id: string;
  teacher_id: string;
  name: string;
  join_code: string;
  archived: Generated<number>;
  created_at: string;
}

export interface PupilTable {
  id: string;
  class_id: string;
  nickname: string;
  /** The nickname folded for uniqueness and login (lower case, single spaces). */
  nickname_key: string;
  secret: string;
  seed: number;
  created_at: string;
  last_active_at: string | null;
}

export interface AssignmentTable {
  class_id: string;
  level_id: string;
  due_date: string | null;
  seed: number | null;
  created_at: string;
}

export interface AttemptTable {
  id: string;
  pupil_id: string;
  class_id: string;
  level_id: string;
  level_version: number;
  task_id: string;
  seed: number;
  /** Position of this try among the pupil's tries at this task (same version and seed), from 1. */
  seq: number;
  answer_json: string;
  hints_used: number;
  time_ms: number;
  client_created_at: string;
  received_at: string;
  correct: number;
  category: string;
  task_attempts: number;
  task_correct: number;
  task_points: number;
  task_max_points: number;
  task_stars: number;
  scoring_version: number;
  /** The verdict's quality, 0 to 1 (TaskCheck.quality); NULL for tries stored before migration 005. */
  quality: number | null;
}

export interface DatabaseSchema {
  teachers: TeacherTable;
  sessions: SessionTable;
  classes: ClassTable;
  pupils: PupilTable;
  assignments: AssignmentTable;
  attempts: AttemptTable;
}
