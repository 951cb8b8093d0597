// One place that turns every error into a JSON answer: zod errors and Fastify's own client
// errors become a 4xx with a clear message; only real bugs become a 500 (and are logged).
import type { FastifyError, FastifyInstance } from 'fastify';
import { ZodError } from 'zod';
import { HttpError } from './HttpError';

const zodPath = (path: PropertyKey[]) => path.map(String).join('.');

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | HttpError | ZodError, request, reply) => {
    if (error instanceof HttpError) {
      return reply
        .status(error.statusCode)
        .send({ error: error.code, message: error.message, ...error.extra });
    }
    if (error instanceof ZodError) {
      const issues = error.issues.map((i) => ({ path: zodPath(i.path), message: i.message }));
      const first = issues[0];
      const message = first ? `${first.path || 'body'}: ${first.message}` : 'invalid input';
      return reply.status(400).send({ error: 'bad-request', message, issues });
    }
    const status = error.statusCode ?? 500;
    if (status === 429) {
      return reply.status(429).send({ error: 'rate-limited', message: 'too many tries; wait a minute' });
    }
    if (status >= 400 && status < 500) {
      return reply.status(status).send({ error: 'bad-request', message: error.message });
    }
    request.log.error({ err: error }, 'unexpected error');
    return reply.status(500).send({ error: 'internal', message: 'something went wrong on the server' });
  });

  app.setNotFoundHandler((request, reply) => {
    reply
      .status(404)
      .send({ error: 'not-found', message: `no route ${request.method} ${request.url.split('?')[0]}` });
  });
}
