// Promo mode on the server (docs/promo.md): a teacher's events, kiosk attempts authorised by
// the event's kiosk token, the public leaderboard with its live stream, and the cleanup that
// removes an event's results when their time is up.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import { z } from 'zod';
import type { AppContext } from '../AppContext';
import { requireTeacher } from '../auth/guards';
import { badRequest, HttpError, notFound } from '../http/HttpError';
import { perMinute } from '../routes/rateLimit';
import { eventExpiresAt } from './eventExpiry';
import { LeaderboardStreams } from './LeaderboardStreams';
import { leaderboardOf } from './leaderboardOf';
import { PromoCleanup } from './PromoCleanup';
import { type PromoEventRow, PromoRepository } from './PromoRepository';
import { leaderboardChanged, promoChannel } from './promoChannel';
import { eventCreateSchema, kioskAttemptSchema, type PromoEvent } from './promoContract';
import { submitKioskAttempt } from './submitKioskAttempt';

declare module 'fastify' {
  interface FastifyInstance {
    /** The promo cleanup, so tests can run it on demand. */
    promoCleanup: PromoCleanup;
  }
}

const eventParams = z.object({ eventId: z.string().min(1).max(64) });
const publicParams = z.object({ publicId: z.string().regex(/^[A-Za-z0-9_-]{1,24}$/) });
const kioskBody = z.object({ kioskToken: z.string().min(16).max(100) });

const kioskPath = (row: PromoEventRow) => `/?kiosk=${encodeURIComponent(row.kiosk_token)}`;
const leaderboardPath = (row: PromoEventRow) =>
  `/leaderboard.html?event=${encodeURIComponent(row.public_id)}`;

/** The address QR codes open: PUBLIC_URL, else the host the teacher used. */
const origin = (ctx: AppContext, request: FastifyRequest) =>
  ctx.config.publicUrl ?? `${request.protocol}://${request.headers.host ?? 'localhost'}`;

const expired = (row: PromoEventRow, now: Date) => row.expires_at <= now.toISOString();

export function promoRoutes(app: FastifyInstance, ctx: AppContext): void {
  const repo = new PromoRepository(ctx.db);
  const streams = new LeaderboardStreams(repo, ctx.events, (error) =>
    app.log.warn({ err: error }, 'a leaderboard refresh failed'),
  );
  const cleanup = new PromoCleanup(repo, {
    now: ctx.now,
    onRemoved: (ids) => streams.closeEvents(ids),
    onError: (error) => app.log.error({ err: error }, 'promo cleanup failed'),
  });
  app.decorate('promoCleanup', cleanup);
  app.addHook('onReady', async () => {
    await cleanup.runOnce();
    cleanup.start();
  });
  app.addHook('preClose', async () => {
    await cleanup.stop();
    streams.closeAll();
  });

  const view = async (row: PromoEventRow): Promise<PromoEvent> => {
    const totals = await repo.totals(row.id);
    return {
      id: row.id,
      name: row.name,
      date: row.event_date,
      levelId: row.level_id,
      keepDays: row.keep_days,
      publicId: row.public_id,
      kioskToken: row.kiosk_token,
      kioskPath: kioskPath(row),
      leaderboardPath: leaderboardPath(row),
      createdAt: row.created_at,
      endedAt: row.ended_at,
      expiresAt: row.expires_at,
      plays: totals.plays,
      visitorsWelcomed: totals.visitorsWelcomed,
    };
  };
  const changed = (row: PromoEventRow) =>
    ctx.events.publish(promoChannel(row.id), leaderboardChanged(row.level_id, '', ctx.now().toISOString()));

  /** The event when the asking teacher owns it; another teacher's event is "not found". */
  const ownEvent = async (request: FastifyRequest): Promise<PromoEventRow> => {
    const teacher = requireTeacher(request);
    const { eventId } = eventParams.parse(request.params);
    const row = await repo.findOwned(eventId, teacher.teacherId);
    if (!row) throw notFound('no such event');
    return row;
  };

  /** The event of a kiosk token, refused when it ended or its time is up. */
  const kioskEvent = async (token: string): Promise<PromoEventRow> => {
    const row = await repo.findByKioskToken(token);
    if (!row) throw notFound('no event has this kiosk token');
    if (row.ended_at !== null) throw new HttpError(410, 'event-ended', 'this event has ended');
    if (expired(row, ctx.now())) throw new HttpError(410, 'event-expired', "this event's time is up");
    return row;
  };

  const publicEvent = async (request: FastifyRequest): Promise<PromoEventRow> => {
    const { publicId } = publicParams.parse(request.params);
    const row = await repo.findByPublicId(publicId);
    if (!row || expired(row, ctx.now())) throw notFound('no such leaderboard');
    return row;
  };

  // --- the teacher's events ---

  app.get('/api/events', async (request) => {
    const teacher = requireTeacher(request);
    const rows = await repo.listOwned(teacher.teacherId);
    return { events: await Promise.all(rows.map(view)) };
  });

  app.post('/api/events', async (request, reply) => {
    const teacher = requireTeacher(request);
    const body = eventCreateSchema.parse(request.body);
    const level = body.levelId ? ctx.levels.level(body.levelId) : ctx.levels.levels.find((l) => l.promo);
    if (!level) throw notFound(body.levelId ? `no level '${body.levelId}'` : 'no promo level on this server');
    if (eventExpiresAt(body.date, body.keepDays) <= ctx.now()) {
      throw badRequest('date: the results of that day would already be removed; choose a later day');
    }
    const row = await repo.createEvent(
      { teacherId: teacher.teacherId, ...body, levelId: level.id },
      ctx.now(),
    );
    return reply.status(201).send({ event: await view(row) });
  });

  app.get('/api/events/:eventId', async (request) => {
    const row = await ownEvent(request);
    return { event: await view(row), leaderboard: await leaderboardOf(repo, row) };
  });

  app.post('/api/events/:eventId/end', async (request) => {
    const row = await ownEvent(request);
    await repo.end(row.id, ctx.now());
    await changed(row);
    return { event: await view(await ownEvent(request)) };
  });

  app.delete('/api/events/:eventId/results', async (request, reply) => {
    const row = await ownEvent(request);
    await repo.deleteResults(row.id);
    await changed(row);
    return reply.status(204).send();
  });

  app.delete('/api/events/:eventId', async (request, reply) => {
    const row = await ownEvent(request);
    await repo.deleteEvent(row.id);
    streams.closeEvents([row.id]);
    return reply.status(204).send();
  });

  for (const [which, path] of [
    ['kiosk', kioskPath],
    ['leaderboard', leaderboardPath],
  ] as const) {
    app.get(`/api/events/:eventId/${which}-qr.svg`, async (request, reply) => {
      const row = await ownEvent(request);
      const svg = await QRCode.toString(`${origin(ctx, request)}${path(row)}`, {
        type: 'svg',
        errorCorrectionLevel: 'M',
        margin: 2,
      });
      return reply.type('image/svg+xml').header('cache-control', 'no-store').send(svg);
    });
  }

  // --- kiosks ---

  app.post('/api/kiosk/event', { config: perMinute(120) }, async (request) => {
    const { kioskToken } = kioskBody.parse(request.body);
    const row = await kioskEvent(kioskToken);
    const level = ctx.levels.level(row.level_id);
    if (!level)
      throw new HttpError(409, 'conflict', `the level '${row.level_id}' is not on the server any more`);
    return {
      event: {
        name: row.name,
        date: row.event_date,
        levelId: row.level_id,
        levelVersion: level.version,
        publicId: row.public_id,
        leaderboardPath: leaderboardPath(row),
      },
    };
  });

  app.post('/api/kiosk/attempts', { config: perMinute(600) }, async (request, reply) => {
    const submission = kioskAttemptSchema.parse(request.body);
    const row = await kioskEvent(submission.kioskToken);
    const { result, fresh } = await submitKioskAttempt(ctx, repo, row, submission);
    if (fresh) await changed(row);
    return reply.status(fresh ? 201 : 200).send(result);
  });

  // --- the public leaderboard ---

  app.get('/api/leaderboards/:publicId', { config: perMinute(120) }, async (request, reply) => {
    const row = await publicEvent(request);
    return reply.header('cache-control', 'no-store').send(await leaderboardOf(repo, row));
  });

  app.get('/api/leaderboards/:publicId/stream', { config: perMinute(30) }, async (request, reply) => {
    const row = await publicEvent(request);
    if (!streams.hasRoom(row.id)) {
      throw new HttpError(503, 'busy', 'too many screens follow this leaderboard; try again later');
    }
    const snapshot = await leaderboardOf(repo, row);
    reply.hijack();
    const stream = reply.raw;
    stream.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    stream.write('retry: 5000\n\n');
    streams.add(row.id, stream, snapshot);
  });
}
