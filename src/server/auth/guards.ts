// Route guards: who may call. Each throws the 4xx the caller should get.
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../AppContext';
import { forbidden, notFound, unauthorized } from '../http/HttpError';
import type { SchoolClass } from '../repositories/ClassRepository';

export function requireTeacher(request: FastifyRequest) {
  const auth = request.auth;
  if (auth.role === 'teacher') return auth;
  if (auth.role === 'pupil') throw forbidden('only a teacher may do this');
  throw unauthorized();
}

export function requirePupil(request: FastifyRequest) {
  const auth = request.auth;
  if (auth.role === 'pupil') return auth;
  if (auth.role === 'teacher') throw forbidden('only a pupil may do this');
  throw unauthorized('please join a class or log in with your card first');
}

/** The class when the asking teacher owns it; another teacher's class is "not found". */
export async function requireOwnClass(
  ctx: AppContext,
  request: FastifyRequest,
  classId: string,
): Promise<SchoolClass> {
  const teacher = requireTeacher(request);
  const found = await ctx.classes.findOwned(classId, teacher.teacherId);
  if (!found) throw notFound('no such class');
  return found;
}
