// Progress for the dashboard: the class grid, one pupil, and per-task statistics.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../AppContext';
import { requireOwnClass } from '../auth/guards';
import { notFound } from '../http/HttpError';
import { classGrid } from '../progress/classGrid';
import { orderedLevels } from '../progress/orderedLevels';
import { pupilProgress } from '../progress/pupilProgress';
import { taskStats } from '../progress/taskStats';
import { classParams, levelFilterQuery, pupilParams } from './routeSchemas';

export function progressRoutes(app: FastifyInstance, ctx: AppContext): void {
  const levelsOf = async (classId: string, levelId: string | undefined) => {
    if (levelId && !ctx.levels.level(levelId)) throw notFound(`no level '${levelId}'`);
    const ordered = orderedLevels(ctx.levels.levels, await ctx.assignments.list(classId));
    return levelId ? ordered.filter((l) => l.level.id === levelId) : ordered;
  };

  app.get('/api/classes/:classId/progress', async (request) => {
    const { classId } = classParams.parse(request.params);
    const { levelId } = levelFilterQuery.parse(request.query);
    const schoolClass = await requireOwnClass(ctx, request, classId);
    const levels = await levelsOf(classId, levelId);
    const pupils = await ctx.pupils.listByClass(classId);
    const summaries = await ctx.attempts.cellSummariesByClass(classId);
    return { class: { id: schoolClass.id, name: schoolClass.name }, ...classGrid(levels, pupils, summaries) };
  });

  app.get('/api/classes/:classId/pupils/:pupilId/progress', async (request) => {
    const { classId, pupilId } = pupilParams.parse(request.params);
    await requireOwnClass(ctx, request, classId);
    const pupil = await ctx.pupils.findInClass(classId, pupilId);
    if (!pupil) throw notFound('no such pupil in this class');
    const levels = (await levelsOf(classId, undefined)).map((l) => l.level);
    return pupilProgress(pupil, levels, await ctx.attempts.listByPupil(pupil.id));
  });

  app.get('/api/classes/:classId/task-stats', async (request) => {
    const { classId } = classParams.parse(request.params);
    const { levelId } = levelFilterQuery.parse(request.query);
    await requireOwnClass(ctx, request, classId);
    const levels = (await levelsOf(classId, levelId)).map((l) => l.level);
    return { tasks: taskStats(levels, await ctx.attempts.listByClass(classId)) };
  });
}
