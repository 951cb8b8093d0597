// Real server processes for tests (node --import tsx src/server/main.ts) on a free port, on a
// temp DATA_DIR or, in the PostgreSQL run, on a given schema; and a cookie-keeping fetch client.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { FIXTURE_LEVELS_DIR } from './testServer';

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });

/** Where the process keeps its data: SQLite under dataDir, or PostgreSQL when a url is given. */
export interface ProcessDatabase {
  dataDir: string;
  databaseUrl?: string;
  databaseSchema?: string;
}

/** Starts the server and resolves once it prints its address. */
export function startServerProcess(port: number, database: ProcessDatabase): Promise<ChildProcess> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: database.dataDir,
    LEVELS_DIR: FIXTURE_LEVELS_DIR,
    STATIC_DIR: join(database.dataDir, 'none'),
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
  };
  delete env.DATABASE_URL;
  delete env.DATABASE_SCHEMA;
  if (database.databaseUrl) env.DATABASE_URL = database.databaseUrl;
  if (database.databaseSchema) env.DATABASE_SCHEMA = database.databaseSchema;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env,
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

/** Resolves when the process has exited (at once when it already has). */
export const exited = (child: ChildProcess) =>
  new Promise((resolve) =>
    child.exitCode !== null || child.signalCode ? resolve(null) : child.once('exit', resolve),
  );

/** A tiny cookie-keeping client for a real server; `cookie()` gives its Cookie header. */
export function client(base: string) {
  const cookies = new Map<string, string>();
  const cookie = () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const call = async (method: string, path: string, body?: unknown) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (cookies.size) headers.cookie = cookie();
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
  return Object.assign(call, { cookie });
}
