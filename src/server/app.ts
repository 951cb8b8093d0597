// Builds the Fastify app: database, levels, security, sessions and every API route, plus the
// built game and dashboard as static files. main.ts only starts it; tests call inject on it.
import { existsSync } from 'node:fs';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { AppContext } from './AppContext';
import { registerAuth } from './auth/authPlugin';
import { createPasswordHasher } from './auth/PasswordHasher';
import { SessionRepository } from './auth/SessionRepository';
import type { ServerConfig } from './config';
import { openDatabase } from './db/openDatabase';
import { openPostgres } from './db/openPostgres';
import type { ClassEventBus } from './events/ClassEventBus';
import { MemoryEventBus } from './events/MemoryEventBus';
import { PostgresEventBus } from './events/PostgresEventBus';
import { installErrorHandler } from './http/errorHandler';
import { rejectNulText } from './http/rejectNulText';
import { registerSecurityHeaders } from './http/securityHeaders';
import { loadLevelCatalog } from './levels/LevelCatalog';
import { loggerOptions } from './logging/loggerOptions';
import { promoRoutes } from './promo/promoRoutes';
import { AssignmentRepository } from './repositories/AssignmentRepository';
import { AttemptRepository } from './repositories/AttemptRepository';
import { ClassRepository } from './repositories/ClassRepository';
import { PupilRepository } from './repositories/PupilRepository';
import { TeacherRepository } from './repositories/TeacherRepository';
import { assignmentRoutes } from './routes/assignmentRoutes';
import { attemptRoutes } from './routes/attemptRoutes';
import { classPupilRoutes } from './routes/classPupilRoutes';
import { classRoutes } from './routes/classRoutes';
import { eventRoutes } from './routes/eventRoutes';
import { exportRoutes } from './routes/exportRoutes';
import { progressRoutes } from './routes/progressRoutes';
import { publicRoutes } from './routes/publicRoutes';
import { pupilRoutes } from './routes/pupilRoutes';
import { teacherRoutes } from './routes/teacherRoutes';

export interface AppOptions {
  /** The clock (tests pass a fixed one). */
  now?: () => Date;
  /** The live-update bus; by default in-memory on SQLite, LISTEN/NOTIFY on PostgreSQL. */
  events?: ClassEventBus;
  /** Logger settings (tests pass a stream to read the log); from config.logLevel by default. */
  logger?: FastifyServerOptions['logger'];
}

export async function buildApp(config: ServerConfig, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? loggerOptions(config.logLevel),
    bodyLimit: 64 * 1024,
    trustProxy: config.trustProxy ?? false,
  });
  const { db, events } = await openStorage(app, config, options.events);
  const levels = loadLevelCatalog(config.levelsDir, (file, problems) =>
    app.log.error({ file, problems }, 'level refused: it does not pass the level checker'),
  );
  const ctx: AppContext = {
    config,
    db,
    levels,
    passwords: createPasswordHasher(config.fastHashing),
    events,
    now: options.now ?? (() => new Date()),
    sessions: new SessionRepository(db),
    teachers: new TeacherRepository(db),
    classes: new ClassRepository(db),
    pupils: new PupilRepository(db),
    assignments: new AssignmentRepository(db),
    attempts: new AttemptRepository(db),
  };
  app.addHook('onClose', async () => {
    await ctx.events.close();
    await db.destroy();
  });
  await ctx.sessions.deleteExpired(ctx.now());

  installErrorHandler(app);
  rejectNulText(app);
  await registerSecurityHeaders(app);
  await app.register(fastifyCookie);
  if (config.rateLimit) await app.register(fastifyRateLimit, { global: false });
  registerAuth(app, ctx);

  for (const routes of [
    publicRoutes,
    teacherRoutes,
    classRoutes,
    classPupilRoutes,
    assignmentRoutes,
    pupilRoutes,
    attemptRoutes,
    progressRoutes,
    exportRoutes,
    eventRoutes,
    promoRoutes,
  ]) {
    routes(app, ctx);
  }

  if (existsSync(config.staticDir)) {
    // The build writes .br and .gz copies (scripts/precompressPlugin.ts): the smallest one the
    // browser accepts is sent, and caches learn that the answer depends on Accept-Encoding.
    await app.register(fastifyStatic, {
      root: config.staticDir,
      preCompressed: true,
      setHeaders: (res) => res.setHeader('vary', 'Accept-Encoding'),
    });
  }
  return app;
}

/** SQLite under DATA_DIR, or PostgreSQL when config.databaseUrl is set, with its event bus. */
async function openStorage(app: FastifyInstance, config: ServerConfig, events: ClassEventBus | undefined) {
  if (!config.databaseUrl) {
    return {
      db: await openDatabase(config.dataDir, config.sqliteSynchronous),
      events: events ?? new MemoryEventBus(),
    };
  }
  const url = config.databaseUrl;
  const schema = config.databaseSchema ?? 'public';
  const db = await openPostgres(url, schema, (error) =>
    app.log.warn({ err: error }, 'an idle database connection failed'),
  );
  try {
    const onProblem = (problem: string, error: unknown) => app.log.warn({ err: error }, problem);
    return { db, events: events ?? (await PostgresEventBus.start({ url, schema, db, onProblem })) };
  } catch (error) {
    await db.destroy();
    throw error;
  }
}
