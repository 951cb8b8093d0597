// One same-origin request of the dashboard: the session cookie goes along, a write carries the
// CSRF header, and an error answer becomes an ApiError with the server's code and message.
import { ApiError } from './ApiError';
import { errorBodySchema } from './schemas';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

function csrfToken(): string {
  const match = document.cookie.match(/(?:^|;\s*)fm_csrf=([^;]*)/);
  return match?.[1] ? decodeURIComponent(match[1]) : '';
}

export async function send(method: Method, path: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken();
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? null : JSON.stringify(body),
  });
  if (!response.ok) {
    const parsed = errorBodySchema.safeParse(await response.json().catch(() => null));
    throw new ApiError(
      response.status,
      parsed.success ? parsed.data.error : 'unknown',
      parsed.success ? parsed.data.message : response.statusText,
    );
  }
  return response;
}
