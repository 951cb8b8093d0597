// The two login cookies: fm_session (HttpOnly, the session token) and fm_csrf (readable by the
// page, the token it echoes in X-CSRF-Token). Both SameSite=Lax; Secure when served over https.
import type { FastifyReply, FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'fm_session';
export const CSRF_COOKIE = 'fm_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export function setSessionCookies(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  csrfToken: string,
  days: number,
): void {
  const common = {
    path: '/',
    sameSite: 'lax' as const,
    secure: request.protocol === 'https',
    maxAge: days * 86400,
  };
  reply.setCookie(SESSION_COOKIE, token, { ...common, httpOnly: true });
  reply.setCookie(CSRF_COOKIE, csrfToken, { ...common, httpOnly: false });
}

export function clearSessionCookies(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
  reply.clearCookie(CSRF_COOKIE, { path: '/' });
}
