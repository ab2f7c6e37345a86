import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Two projects so the browser suites never compete with everything else for the two cores CI has:
// `npm test` runs the unit and integration tests first (two workers), then the browser tests one
// file at a time. The browser project builds the app once (globalSetup e2e/support/appBuild.ts);
// each file starts its own local tenant on the port that build expects and drives Chromium.
const shared = {
  environment: 'node',
  testTimeout: 30_000,
  hookTimeout: 60_000,
} as const;

export default defineConfig({
  // The same name webpack.config.js and tsconfig.json map: MSAL's nested-app classes (src/auth/nestedApp.ts).
  resolve: { alias: { 'msal-browser-internals': fileURLToPath(new URL('./node_modules/@azure/msal-browser/dist', import.meta.url)) } },
  test: {
    maxWorkers: 2,
    projects: [
      {
        test: {
          ...shared,
          name: 'unit',
          // Component tests' waits sized for a loaded two-core machine (tools/vitestSetup.ts).
          setupFiles: ['tools/vitestSetup.ts'],
          include: ['src/**/*.test.{ts,tsx}', 'tenant/**/*.test.ts', 'tools/**/*.test.ts', 'manifest/**/*.test.ts', 'fixtures/**/*.test.ts', 'lint-probes/*.test.ts'],
        },
      },
      {
        test: {
          ...shared,
          name: 'browser',
          include: ['e2e/**/*.test.ts'],
          // An `expect.poll` without a timeout of its own waits up to 15 s, not vitest's 1 s: what it waits for
          // (a stored meeting's status, a dialog's recipients, a panel saved) comes after a Graph round trip, and on
          // a loaded two-core machine (two CI runs side by side) that alone can pass one second. A poll still ends the
          // moment its value is there; a wrong value still fails, only later (as tools/vitestSetup.ts for the unit tests).
          expect: { poll: { timeout: 15_000 } },
          // One build and one Chromium for the whole run (each file connects to it; contexts are its own).
          globalSetup: ['e2e/support/appBuild.ts', 'e2e/support/sharedChromium.ts'],
          // One file at a time: each file's tenant takes the port the shared build expects.
          fileParallelism: false,
        },
      },
    ],
  },
});
