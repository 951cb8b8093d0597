// The server's settings, read once from the environment (main.ts) or given by tests (buildApp).
import { resolve } from 'node:path';

export interface ServerConfig {
  /** Folder of the SQLite database file; created when missing. */
  dataDir: string;
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
}

export function configFromEnv(env: NodeJS.ProcessEnv): ServerConfig {
  return {
    dataDir: resolve(env.DATA_DIR ?? 'data'),
    staticDir: resolve(env.STATIC_DIR ?? 'dist'),
    levelsDir: resolve(env.LEVELS_DIR ?? 'levels'),
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'warn' : 'info'),
    rateLimit: env.RATE_LIMIT_OFF !== '1',
    fastHashing: env.NODE_ENV === 'test',
    publicUrl: env.PUBLIC_URL ? env.PUBLIC_URL.replace(/\/+$/, '') : null,
  };
}
