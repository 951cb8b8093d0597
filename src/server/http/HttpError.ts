// An error a route throws on purpose: a 4xx status, a stable code and a clear English message.
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const badRequest = (message: string) => new HttpError(400, 'bad-request', message);
export const unauthorized = (message = 'please log in first') => new HttpError(401, 'unauthorized', message);
export const forbidden = (message: string) => new HttpError(403, 'forbidden', message);
export const notFound = (message: string) => new HttpError(404, 'not-found', message);
export const conflict = (message: string) => new HttpError(409, 'conflict', message);
