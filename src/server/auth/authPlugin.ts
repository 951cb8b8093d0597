// Resolves request.auth from the session cookie on every /api request, and guards writes:
// a non-GET request from another Origin is refused, and one that carries a valid session
// must echo the session's CSRF token in the X-CSRF-Token header.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../AppContext';
import { forbidden } from '../http/HttpError';
import type { Auth } from './Auth';
import { CSRF_HEADER, SESSION_COOKIE } from './sessionCookies';
import { sameSecret } from './tokens';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

async function resolveAuth(ctx: AppContext, request: FastifyRequest): Promise<Auth> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token || token.length > 200) return { role: 'anonymous' };
  const session = await ctx.sessions.find(token, ctx.now());
  if (!session) return { role: 'anonymous' };
  const common = { tokenHash: session.tokenHash, csrfToken: session.csrfToken };
  if (session.teacherId) return { role: 'teacher', teacherId: session.teacherId, ...common };
  if (session.pupilId) {
    const pupil = await ctx.pupils.findById(session.pupilId);
    if (pupil)
      return { role: 'pupil', pupilId: pupil.id, classId: pupil.classId, seed: pupil.seed, ...common };
  }
  return { role: 'anonymous' };
}

function checkOrigin(request: FastifyRequest): void {
  const origin = request.headers.origin;
  if (!origin) return;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    throw forbidden('the Origin header is not a valid origin');
  }
  if (host !== request.headers.host) throw forbidden('requests from another site are refused');
}

export function registerAuth(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('auth');
  app.addHook('onRequest', async (request) => {
    request.auth = { role: 'anonymous' };
    if (!request.url.startsWith('/api/')) return;
    request.auth = await resolveAuth(ctx, request);
    if (SAFE_METHODS.has(request.method)) return;
    checkOrigin(request);
    if (request.auth.role === 'anonymous') return;
    const sent = request.headers[CSRF_HEADER];
    if (typeof sent !== 'string' || !sameSecret(sent, request.auth.csrfToken)) {
      throw forbidden('missing or wrong X-CSRF-Token header (see docs/api.md)');
    }
  });
}
