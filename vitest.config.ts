import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tenant/**/*.test.ts', 'tools/**/*.test.ts', 'manifest/**/*.test.ts', 'e2e/**/*.test.ts', 'fixtures/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores on CI: the browser and integration suites start servers; keep them from fighting.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
