// Builds the Fastify app: static game and dashboard, and the API.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';

export async function buildApp(): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  app.get('/api/health', async () => ({ status: 'ok' }));
  const dist = resolve(process.env.STATIC_DIR ?? 'dist');
  if (existsSync(dist)) await app.register(fastifyStatic, { root: dist });
  return app;
}
