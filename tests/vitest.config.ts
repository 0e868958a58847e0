import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/**/*.test.ts'],
    // The year-sized tests run on their own after these (tests/vitest.year.config.ts).
    exclude: ['tests/year/**', '**/node_modules/**'],
    globalSetup: ['tests/site/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // Browser tests share one Chromium per file; keep the 2-core machines calm.
    maxWorkers: 2,
  },
});
