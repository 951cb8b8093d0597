// Durability: the real server process (node --import tsx src/server/main.ts) takes attempts,
// is killed with SIGKILL in the middle of them, restarts on the same database (DATA_DIR, or
// the same PostgreSQL schema in the PostgreSQL run), and still has every attempt it acknowledged.
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { client, exited, freePort, startServerProcess } from './serverProcess';
import { freshTestConfig } from './testServer';

describe('an acknowledged attempt survives a hard kill', () => {
  const fresh = freshTestConfig();
  const database = {
    dataDir: fresh.dataDir,
    databaseUrl: fresh.config.databaseUrl ?? undefined,
    databaseSchema: fresh.config.databaseSchema,
  };
  let child: ChildProcess | null = null;
  afterAll(async () => {
    if (child) {
      child.kill('SIGKILL');
      await exited(child);
    }
    await fresh.cleanup();
  });

  it('finds every acknowledged attempt after SIGKILL and restart', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    child = await startServerProcess(port, database);
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
    killed.kill('SIGKILL');
    await Promise.all([...loops, exited(killed)]);
    expect(sent).toBeGreaterThan(acknowledged.length);

    child = await startServerProcess(port, database);
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
