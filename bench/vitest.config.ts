// The bench's own unit tests (not timed): `npx vitest run --config bench/vitest.config.ts`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['bench/**/*.test.ts'],
    exclude: ['bench/out/**'],
    environment: 'node',
    testTimeout: 60000,
  },
});
