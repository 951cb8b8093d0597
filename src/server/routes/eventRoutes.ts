// GET /api/classes/:classId/events: server-sent events for the class's dashboard, pushed
// through the ClassEventBus whenever a pupil of the class joins or submits.
import type { ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../AppContext';
import { requireOwnClass } from '../auth/guards';
import { classParams } from './routeSchemas';

const PING_MS = 25_000;

export function eventRoutes(app: FastifyInstance, ctx: AppContext): void {
  const open = new Set<ServerResponse>();
  app.addHook('preClose', async () => {
    for (const stream of open) stream.end();
  });

  app.get('/api/classes/:classId/events', async (request, reply) => {
    const { classId } = classParams.parse(request.params);
    await requireOwnClass(ctx, request, classId);
    reply.hijack();
    const stream = reply.raw;
    stream.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    stream.write('retry: 3000\n\n');
    open.add(stream);
    const unsubscribe = ctx.events.subscribe(classId, (event) => {
      const { type, ...data } = event;
      stream.write(`event: ${type}\ndata: ${JSON.stringify(data)}\n\n`);
    });
    const ping = setInterval(() => stream.write(': ping\n\n'), PING_MS);
    const stop = () => {
      clearInterval(ping);
      unsubscribe();
      open.delete(stream);
    };
    request.raw.on('close', stop);
    stream.on('close', stop);
  });
}
