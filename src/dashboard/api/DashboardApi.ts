// The teacher's calls to the server (docs/api.md): same-origin fetch with the session cookie,
// the CSRF header on every write, and every answer checked with its zod schema.
import type { z } from 'zod/mini';
import {
  assignmentsSchema,
  cardsSchema,
  classesSchema,
  levelsSchema,
  oneAssignmentSchema,
  oneCardSchema,
  oneClassSchema,
  progressSchema,
  pupilProgressSchema,
  pupilsSchema,
  sessionSchema,
  taskStatsSchema,
  teacherLoginSchema,
} from './schemas';
import { type Method, send } from './sendRequest';

async function call<T>(schema: z.ZodMiniType<T>, method: Method, path: string, body?: unknown): Promise<T> {
  const response = await send(method, path, body);
  return schema.parse(await response.json());
}

const cls = (classId: string) => `/api/classes/${encodeURIComponent(classId)}`;

/** Every route the dashboard uses; each returns checked data or throws an ApiError. */
export const api = {
  session: () => call(sessionSchema, 'GET', '/api/session'),
  signUp: (email: string, password: string) =>
    call(teacherLoginSchema, 'POST', '/api/teacher/signup', { email, password }),
  logIn: (email: string, password: string) =>
    call(teacherLoginSchema, 'POST', '/api/teacher/login', { email, password }),
  logOut: async () => void (await send('POST', '/api/logout')),
  levels: () => call(levelsSchema, 'GET', '/api/levels'),

  classes: () => call(classesSchema, 'GET', '/api/classes'),
  createClass: (name: string) => call(oneClassSchema, 'POST', '/api/classes', { name }),
  getClass: (classId: string) => call(oneClassSchema, 'GET', cls(classId)),
  updateClass: (classId: string, change: { name?: string; archived?: boolean }) =>
    call(oneClassSchema, 'PATCH', cls(classId), change),
  deleteClass: async (classId: string) => void (await send('DELETE', cls(classId))),
  renewJoinCode: (classId: string) => call(oneClassSchema, 'POST', `${cls(classId)}/join-code`),

  pupils: (classId: string) => call(pupilsSchema, 'GET', `${cls(classId)}/pupils`),
  cards: (classId: string) => call(cardsSchema, 'GET', `${cls(classId)}/cards`),
  resetSecret: (classId: string, pupilId: string) =>
    call(oneCardSchema, 'POST', `${cls(classId)}/pupils/${encodeURIComponent(pupilId)}/secret`),
  deletePupil: async (classId: string, pupilId: string) =>
    void (await send('DELETE', `${cls(classId)}/pupils/${encodeURIComponent(pupilId)}`)),

  assignments: (classId: string) => call(assignmentsSchema, 'GET', `${cls(classId)}/assignments`),
  assign: (classId: string, levelId: string, settings: { dueDate: string | null; seed: number | null }) =>
    call(oneAssignmentSchema, 'PUT', `${cls(classId)}/assignments/${encodeURIComponent(levelId)}`, settings),
  unassign: async (classId: string, levelId: string) =>
    void (await send('DELETE', `${cls(classId)}/assignments/${encodeURIComponent(levelId)}`)),

  progress: (classId: string) => call(progressSchema, 'GET', `${cls(classId)}/progress`),
  pupilProgress: (classId: string, pupilId: string) =>
    call(pupilProgressSchema, 'GET', `${cls(classId)}/pupils/${encodeURIComponent(pupilId)}/progress`),
  taskStats: (classId: string) => call(taskStatsSchema, 'GET', `${cls(classId)}/task-stats`),

  qrUrl: (classId: string) => `${cls(classId)}/qr.svg`,
  eventsUrl: (classId: string) => `${cls(classId)}/events`,
  exportUrl: (classId: string, format: 'csv' | 'csv-comma' | 'xlsx' | 'json') =>
    format === 'csv-comma'
      ? `${cls(classId)}/export.csv?separator=comma`
      : `${cls(classId)}/export.${format}`,
};
