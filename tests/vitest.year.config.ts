import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The year-sized tests: run after the others (`npm test`), alone, since they build a year of the benchmark. */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/year/**/*.test.ts'],
    testTimeout: 3_600_000,
    hookTimeout: 3_600_000,
    maxWorkers: 1,
  },
});
