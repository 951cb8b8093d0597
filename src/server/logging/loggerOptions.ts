// pino settings with no personal data: requests are logged as method, path (no query) and
// status only; cookies, CSRF tokens, passwords, nicknames and secrets never reach the log.
import type { FastifyServerOptions } from 'fastify';

interface LoggedRequest {
  method?: string;
  url?: string;
}

export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  return {
    level,
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
        '*.password',
        '*.newPassword',
        '*.currentPassword',
        '*.email',
        '*.nickname',
        '*.secret',
      ],
      censor: '[hidden]',
    },
    serializers: {
      req: (req: LoggedRequest) => ({ method: req.method, path: req.url?.split('?')[0] }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
  };
}
