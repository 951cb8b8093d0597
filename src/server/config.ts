// The server's settings, read once from the environment (main.ts) or given by tests (buildApp).
import { resolve } from 'node:path';

/** How SQLite syncs a commit: FULL survives a power cut, NORMAL (WAL) a killed process. */
export type SqliteSynchronous = 'FULL' | 'NORMAL';

/** PostgreSQL schema names the server accepts (created when missing). */
export const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export interface ServerConfig {
  /** Folder of the SQLite database file; created when missing. Unused with databaseUrl. */
  dataDir: string;
  /**
   * SQLITE_SYNCHRONOUS: 'NORMAL' (default) keeps every acknowledged attempt through a killed
   * server; 'FULL' also through a power cut or OS crash, at an fsync per commit (docs/api.md).
   */
  sqliteSynchronous?: SqliteSynchronous;
  /** postgres://... runs on PostgreSQL instead of the embedded SQLite (docs/deploy.md). */
  databaseUrl?: string | null;
  /** The PostgreSQL schema the tables live in; 'public' when not given. */
  databaseSchema?: string;
  /** The built game and dashboard; not served when the folder does not exist. */
  staticDir: string;
  /** The level files to load at start. */
  levelsDir: string;
  /** pino level: 'info' in production, 'silent' in tests. */
  logLevel: string;
  rateLimit: boolean;
  /** Lighter argon2 parameters, for tests only (NODE_ENV=test). */
  fastHashing: boolean;
  /** Origin used in QR codes (e.g. http://192.168.1.20:8080); else the request's Host. */
  publicUrl: string | null;
  /**
   * Addresses of the reverse proxy in front (e.g. "127.0.0.1" or "loopback"): their
   * X-Forwarded-For and X-Forwarded-Proto are believed, so rate limits count each client.
   */
  trustProxy?: string | false;
}

export function configFromEnv(env: NodeJS.ProcessEnv): ServerConfig {
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('DATABASE_URL must start with postgres:// (leave it unset for the embedded SQLite)');
  }
  const databaseSchema = env.DATABASE_SCHEMA?.trim() || 'public';
  if (!SCHEMA_NAME.test(databaseSchema)) {
    throw new Error('DATABASE_SCHEMA may hold only lower-case letters, digits and _ (at most 63)');
  }
  const synchronous = (env.SQLITE_SYNCHRONOUS?.trim() || 'NORMAL').toUpperCase();
  if (synchronous !== 'FULL' && synchronous !== 'NORMAL') {
    throw new Error('SQLITE_SYNCHRONOUS must be FULL or NORMAL');
  }
  return {
    dataDir: resolve(env.DATA_DIR ?? 'data'),
    sqliteSynchronous: synchronous,
    databaseUrl,
    databaseSchema,
    staticDir: resolve(env.STATIC_DIR ?? 'dist'),
    levelsDir: resolve(env.LEVELS_DIR ?? 'levels'),
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'warn' : 'info'),
    rateLimit: env.RATE_LIMIT_OFF !== '1',
    fastHashing: env.NODE_ENV === 'test',
    publicUrl: env.PUBLIC_URL ? env.PUBLIC_URL.replace(/\/+$/, '') : null,
    trustProxy: env.TRUST_PROXY?.trim() || false,
  };
}
