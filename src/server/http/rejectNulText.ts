// Refuses text holding a NUL character (U+0000) in the URL, query or body with a 400, on both
// databases: PostgreSQL cannot store it, and no name, code or answer of ours needs it.
import type { FastifyInstance } from 'fastify';
import { badRequest } from './HttpError';

const NUL = '\u0000';

function holdsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes(NUL);
  if (depth > 64 || value === null || typeof value !== 'object') return false;
  const parts = Array.isArray(value) ? value : [...Object.keys(value), ...Object.values(value)];
  return parts.some((part) => holdsNul(part, depth + 1));
}

export function rejectNulText(app: FastifyInstance): void {
  app.addHook('preHandler', async (request) => {
    if (holdsNul(request.params) || holdsNul(request.query) || holdsNul(request.body)) {
      throw badRequest('text may not contain a NUL character (U+0000)');
    }
  });
}
