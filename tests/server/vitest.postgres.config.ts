// The server tests a second time, on PostgreSQL: `npm run test:postgres` (part of `npm test`).
// TEST_DATABASE_URL names a database the tests may make schemas in (.ci/run starts one). Without
// a reachable one the run fails in CI (CI=true) and is skipped, with a message, elsewhere.
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { defineConfig } from 'vitest/config';

const HOW = 'set TEST_DATABASE_URL=postgres://user@host:port/database (see docs/deploy.md, "Tests")';

async function unreachable(url: string | undefined): Promise<string | null> {
  if (!url) return `TEST_DATABASE_URL is not set; ${HOW}`;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    return `PostgreSQL at TEST_DATABASE_URL cannot be reached (${String(error)}); ${HOW}`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export default defineConfig(async () => {
  const problem = await unreachable(process.env.TEST_DATABASE_URL);
  const ci = process.env.CI === 'true' || process.env.CI === '1';
  if (problem && ci) throw new Error(`The server tests must also run on PostgreSQL in CI: ${problem}`);
  if (problem) console.warn(`\nSKIPPED: the PostgreSQL run of the server tests. ${problem}\n`);
  return {
    test: {
      root: fileURLToPath(new URL('../..', import.meta.url)),
      name: 'server-postgres',
      include: problem ? [] : ['tests/server/**/*.test.ts'],
      passWithNoTests: problem !== null,
      environment: 'node',
      env: { FM_TEST_DATABASE: 'postgres' },
      testTimeout: 20000,
    },
  };
});
