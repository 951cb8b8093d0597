// Levels assigned to a class, with optional due date and a seed for the whole class.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { MAX_SEED } from '../../client/contract/attemptContract';
import type { AppContext } from '../AppContext';
import { requireOwnClass } from '../auth/guards';
import { notFound } from '../http/HttpError';
import { classParams, levelParams } from './routeSchemas';

const putBody = z
  .object({
    dueDate: z.iso.date({ error: 'must be a date like 2026-06-01' }).nullable().default(null),
    seed: z.int().min(0).max(MAX_SEED).nullable().default(null),
  })
  .default({ dueDate: null, seed: null });

export function assignmentRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/api/classes/:classId/assignments', async (request) => {
    const { classId } = classParams.parse(request.params);
    await requireOwnClass(ctx, request, classId);
    return { assignments: await ctx.assignments.list(classId) };
  });

  app.put('/api/classes/:classId/assignments/:levelId', async (request) => {
    const { classId, levelId } = levelParams.parse(request.params);
    await requireOwnClass(ctx, request, classId);
    if (!ctx.levels.level(levelId)) throw notFound(`no level '${levelId}'`);
    const body = putBody.parse(request.body ?? undefined);
    return { assignment: await ctx.assignments.put(classId, levelId, body, ctx.now()) };
  });

  app.delete('/api/classes/:classId/assignments/:levelId', async (request, reply) => {
    const { classId, levelId } = levelParams.parse(request.params);
    await requireOwnClass(ctx, request, classId);
    if (!(await ctx.assignments.delete(classId, levelId)))
      throw notFound(`level '${levelId}' is not assigned`);
    return reply.status(204).send();
  });
}
