// Durability: the real server process (node --import tsx src/server/main.ts) takes attempts,
// is killed with SIGKILL in the middle of them, restarts on the same DATA_DIR, and still has
// every attempt it acknowledged.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE_LEVELS_DIR } from './testServer';

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });

function startServer(port: number, dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LEVELS_DIR: FIXTURE_LEVELS_DIR,
      STATIC_DIR: join(dataDir, 'none'),
      NODE_ENV: 'test',
      LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Festivalmakers runs at')) resolve(child);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${output}`)));
  });
}

/** A tiny cookie-keeping client for the real server. */
function client(base: string) {
  const cookies = new Map<string, string>();
  return async (method: string, path: string, body?: unknown) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (cookies.size) headers.cookie = [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const csrf = cookies.get('fm_csrf');
    if (csrf && method !== 'GET') headers['x-csrf-token'] = csrf;
    const response = await fetch(base + path, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, value] = (pair ?? '').split('=');
      if (name && value !== undefined) cookies.set(name, value);
    }
    return response;
  };
}

describe('an acknowledged attempt survives a hard kill', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'fm-kill-test-'));
  let child: ChildProcess | null = null;
  afterAll(() => {
    child?.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('finds every acknowledged attempt after SIGKILL and restart', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    child = await startServer(port, dataDir);
    const teacher = client(base);
    await teacher('POST', '/api/teacher/signup', { email: 'kill@test.be', password: 'correct horse 1' });
    const schoolClass = (await (await teacher('POST', '/api/classes', { name: 'K' })).json()).class;
    const pupils = await Promise.all(
      ['One', 'Two', 'Three', 'Four'].map(async (nickname) => {
        const call = client(base);
        await call('POST', '/api/pupil/join', { joinCode: schoolClass.joinCode, nickname });
        const me = await (await call('GET', '/api/pupil/me')).json();
        return { call, seed: me.seed as number };
      }),
    );

    const acknowledged: string[] = [];
    let sent = 0;
    const pupilLoop = async (pupil: (typeof pupils)[number]) => {
      for (;;) {
        const attemptId = randomUUID();
        sent += 1;
        try {
          const response = await pupil.call('POST', '/api/attempts', {
            attemptId,
            levelId: 'schoolfuif',
            levelVersion: 1,
            taskId: sent % 2 ? 'earplug-question' : 'sound-barrier',
            seed: pupil.seed,
            answer: { optionId: 'x' },
            hintsUsed: 0,
            timeMs: 1000,
            clientCreatedAt: new Date().toISOString(),
          });
          if (response.status === 201) acknowledged.push(attemptId);
          else throw new Error(`unexpected ${response.status}`);
        } catch (error) {
          if (error instanceof Error && error.message.startsWith('unexpected')) throw error;
          return; // the connection broke: the server is gone
        }
      }
    };
    const loops = pupils.map(pupilLoop);
    while (acknowledged.length < 60) await new Promise((r) => setTimeout(r, 5));
    const killed = child;
    const exited = new Promise((r) =>
      killed.exitCode !== null || killed.signalCode ? r(null) : killed.once('exit', r),
    );
    killed.kill('SIGKILL');
    await Promise.all([...loops, exited]);
    expect(sent).toBeGreaterThan(acknowledged.length);

    child = await startServer(port, dataDir);
    const again = client(base);
    await again('POST', '/api/teacher/login', { email: 'kill@test.be', password: 'correct horse 1' });
    const exported = await (await again('GET', `/api/classes/${schoolClass.id}/export.json`)).json();
    const stored = new Set(exported.attempts.map((a: { attemptId: string }) => a.attemptId));
    const lost = acknowledged.filter((id) => !stored.has(id));
    expect(lost).toEqual([]);
    expect(stored.size).toBeGreaterThanOrEqual(acknowledged.length);
    child.kill('SIGTERM');
  }, 120_000);
});
