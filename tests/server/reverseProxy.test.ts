// Behind a reverse proxy (TRUST_PROXY): rate limits count each client by X-Forwarded-For, not
// the proxy, and X-Forwarded-Proto: https makes the session cookies Secure. Without it the
// forwarded headers are ignored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './testServer';

const PROXY = '127.0.0.1';

async function loginStatuses(server: TestServer, forwardedFor: string, times: number) {
  const statuses: number[] = [];
  for (let i = 0; i < times; i++) {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/teacher/login',
      remoteAddress: PROXY,
      headers: { 'x-forwarded-for': forwardedFor },
      payload: { email: 'nobody@school.be', password: 'x' },
    });
    statuses.push(response.statusCode);
  }
  return statuses;
}

describe('behind a trusted reverse proxy', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ rateLimit: true, trustProxy: PROXY });
  });
  afterAll(() => server.close());

  it('rate limits each forwarded client on its own', async () => {
    const first = await loginStatuses(server, '10.1.1.1', 21);
    expect(first.at(-1)).toBe(429);
    expect(await loginStatuses(server, '10.2.2.2', 1)).toEqual([401]);
  });

  it('makes the session cookie Secure when the proxy says https', async () => {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/teacher/signup',
      remoteAddress: PROXY,
      headers: { 'x-forwarded-for': '10.3.3.3', 'x-forwarded-proto': 'https' },
      payload: { email: 'proxy@school.be', password: 'correct horse 1' },
    });
    expect(response.statusCode).toBe(201);
    const session = response.cookies.find((c) => c.name === 'fm_session');
    expect(session).toMatchObject({ secure: true, httpOnly: true });
  });
});

describe('without TRUST_PROXY', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ rateLimit: true });
  });
  afterAll(() => server.close());

  it('ignores X-Forwarded-For, so a client cannot dodge the rate limit with it', async () => {
    await loginStatuses(server, '10.1.1.1', 20);
    expect(await loginStatuses(server, '10.2.2.2', 1)).toEqual([429]);
  });
});
