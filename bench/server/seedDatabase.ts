// Seeds a fresh server database to a realistic size, fast: the server's own migrations make the
// schema, then prepared better-sqlite3 statements fill it, one transaction per batch of pupils.
// Scores come from the shared core (TryScores), so re-scoring on submit reads real tries.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import type { Level } from '../../src/core/levels/LevelSchema';
import type { TaskDef } from '../../src/core/levels/TaskSchema';
import { SCORING_VERSION } from '../../src/core/scoring/scoringVersion';
import { hashToken, newToken } from '../../src/server/auth/tokens';
import { DATABASE_FILE, openDatabase } from '../../src/server/db/openDatabase';
import type { SeedSize } from './SeedSize';
import { TryScores } from './TryScores';

export interface PupilLogin {
  pupilId: string;
  seed: number;
  token: string;
  csrfToken: string;
}

export interface SeededDatabase {
  teacher: { token: string; csrfToken: string };
  gridClassId: string;
  schoolClassId: string;
  pupils: PupilLogin[];
  counts: { teachers: number; classes: number; pupils: number; attempts: number };
  seconds: number;
}

const JOIN_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const joinCode = (index: number) => {
  let code = '';
  for (let n = index, i = 0; i < 6; i += 1, n = Math.floor(n / JOIN_ALPHABET.length)) {
    code += JOIN_ALPHABET[n % JOIN_ALPHABET.length];
  }
  return code;
};
const DAY_MS = 86_400_000;
const START_MS = Date.parse('2026-01-05T08:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();

/** Pupils per class: the school class, the grid class, then the rest spread evenly. */
export function classSizes(size: SeedSize): number[] {
  const rest = size.pupils - size.schoolPupils - size.gridClassPupils;
  const others = size.classes - 2;
  return [
    size.schoolPupils,
    size.gridClassPupils,
    ...Array.from({ length: others }, (_, i) => Math.floor(rest / others) + (i < rest % others ? 1 : 0)),
  ];
}

export async function seedDatabase(
  dataDir: string,
  levels: readonly Level[],
  size: SeedSize,
  log: (line: string) => void,
): Promise<SeededDatabase> {
  const started = performance.now();
  await (await openDatabase(dataDir)).destroy();
  const db = new SQLite(join(dataDir, DATABASE_FILE));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -400000');

  const tasks = levels.flatMap((level) => level.tasks.map((task) => ({ level, task })));
  if (tasks.length === 0) throw new Error('no level loaded: nothing to seed attempts for');
  const perPupil = Math.floor(size.attempts / size.pupils);
  const perTask = Math.ceil(perPupil / tasks.length);
  const scores = new TryScores(perTask + 1);
  const seeds = Array.from({ length: size.seedPool }, (_, i) => (i * 2_654_435_761) % 2 ** 31);

  const insertTeacher = db.prepare(
    'INSERT INTO teachers (id, email, password_hash, created_at) VALUES (?, ?, ?, ?)',
  );
  const insertClass = db.prepare(
    'INSERT INTO classes (id, teacher_id, name, join_code, archived, created_at) VALUES (?, ?, ?, ?, 0, ?)',
  );
  const insertAssignment = db.prepare(
    'INSERT INTO assignments (class_id, level_id, due_date, seed, created_at) VALUES (?, ?, NULL, NULL, ?)',
  );
  const insertPupil = db.prepare(
    `INSERT INTO pupils (id, class_id, nickname, nickname_key, secret, seed, created_at, last_active_at)
     VALUES (?, ?, ?, ?, 'bench-secret-1', ?, ?, ?)`,
  );
  const insertSession = db.prepare(
    `INSERT INTO sessions (token_hash, teacher_id, pupil_id, csrf_token, created_at, expires_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const insertAttempt = db.prepare(
    `INSERT INTO attempts (id, pupil_id, class_id, level_id, level_version, task_id, seed, seq, answer_json,
       hints_used, time_ms, client_created_at, received_at, correct, category, task_attempts, task_correct,
       task_points, task_max_points, task_stars, scoring_version, quality)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  const now = Date.now();
  const session = (owner: { teacherId?: string; pupilId?: string }, days: number) => {
    const token = newToken();
    const csrfToken = newToken();
    insertSession.run(
      hashToken(token),
      owner.teacherId ?? null,
      owner.pupilId ?? null,
      csrfToken,
      iso(now),
      iso(now + days * DAY_MS),
    );
    return { token, csrfToken };
  };

  // Teachers and classes: the bench teacher owns the school and grid classes, others own three each.
  const sizes = classSizes(size);
  const classIds = sizes.map(() => randomUUID());
  const benchTeacherId = randomUUID();
  let teachers = 0;
  let teacher = { token: '', csrfToken: '' };
  db.transaction(() => {
    insertTeacher.run(benchTeacherId, 'bench@festivalmakers.test', 'not-a-login', iso(START_MS));
    teacher = session({ teacherId: benchTeacherId }, 7);
    teachers = 1;
    let owner = benchTeacherId;
    classIds.forEach((classId, index) => {
      if (index >= 2 && (index - 2) % 3 === 0) {
        owner = randomUUID();
        insertTeacher.run(owner, `teacher${index}@school.test`, 'not-a-login', iso(START_MS));
        teachers += 1;
      }
      insertClass.run(classId, owner, `Klas ${index}`, joinCode(index), iso(START_MS));
      for (const level of levels.slice(0, 2)) insertAssignment.run(classId, level.id, iso(START_MS));
    });
  })();

  // Pupils with their tries, a batch of classes per transaction.
  const loginEvery = Math.max(1, Math.floor((size.pupils - size.schoolPupils) / size.loggedInPupils));
  const pupils: PupilLogin[] = [];
  let pupilIndex = 0;
  let attempts = 0;
  let clockMs = START_MS;
  const addClass = (classIndex: number) => {
    const classId = classIds[classIndex] as string;
    for (let p = 0; p < (sizes[classIndex] as number); p += 1, pupilIndex += 1) {
      const pupilId = randomUUID();
      const seed = seeds[pupilIndex % seeds.length] as number;
      const nickname = `Pupil ${pupilIndex}`;
      let budget = perPupil;
      const rows: { level: Level; task: TaskDef; count: number; solved: boolean }[] = [];
      tasks.forEach(({ level, task }, t) => {
        const count = Math.min(budget, perTask);
        budget -= count;
        if (count > 0) rows.push({ level, task, count, solved: (pupilIndex + t) % 4 !== 0 });
      });
      const lastActive = iso(clockMs + perPupil * 1000);
      insertPupil.run(pupilId, classId, nickname, nickname.toLowerCase(), seed, iso(START_MS), lastActive);
      for (const { level, task, count, solved } of rows) {
        scores.tries(level, task, seed, count, solved).forEach((t, seq) => {
          clockMs += 1000;
          insertAttempt.run(
            randomUUID(),
            pupilId,
            classId,
            level.id,
            level.version,
            task.id,
            seed,
            seq + 1,
            t.answerJson,
            t.hintsUsed,
            t.timeMs,
            iso(clockMs - 500),
            iso(clockMs),
            t.correct,
            t.category,
            t.taskAttempts,
            t.taskCorrect,
            t.taskPoints,
            t.taskMaxPoints,
            t.taskStars,
            SCORING_VERSION,
            t.quality,
          );
          attempts += 1;
        });
      }
      if (classIndex >= 1 && pupilIndex % loginEvery === 0 && pupils.length < size.loggedInPupils) {
        pupils.push({ pupilId, seed, ...session({ pupilId }, 180) });
      }
    }
  };
  const batch = db.transaction((from: number, to: number) => {
    for (let c = from; c < to; c += 1) addClass(c);
  });
  const BATCH_CLASSES = 20;
  for (let from = 0; from < classIds.length; from += BATCH_CLASSES) {
    batch(from, Math.min(classIds.length, from + BATCH_CLASSES));
    if ((from / BATCH_CLASSES) % 10 === 0) log(`seeding: ${pupilIndex} pupils, ${attempts} attempts so far`);
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return {
    teacher,
    gridClassId: classIds[1] as string,
    schoolClassId: classIds[0] as string,
    pupils,
    counts: { teachers, classes: classIds.length, pupils: pupilIndex, attempts },
    seconds: (performance.now() - started) / 1000,
  };
}
