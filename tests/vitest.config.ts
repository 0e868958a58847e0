import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/site/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // Browser tests share one Chromium per file; keep the 2-core machines calm.
    maxWorkers: 2,
  },
});
