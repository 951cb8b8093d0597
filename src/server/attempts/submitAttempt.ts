// Checks and scores one submitted attempt with the shared core, stores it with the official
// score, and answers. The same attemptId again returns the stored answer and stores nothing.
import type { AttemptResult, AttemptSubmission } from '../../client/contract/attemptContract';
import { type JudgedTry, scoreJudgedTries } from '../../core/scoring/scoreTask';
import { SCORING_VERSION } from '../../core/scoring/scoringVersion';
import { checkAnswer } from '../../core/scoring/taskVariant';
import type { AppContext } from '../AppContext';
import { HttpError, notFound } from '../http/HttpError';
import type { AttemptRow } from '../repositories/AttemptRepository';
import type { Pupil } from '../repositories/PupilRepository';
import { VariantCache } from './VariantCache';

/** Variants of slow task kinds, shared by every app in the process (a few hundred bytes each). */
const variants = new VariantCache(20_000);

export const resultFromRow = (row: AttemptRow, duplicate: boolean): AttemptResult => ({
  attemptId: row.id,
  duplicate,
  scoringVersion: row.scoring_version,
  check: { correct: row.correct === 1, category: row.category },
  task: {
    taskId: row.task_id,
    attempts: row.task_attempts,
    correct: row.task_correct === 1,
    points: row.task_points,
    maxPoints: row.task_max_points,
    stars: row.task_stars,
  },
});

/** The pupil a submission comes from, as the session knows them. */
export type SubmittingPupil = Pick<Pupil, 'id' | 'classId' | 'seed'>;

export async function submitAttempt(
  ctx: AppContext,
  pupil: SubmittingPupil,
  submission: AttemptSubmission,
): Promise<{ result: AttemptResult; stored: AttemptRow | null }> {
  const earlier = await ctx.attempts.findById(submission.attemptId);
  if (earlier) return { result: duplicateOf(earlier, pupil), stored: null };

  const level = ctx.levels.level(submission.levelId);
  if (!level) throw notFound(`no level '${submission.levelId}'`);
  if (level.version !== submission.levelVersion) {
    throw new HttpError(
      409,
      'level-version-mismatch',
      `level '${level.id}' is at version ${level.version} on the server, not ${submission.levelVersion}; reload the level`,
      { serverVersion: level.version },
    );
  }
  const task = level.tasks.find((t) => t.id === submission.taskId);
  if (!task) throw notFound(`level '${level.id}' has no task '${submission.taskId}'`);
  if (submission.seed !== pupil.seed) {
    const assignment = await ctx.assignments.find(pupil.classId, level.id);
    if (submission.seed !== assignment?.seed) {
      throw new HttpError(
        409,
        'seed-mismatch',
        `seed ${submission.seed} is neither this pupil's seed nor the class seed of level '${level.id}'`,
      );
    }
  }

  // Made before the transaction: a slow kind's variant must not hold the database.
  const variant = variants.variant(task, submission.seed);
  const check = checkAnswer(task, variant, submission.answer);
  const now = ctx.now().toISOString();
  try {
    const row = await ctx.db.transaction().execute(async (trx) => {
      // Touching the pupil's row first locks it: on PostgreSQL a pupil's tries sent at once (or
      // through two processes) are then numbered one after the other, as SQLite (one writer at a
      // time) does anyway. Portable, unlike SELECT ... FOR UPDATE.
      await trx.updateTable('pupils').set({ last_active_at: now }).where('id', '=', pupil.id).execute();
      const key = { ...submission, pupilId: pupil.id };
      const previous = await ctx.attempts.listVerdictsForTask(key, trx);
      // Earlier verdicts as stored; a try from before the quality column is checked again.
      const judged: JudgedTry[] = previous.map((p) => {
        const verdict =
          p.quality === null
            ? checkAnswer(task, variant, JSON.parse(p.answerJson))
            : { correct: p.correct, quality: p.quality };
        return {
          correct: verdict.correct,
          quality: verdict.quality,
          hintsUsed: p.hintsUsed,
          timeMs: p.timeMs,
        };
      });
      judged.push({
        correct: check.correct,
        quality: check.quality,
        hintsUsed: submission.hintsUsed,
        timeMs: submission.timeMs,
      });
      const score = scoreJudgedTries(level.scoring, task, judged);
      const row: AttemptRow = {
        id: submission.attemptId,
        pupil_id: pupil.id,
        class_id: pupil.classId,
        level_id: level.id,
        level_version: level.version,
        task_id: task.id,
        seed: submission.seed,
        seq: previous.length + 1,
        answer_json: JSON.stringify(submission.answer),
        hints_used: submission.hintsUsed,
        time_ms: submission.timeMs,
        // One text form (24 characters) whatever precision the client sent.
        client_created_at: new Date(submission.clientCreatedAt).toISOString(),
        received_at: now,
        correct: check.correct ? 1 : 0,
        category: check.category,
        task_attempts: score.attempts,
        task_correct: score.correct ? 1 : 0,
        task_points: score.points,
        task_max_points: score.maxPoints,
        task_stars: score.stars,
        scoring_version: SCORING_VERSION,
        quality: check.quality,
      };
      // The same attemptId sent twice at once fails here on the primary key: see the catch.
      await ctx.attempts.insert(row, trx);
      return row;
    });
    return { result: resultFromRow(row, false), stored: row };
  } catch (error) {
    // The same attemptId raced in (a resend, or another process): answer like a resend.
    const winner = await ctx.attempts.findById(submission.attemptId);
    if (winner) return { result: duplicateOf(winner, pupil), stored: null };
    throw error;
  }
}

function duplicateOf(row: AttemptRow, pupil: SubmittingPupil): AttemptResult {
  if (row.pupil_id !== pupil.id) {
    throw new HttpError(409, 'conflict', 'this attemptId is already used; make a new one');
  }
  return resultFromRow(row, true);
}
