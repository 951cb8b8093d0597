// A teacher's classes: list, create, rename, archive, delete, renew the join code, QR code.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import { z } from 'zod';
import type { AppContext } from '../AppContext';
import { requireOwnClass, requireTeacher } from '../auth/guards';
import type { SchoolClass } from '../repositories/ClassRepository';
import { classParams } from './routeSchemas';

const nameSchema = z.string().trim().min(1, { error: 'must not be empty' }).max(60);
const createBody = z.object({ name: nameSchema });
const updateBody = z
  .object({ name: nameSchema.optional(), archived: z.boolean().optional() })
  .refine((b) => b.name !== undefined || b.archived !== undefined, { error: 'give a name or archived' });

export const classView = ({ teacherId: _, ...visible }: SchoolClass, pupilCount: number) => ({
  ...visible,
  pupilCount,
});

/** The address the QR code opens: PUBLIC_URL, else the host the teacher used. */
function gameOrigin(ctx: AppContext, request: FastifyRequest): string {
  return ctx.config.publicUrl ?? `${request.protocol}://${request.headers.host ?? 'localhost'}`;
}

export function classRoutes(app: FastifyInstance, ctx: AppContext): void {
  const view = async (schoolClass: SchoolClass) =>
    classView(schoolClass, await ctx.classes.pupilCount(schoolClass.id));

  app.get('/api/classes', async (request) => {
    const teacher = requireTeacher(request);
    const classes = await ctx.classes.listWithCounts(teacher.teacherId);
    return { classes: classes.map((c) => classView(c, c.pupilCount)) };
  });

  app.post('/api/classes', async (request, reply) => {
    const teacher = requireTeacher(request);
    const body = createBody.parse(request.body);
    const created = await ctx.classes.create(teacher.teacherId, body.name, ctx.now());
    return reply.status(201).send({ class: classView(created, 0) });
  });

  app.get('/api/classes/:classId', async (request) => {
    const { classId } = classParams.parse(request.params);
    return { class: await view(await requireOwnClass(ctx, request, classId)) };
  });

  app.patch('/api/classes/:classId', async (request) => {
    const { classId } = classParams.parse(request.params);
    await requireOwnClass(ctx, request, classId);
    await ctx.classes.update(classId, updateBody.parse(request.body));
    return { class: await view(await requireOwnClass(ctx, request, classId)) };
  });

  app.delete('/api/classes/:classId', async (request, reply) => {
    const { classId } = classParams.parse(request.params);
    await requireOwnClass(ctx, request, classId);
    await ctx.classes.delete(classId);
    return reply.status(204).send();
  });

  app.post('/api/classes/:classId/join-code', async (request) => {
    const { classId } = classParams.parse(request.params);
    await requireOwnClass(ctx, request, classId);
    await ctx.classes.renewJoinCode(classId);
    return { class: await view(await requireOwnClass(ctx, request, classId)) };
  });

  app.get('/api/classes/:classId/qr.svg', async (request, reply) => {
    const { classId } = classParams.parse(request.params);
    const schoolClass = await requireOwnClass(ctx, request, classId);
    const link = `${gameOrigin(ctx, request)}/?join=${schoolClass.joinCode}`;
    const svg = await QRCode.toString(link, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    return reply.type('image/svg+xml').header('cache-control', 'no-store').send(svg);
  });
}
