// Checks and scores one kiosk attempt with the shared core, like POST /api/attempts does for a
// pupil, and keeps the play's totals (points, stars, visitors welcomed) up to date. The same
// attemptId again answers from what is stored and changes nothing.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { generateNickname } from '../../core/progress/nicknames';
import { createRng } from '../../core/random/Rng';
import { scoreLevel } from '../../core/scoring/scoreLevel';
import { SCORING_VERSION } from '../../core/scoring/scoringVersion';
import type { TaskAttempt } from '../../core/scoring/TaskAttempt';
import { visitorsWelcomed } from '../../core/scoring/visitorsWelcomed';
import type { AppContext } from '../AppContext';
import { conflict, HttpError, notFound } from '../http/HttpError';
import { nicknameSchema } from '../routes/routeSchemas';
import type { PromoAttemptRow, PromoEventRow, PromoPlayRow, PromoRepository } from './PromoRepository';
import type { KioskAttempt, KioskAttemptResult } from './promoContract';

const nicknameBody = z.object({ nickname: nicknameSchema });

/** The generated nickname of a play that did not choose one: the same play id, the same name. */
export function generatedNickname(playId: string): string {
  const seed = createHash('sha256').update(playId).digest().readUInt32LE(0);
  return generateNickname(createRng(seed));
}

const storedTry = (row: PromoAttemptRow): TaskAttempt => ({
  answer: JSON.parse(row.answer_json),
  hintsUsed: row.hints_used,
  timeMs: row.time_ms,
});

async function resultOf(
  repo: PromoRepository,
  attempt: PromoAttemptRow,
  duplicate: boolean,
): Promise<KioskAttemptResult> {
  const play = await repo.findPlay(attempt.play_id);
  if (!play) throw notFound('this play was removed');
  return {
    attemptId: attempt.id,
    duplicate,
    scoringVersion: attempt.scoring_version,
    check: { correct: attempt.correct === 1, category: attempt.category },
    task: {
      taskId: attempt.task_id,
      attempts: attempt.task_attempts,
      correct: attempt.task_correct === 1,
      points: attempt.task_points,
      maxPoints: attempt.task_max_points,
      stars: attempt.task_stars,
    },
    play: {
      playId: play.id,
      nickname: play.nickname,
      points: play.points,
      maxPoints: play.max_points,
      stars: play.stars,
      visitorsWelcomed: play.visitors,
      tasksDone: play.tasks_done,
      rank: await repo.rankOf(play),
    },
  };
}

function duplicateCheck(attempt: PromoAttemptRow, event: PromoEventRow, submission: KioskAttempt): void {
  if (attempt.event_id !== event.id || attempt.play_id !== submission.playId) {
    throw conflict('this attemptId is already used; make a new one');
  }
}

/** Scores and stores the attempt; `fresh` is false when it was a resend. */
export async function submitKioskAttempt(
  ctx: AppContext,
  repo: PromoRepository,
  event: PromoEventRow,
  submission: KioskAttempt,
): Promise<{ result: KioskAttemptResult; fresh: boolean }> {
  const earlier = await repo.findAttempt(submission.attemptId);
  if (earlier) {
    duplicateCheck(earlier, event, submission);
    return { result: await resultOf(repo, earlier, true), fresh: false };
  }
  if (submission.levelId !== event.level_id) {
    throw conflict(`this event plays level '${event.level_id}', not '${submission.levelId}'`);
  }
  const level = ctx.levels.level(event.level_id);
  if (!level) throw conflict(`the level '${event.level_id}' of this event is not on the server any more`);
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
  const chosenName =
    submission.nickname === undefined
      ? undefined
      : nicknameBody.parse({ nickname: submission.nickname }).nickname;

  const now = ctx.now().toISOString();
  const attempt = await repo
    .transaction(async (trx) => {
      const again = await repo.findAttempt(submission.attemptId, trx);
      if (again) return { row: again, fresh: false };
      let play = await repo.findPlay(submission.playId, trx);
      if (play && play.event_id !== event.id) throw conflict('this playId belongs to another event');
      if (play && play.seed !== submission.seed) {
        throw new HttpError(409, 'seed-mismatch', `this play has seed ${play.seed}, not ${submission.seed}`);
      }
      if (play && play.level_version !== level.version) {
        throw new HttpError(
          409,
          'level-version-mismatch',
          'the level changed during this play; start a new play',
          {
            serverVersion: level.version,
          },
        );
      }
      if (!play) {
        play = {
          id: submission.playId,
          event_id: event.id,
          nickname: chosenName ?? generatedNickname(submission.playId),
          level_version: level.version,
          seed: submission.seed,
          points: 0,
          max_points: 0,
          stars: 0,
          visitors: 0,
          tasks_done: 0,
          started_at: now,
          updated_at: now,
        };
        await repo.insertPlay(play, trx);
      }
      const earlierRows = await repo.attemptsOfPlay(play.id, trx);
      const tries: Record<string, TaskAttempt[]> = {};
      for (const row of earlierRows) tries[row.task_id] = [...(tries[row.task_id] ?? []), storedTry(row)];
      const current: TaskAttempt = {
        answer: submission.answer,
        hintsUsed: submission.hintsUsed,
        timeMs: submission.timeMs,
      };
      const taskTries = [...(tries[task.id] ?? []), current];
      tries[task.id] = taskTries;
      const score = scoreLevel(level, play.seed, tries);
      const taskScore = score.tasks.find((t) => t.taskId === task.id);
      const check = taskScore?.checks.at(-1);
      if (!taskScore || !check) throw new Error('scoreLevel gave no verdict for the new try');
      const row: PromoAttemptRow = {
        id: submission.attemptId,
        play_id: play.id,
        event_id: event.id,
        task_id: task.id,
        seq: taskTries.length,
        answer_json: JSON.stringify(submission.answer),
        hints_used: submission.hintsUsed,
        time_ms: submission.timeMs,
        client_created_at: submission.clientCreatedAt,
        received_at: now,
        correct: check.correct ? 1 : 0,
        category: check.category,
        task_attempts: taskScore.attempts,
        task_correct: taskScore.correct ? 1 : 0,
        task_points: taskScore.points,
        task_max_points: taskScore.maxPoints,
        task_stars: taskScore.stars,
        scoring_version: SCORING_VERSION,
      };
      await repo.insertAttempt(row, trx);
      const totals: Omit<
        PromoPlayRow,
        'id' | 'event_id' | 'nickname' | 'level_version' | 'seed' | 'started_at'
      > = {
        points: score.points,
        max_points: score.maxPoints,
        stars: score.stars,
        visitors: visitorsWelcomed(level, score),
        tasks_done: score.tasks.filter((t) => t.correct).length,
        // The time the play reached its score: among equal scores, the earlier one ranks higher.
        updated_at: score.points !== play.points || score.stars !== play.stars ? now : play.updated_at,
      };
      await repo.updatePlayScore(play.id, totals, trx);
      return { row, fresh: true };
    })
    .catch(async (error: unknown) => {
      // Two processes (PostgreSQL) may race on one attemptId: the loser answers like a resend.
      const winner = await repo.findAttempt(submission.attemptId);
      if (winner) return { row: winner, fresh: false };
      throw error;
    });
  if (!attempt.fresh) duplicateCheck(attempt.row, event, submission);
  return { result: await resultOf(repo, attempt.row, !attempt.fresh), fresh: attempt.fresh };
}
