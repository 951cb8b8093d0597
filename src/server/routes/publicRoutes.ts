// Routes anyone may call: health, the loaded levels, who is logged in, and log out.
import type { FastifyInstance } from 'fastify';
import { SCORING_VERSION } from '../../core/scoring/scoringVersion';
import type { AppContext } from '../AppContext';
import { clearSessionCookies } from '../auth/sessionCookies';

export function publicRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/api/health', async () => ({
    status: 'ok',
    levels: ctx.levels.levels.length,
    scoringVersion: SCORING_VERSION,
  }));

  app.get('/api/levels', async () => ({
    levels: ctx.levels.levels.map((level) => ({
      id: level.id,
      version: level.version,
      order: level.order,
      promo: level.promo,
      title: level.title,
      tasks: level.tasks.map((t) => ({
        id: t.id,
        kind: t.kind,
        domains: t.domains,
        careers: t.careers,
        title: t.title,
      })),
    })),
  }));

  app.get('/api/session', async (request) => {
    const auth = request.auth;
    if (auth.role === 'teacher') {
      const teacher = await ctx.teachers.findById(auth.teacherId);
      if (teacher) {
        const { passwordHash: _, ...visible } = teacher;
        return { role: 'teacher', teacher: visible, csrfToken: auth.csrfToken };
      }
    }
    if (auth.role === 'pupil') {
      const pupil = await ctx.pupils.findById(auth.pupilId);
      if (pupil) {
        return {
          role: 'pupil',
          pupil: { id: pupil.id, nickname: pupil.nickname, classId: pupil.classId },
          csrfToken: auth.csrfToken,
        };
      }
    }
    return { role: 'anonymous' };
  });

  app.post('/api/logout', async (request, reply) => {
    const auth = request.auth;
    if (auth.role !== 'anonymous') await ctx.sessions.delete(auth.tokenHash);
    clearSessionCookies(reply);
    return reply.status(204).send();
  });
}
