// Pupils themselves: join a class with its code, log in with the card, see their levels.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../AppContext';
import { requirePupil } from '../auth/guards';
import { PUPIL_SESSION_DAYS } from '../auth/SessionRepository';
import { setSessionCookies } from '../auth/sessionCookies';
import { sameSecret } from '../auth/tokens';
import { conflict, notFound, unauthorized } from '../http/HttpError';
import { orderedLevels } from '../progress/orderedLevels';
import { normalizeJoinCode } from '../pupils/joinCode';
import { newPupilSecret, normalizePupilSecret } from '../pupils/pupilSecret';
import type { Pupil } from '../repositories/PupilRepository';
import { loginCard } from './classPupilRoutes';
import { perMinute } from './rateLimit';
import { joinCodeSchema, nicknameSchema } from './routeSchemas';

const joinBody = z.object({ joinCode: joinCodeSchema, nickname: nicknameSchema });
const loginBody = z.object({
  joinCode: joinCodeSchema,
  nickname: z.string().min(1).max(60),
  secret: z.string().min(1).max(100),
});

export function pupilRoutes(app: FastifyInstance, ctx: AppContext): void {
  const startSession = async (
    request: FastifyRequest,
    reply: FastifyReply,
    pupil: Pupil,
    joinCode: string,
  ) => {
    const { token, csrfToken } = await ctx.sessions.create({ pupilId: pupil.id }, ctx.now());
    setSessionCookies(request, reply, token, csrfToken, PUPIL_SESSION_DAYS);
    return {
      pupil: { id: pupil.id, nickname: pupil.nickname, classId: pupil.classId },
      card: loginCard(pupil, joinCode),
      csrfToken,
    };
  };

  app.post('/api/pupil/join', { config: perMinute(120) }, async (request, reply) => {
    const body = joinBody.parse(request.body);
    const schoolClass = await ctx.classes.findByJoinCode(normalizeJoinCode(body.joinCode));
    if (!schoolClass) throw notFound('no class has this code; check it with your teacher');
    if (schoolClass.archived) throw conflict('this class is closed; ask your teacher');
    const pupil = await ctx.pupils.create(schoolClass.id, body.nickname, newPupilSecret(), ctx.now());
    if (!pupil) throw conflict('this nickname is already taken in this class; choose another one');
    await ctx.events.publish(schoolClass.id, { type: 'pupil', pupilId: pupil.id, change: 'joined' });
    return reply.status(201).send(await startSession(request, reply, pupil, schoolClass.joinCode));
  });

  app.post('/api/pupil/login', { config: perMinute(30) }, async (request, reply) => {
    const body = loginBody.parse(request.body);
    const wrong = unauthorized('the code, nickname and secret do not match; check your card');
    const schoolClass = await ctx.classes.findByJoinCode(normalizeJoinCode(body.joinCode));
    if (!schoolClass) throw wrong;
    const nickname = body.nickname.normalize('NFC').trim().replace(/\s+/g, ' ');
    const pupil = await ctx.pupils.findByNickname(schoolClass.id, nickname);
    if (!pupil || !sameSecret(normalizePupilSecret(body.secret), pupil.secret)) throw wrong;
    return startSession(request, reply, pupil, schoolClass.joinCode);
  });

  app.get('/api/pupil/me', async (request) => {
    const auth = requirePupil(request);
    const pupil = await ctx.pupils.findById(auth.pupilId);
    const schoolClass = await ctx.classes.findById(auth.classId);
    if (!pupil || !schoolClass) throw unauthorized();
    const assignments = await ctx.assignments.list(schoolClass.id);
    const attempts = await ctx.attempts.listByPupil(pupil.id);
    const levels = orderedLevels(ctx.levels.levels, assignments).map(({ level, assignment }) => {
      const seed = assignment?.seed ?? pupil.seed;
      const mine = attempts.filter(
        (a) => a.level_id === level.id && a.level_version === level.version && a.seed === seed,
      );
      const tasks = level.tasks.flatMap((task) => {
        const last = mine.filter((a) => a.task_id === task.id).at(-1);
        if (!last) return [];
        return [
          {
            taskId: task.id,
            attempts: last.task_attempts,
            correct: last.task_correct === 1,
            points: last.task_points,
            stars: last.task_stars,
          },
        ];
      });
      return {
        levelId: level.id,
        levelVersion: level.version,
        assigned: assignment !== undefined,
        dueDate: assignment?.dueDate ?? null,
        seed,
        tasks,
      };
    });
    return {
      pupil: { id: pupil.id, nickname: pupil.nickname, classId: pupil.classId },
      class: { name: schoolClass.name },
      seed: pupil.seed,
      levels,
    };
  });
}
