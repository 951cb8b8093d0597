// Teacher accounts: sign up, log in, change password, delete the account with everything in it.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../AppContext';
import { requireTeacher } from '../auth/guards';
import { TEACHER_SESSION_DAYS } from '../auth/SessionRepository';
import { clearSessionCookies, setSessionCookies } from '../auth/sessionCookies';
import { conflict, unauthorized } from '../http/HttpError';
import { perMinute } from './rateLimit';
import { emailSchema, passwordSchema } from './routeSchemas';

const signupBody = z.object({ email: emailSchema, password: passwordSchema });
const loginBody = z.object({ email: emailSchema, password: z.string().min(1).max(200) });
const passwordBody = z.object({ currentPassword: z.string().min(1).max(200), newPassword: passwordSchema });
const deleteBody = z.object({ password: z.string().min(1).max(200) });

/** Verifies against a fixed hash when the e-mail is unknown, so both cases take as long. */
let dummyHash: Promise<string> | null = null;

export function teacherRoutes(app: FastifyInstance, ctx: AppContext): void {
  const startSession = async (
    request: Parameters<typeof setSessionCookies>[0],
    reply: Parameters<typeof setSessionCookies>[1],
    teacherId: string,
  ) => {
    const { token, csrfToken } = await ctx.sessions.create({ teacherId }, ctx.now());
    setSessionCookies(request, reply, token, csrfToken, TEACHER_SESSION_DAYS);
    return csrfToken;
  };

  app.post('/api/teacher/signup', { config: perMinute(20) }, async (request, reply) => {
    const body = signupBody.parse(request.body);
    const teacher = await ctx.teachers.create(body.email, await ctx.passwords.hash(body.password), ctx.now());
    if (!teacher) throw conflict('there is already an account with this e-mail address; log in instead');
    const csrfToken = await startSession(request, reply, teacher.id);
    return reply.status(201).send({ teacher, csrfToken });
  });

  app.post('/api/teacher/login', { config: perMinute(20) }, async (request, reply) => {
    const body = loginBody.parse(request.body);
    const found = await ctx.teachers.findByEmail(body.email);
    dummyHash ??= ctx.passwords.hash('not a real password');
    const ok = await ctx.passwords.verify(found?.passwordHash ?? (await dummyHash), body.password);
    if (!found || !ok) throw unauthorized('wrong e-mail or password');
    const csrfToken = await startSession(request, reply, found.id);
    return { teacher: { id: found.id, email: found.email, createdAt: found.createdAt }, csrfToken };
  });

  app.post('/api/teacher/password', { config: perMinute(20) }, async (request, reply) => {
    const auth = requireTeacher(request);
    const body = passwordBody.parse(request.body);
    const teacher = await ctx.teachers.findById(auth.teacherId);
    if (!teacher || !(await ctx.passwords.verify(teacher.passwordHash, body.currentPassword))) {
      throw unauthorized('the current password is wrong');
    }
    await ctx.teachers.updatePassword(teacher.id, await ctx.passwords.hash(body.newPassword));
    await ctx.sessions.deleteAllOf({ teacherId: teacher.id });
    const csrfToken = await startSession(request, reply, teacher.id);
    return { csrfToken };
  });

  app.delete('/api/teacher', { config: perMinute(20) }, async (request, reply) => {
    const auth = requireTeacher(request);
    const body = deleteBody.parse(request.body);
    const teacher = await ctx.teachers.findById(auth.teacherId);
    if (!teacher || !(await ctx.passwords.verify(teacher.passwordHash, body.password))) {
      throw unauthorized('the password is wrong');
    }
    await ctx.teachers.delete(teacher.id);
    clearSessionCookies(reply);
    return reply.status(204).send();
  });
}
