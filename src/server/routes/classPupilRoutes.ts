// A teacher's view of the pupils in a class: list, login cards, new secret, delete.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../AppContext';
import { requireOwnClass } from '../auth/guards';
import { notFound } from '../http/HttpError';
import { newPupilSecret } from '../pupils/pupilSecret';
import type { Pupil } from '../repositories/PupilRepository';
import { classParams, pupilParams } from './routeSchemas';

export const loginCard = (pupil: Pupil, joinCode: string) => ({
  pupilId: pupil.id,
  nickname: pupil.nickname,
  joinCode,
  secret: pupil.secret,
});

export function classPupilRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/api/classes/:classId/pupils', async (request) => {
    const { classId } = classParams.parse(request.params);
    await requireOwnClass(ctx, request, classId);
    const pupils = await ctx.pupils.listByClass(classId);
    return {
      pupils: pupils.map((p) => ({
        id: p.id,
        nickname: p.nickname,
        createdAt: p.createdAt,
        lastActiveAt: p.lastActiveAt,
      })),
    };
  });

  app.get('/api/classes/:classId/cards', async (request) => {
    const { classId } = classParams.parse(request.params);
    const schoolClass = await requireOwnClass(ctx, request, classId);
    const pupils = await ctx.pupils.listByClass(classId);
    return {
      class: { id: schoolClass.id, name: schoolClass.name, joinCode: schoolClass.joinCode },
      cards: pupils.map((p) => loginCard(p, schoolClass.joinCode)),
    };
  });

  app.post('/api/classes/:classId/pupils/:pupilId/secret', async (request) => {
    const { classId, pupilId } = pupilParams.parse(request.params);
    const schoolClass = await requireOwnClass(ctx, request, classId);
    const pupil = await ctx.pupils.findInClass(classId, pupilId);
    if (!pupil) throw notFound('no such pupil in this class');
    const secret = newPupilSecret();
    await ctx.pupils.setSecret(pupil.id, secret);
    await ctx.sessions.deleteAllOf({ pupilId: pupil.id });
    return { card: loginCard({ ...pupil, secret }, schoolClass.joinCode) };
  });

  app.delete('/api/classes/:classId/pupils/:pupilId', async (request, reply) => {
    const { classId, pupilId } = pupilParams.parse(request.params);
    await requireOwnClass(ctx, request, classId);
    const pupil = await ctx.pupils.findInClass(classId, pupilId);
    if (!pupil) throw notFound('no such pupil in this class');
    await ctx.pupils.delete(pupil.id);
    await ctx.events.publish(classId, { type: 'pupil', pupilId: pupil.id, change: 'deleted' });
    return reply.status(204).send();
  });
}
