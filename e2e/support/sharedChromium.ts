// Global setup of the browser test project, beside appBuild.ts: one Chromium for the whole run
// rather than one launched and closed by every file (a launch costs seconds on a loaded two-core
// machine). Each file connects to it (`connectChromium` in appHarness.ts) and gets browser contexts
// of its own, as isolated as in a browser of its own: cookies, storage, cache and clock are per context.
// Closing a connected browser closes the contexts that file made and leaves the shared one running.
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { assertChromiumInstalled, CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared Chromium's WebSocket endpoint, for `chromium.connect`. */
    chromiumEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  assertChromiumInstalled();
  const server = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  project.provide('chromiumEndpoint', server.wsEndpoint());
  return () => server.close();
}
