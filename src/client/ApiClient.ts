// The browser's door to the server API (docs/api.md), used by the game and the dashboard.
//
//   const api = new ApiClient();                       // same origin; or new ApiClient({ baseUrl })
//   await api.pupilJoin('K7RMXP', 'DJ Volt');          // -> { pupil, card, csrfToken }
//   const me = await api.pupilMe();                    // levels (assigned first) with the seed to use
//   const result = await api.submitAttempt(submission) // official score; see ResultQueue for offline
//   await api.request('GET', '/api/classes')           // any other route; returns parsed JSON
//
// Every write sends the X-CSRF-Token header (from the fm_csrf cookie or the last login answer).
// Failures throw ApiError: status 0 for no connection, else the server's status, code and message.
import { z } from 'zod';
import { type AttemptResult, type AttemptSubmission, attemptResultSchema } from './contract/attemptContract';

export class ApiError extends Error {
  constructor(
    /** HTTP status; 0 when the server could not be reached. */
    readonly status: number,
    /** The server's error code (`not-found`, `level-version-mismatch`, ...) or `network`. */
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Worth trying again later: no connection, rate limited or a server failure. */
  get retryable(): boolean {
    return this.status === 0 || this.status === 429 || this.status >= 500;
  }
}

const errorBodySchema = z.object({ error: z.string(), message: z.string() });

const cardSchema = z.object({
  pupilId: z.string(),
  nickname: z.string(),
  joinCode: z.string(),
  secret: z.string(),
});
const pupilLoginSchema = z.object({
  pupil: z.object({ id: z.string(), nickname: z.string(), classId: z.string() }),
  card: cardSchema,
  csrfToken: z.string(),
});
export type PupilLogin = z.infer<typeof pupilLoginSchema>;

const pupilMeSchema = z.object({
  pupil: z.object({ id: z.string(), nickname: z.string(), classId: z.string() }),
  class: z.object({ name: z.string() }),
  seed: z.int(),
  levels: z.array(
    z.object({
      levelId: z.string(),
      levelVersion: z.int(),
      assigned: z.boolean(),
      dueDate: z.string().nullable(),
      seed: z.int(),
      tasks: z.array(
        z.object({
          taskId: z.string(),
          attempts: z.int(),
          correct: z.boolean(),
          points: z.int(),
          stars: z.int(),
        }),
      ),
    }),
  ),
});
export type PupilMe = z.infer<typeof pupilMeSchema>;

const sessionSchema = z.discriminatedUnion('role', [
  z.object({ role: z.literal('anonymous') }),
  z.object({
    role: z.literal('teacher'),
    teacher: z.object({ id: z.string(), email: z.string(), createdAt: z.string() }),
    csrfToken: z.string(),
  }),
  z.object({
    role: z.literal('pupil'),
    pupil: z.object({ id: z.string(), nickname: z.string(), classId: z.string() }),
    csrfToken: z.string(),
  }),
]);
export type Session = z.infer<typeof sessionSchema>;

export interface ApiClientOptions {
  /** Where the server is; '' (same origin) by default. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Reads the CSRF cookie; defaults to document.cookie when there is a document. */
  readCookie?: (name: string) => string | undefined;
}

function documentCookie(name: string): string | undefined {
  if (typeof document === 'undefined') return undefined;
  const pair = document.cookie.split('; ').find((c) => c.startsWith(`${name}=`));
  return pair ? decodeURIComponent(pair.slice(name.length + 1)) : undefined;
}

export class ApiClient {
  private readonly baseUrl: string;
  private readonly fetcher: typeof fetch;
  private readonly readCookie: (name: string) => string | undefined;
  private csrfToken: string | undefined;

  constructor(options: ApiClientOptions = {}) {
    this.baseUrl = options.baseUrl ?? '';
    this.fetcher = options.fetch ?? ((input, init) => fetch(input, init));
    this.readCookie = options.readCookie ?? documentCookie;
  }

  /** Calls any route; parses the answer with `schema` when given (else it is `unknown`). Throws ApiError. */
  request(method: string, path: string, body?: unknown): Promise<unknown>;
  request<T>(method: string, path: string, body: unknown, schema: z.ZodType<T>): Promise<T>;
  async request<T>(method: string, path: string, body?: unknown, schema?: z.ZodType<T>): Promise<unknown> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const csrf = this.readCookie('fm_csrf') ?? this.csrfToken;
    if (method !== 'GET' && csrf) headers['x-csrf-token'] = csrf;
    let response: Response;
    try {
      response = await this.fetcher(this.baseUrl + path, {
        method,
        headers,
        credentials: 'same-origin',
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch {
      throw new ApiError(0, 'network', 'the server cannot be reached');
    }
    const text = await response.text();
    const json: unknown = text === '' ? undefined : safeJson(text);
    if (!response.ok) {
      const parsed = errorBodySchema.safeParse(json);
      throw parsed.success
        ? new ApiError(response.status, parsed.data.error, parsed.data.message)
        : new ApiError(response.status, 'http', `the server answered ${response.status}`);
    }
    if (!schema) return json;
    const parsed = schema.safeParse(json);
    if (!parsed.success)
      throw new ApiError(response.status, 'bad-response', 'the server answered something unexpected');
    return parsed.data;
  }

  async session(): Promise<Session> {
    const session = await this.request('GET', '/api/session', undefined, sessionSchema);
    if (session.role !== 'anonymous') this.csrfToken = session.csrfToken;
    return session;
  }

  async pupilJoin(joinCode: string, nickname: string): Promise<PupilLogin> {
    const login = await this.request('POST', '/api/pupil/join', { joinCode, nickname }, pupilLoginSchema);
    this.csrfToken = login.csrfToken;
    return login;
  }

  async pupilLogin(joinCode: string, nickname: string, secret: string): Promise<PupilLogin> {
    const login = await this.request(
      'POST',
      '/api/pupil/login',
      { joinCode, nickname, secret },
      pupilLoginSchema,
    );
    this.csrfToken = login.csrfToken;
    return login;
  }

  pupilMe(): Promise<PupilMe> {
    return this.request('GET', '/api/pupil/me', undefined, pupilMeSchema);
  }

  /** Sends one attempt; the same attemptId again is harmless (answers `duplicate: true`). */
  submitAttempt(submission: AttemptSubmission): Promise<AttemptResult> {
    return this.request('POST', '/api/attempts', submission, attemptResultSchema);
  }

  async logout(): Promise<void> {
    await this.request('POST', '/api/logout');
    this.csrfToken = undefined;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
