// Class exports for the teacher: CSV, XLSX and JSON downloads. Columns: docs/exports.md.
import { PassThrough, Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { SCORING_VERSION } from '../../core/scoring/scoringVersion';
import type { AppContext } from '../AppContext';
import { requireOwnClass } from '../auth/guards';
import { csvChunks } from '../exports/csvExport';
import { exportLevels, exportRows } from '../exports/exportRows';
import { xlsxExport } from '../exports/xlsxExport';
import { orderedLevels } from '../progress/orderedLevels';
import { summariseByTask } from '../progress/TaskCell';
import type { CellSummary } from '../repositories/AttemptRepository';
import { classParams } from './routeSchemas';

const csvQuery = z.object({ separator: z.enum(['semicolon', 'comma']).default('semicolon') });

/** A file name from the class name: letters, digits and dashes only. */
const fileName = (className: string, extension: string) =>
  `festivalmakers-${
    className
      .normalize('NFD')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'class'
  }.${extension}`;

export function exportRoutes(app: FastifyInstance, ctx: AppContext): void {
  /** The CSV and XLSX need only the summed-up cells, not every attempt with its answer. */
  const load = async (classId: string, summaries?: readonly CellSummary[]) => {
    const cells = summaries ?? (await ctx.attempts.cellSummariesByClass(classId));
    const levels = exportLevels(orderedLevels(ctx.levels.levels, await ctx.assignments.list(classId)), cells);
    const pupils = await ctx.pupils.listByClass(classId);
    return { levels, pupils, results: exportRows(levels, pupils, cells) };
  };

  app.get('/api/classes/:classId/export.csv', async (request, reply) => {
    const { classId } = classParams.parse(request.params);
    const { separator } = csvQuery.parse(request.query);
    const schoolClass = await requireOwnClass(ctx, request, classId);
    const { results } = await load(classId);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${fileName(schoolClass.name, 'csv')}"`)
      .send(Readable.from(csvChunks(results, separator === 'comma' ? ',' : ';')));
  });

  app.get('/api/classes/:classId/export.xlsx', async (request, reply) => {
    const { classId } = classParams.parse(request.params);
    const schoolClass = await requireOwnClass(ctx, request, classId);
    const { levels, pupils, results } = await load(classId);
    const body = new PassThrough();
    xlsxExport(body, schoolClass.name, levels, pupils, results).catch((error: unknown) => {
      request.log.error({ err: error }, 'xlsx export failed');
      body.destroy(error instanceof Error ? error : new Error(String(error)));
    });
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="${fileName(schoolClass.name, 'xlsx')}"`)
      .send(body);
  });

  app.get('/api/classes/:classId/export.json', async (request, reply) => {
    const { classId } = classParams.parse(request.params);
    const schoolClass = await requireOwnClass(ctx, request, classId);
    const rows = await ctx.attempts.listByClass(classId);
    const { levels, pupils, results } = await load(classId, summariseByTask(rows));
    const nickname = new Map(pupils.map((p) => [p.id, p.nickname]));
    return reply
      .header('content-disposition', `attachment; filename="${fileName(schoolClass.name, 'json')}"`)
      .send({
        class: { id: schoolClass.id, name: schoolClass.name, joinCode: schoolClass.joinCode },
        exportedAt: ctx.now().toISOString(),
        scoringVersion: SCORING_VERSION,
        levels: levels.map((l) => ({ id: l.id, version: l.version, tasks: l.tasks.map((t) => t.id) })),
        pupils: pupils.map((p) => ({
          id: p.id,
          nickname: p.nickname,
          createdAt: p.createdAt,
          lastActiveAt: p.lastActiveAt,
        })),
        results,
        attempts: rows.map((r) => ({
          attemptId: r.id,
          pupilId: r.pupil_id,
          pupil: nickname.get(r.pupil_id) ?? '',
          level: r.level_id,
          levelVersion: r.level_version,
          task: r.task_id,
          seed: r.seed,
          answer: JSON.parse(r.answer_json) as unknown,
          correct: r.correct === 1,
          category: r.category,
          hintsUsed: r.hints_used,
          timeMs: r.time_ms,
          taskPoints: r.task_points,
          taskStars: r.task_stars,
          scoringVersion: r.scoring_version,
          clientCreatedAt: r.client_created_at,
          receivedAt: r.received_at,
        })),
      });
  });
}
