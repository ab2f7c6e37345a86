// @vitest-environment jsdom
// teams-js's logging with the stand-in for its bundled `debug` (tools/teamsJsDebugPlugin.mjs puts it in
// place in every build; here vi.doMock does): teams-js starts and logs as before, and says nothing.
// That the stand-in exports what teams-js imports is checked with the plugin (tools/teamsJsDebugPlugin.test.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SilentLogger } from './teamsJsDebug';

const TELEMETRY = path.resolve('node_modules/@microsoft/teams-js/dist/esm/packages/teams-js/src/internal/telemetry.js');
const debugSource = /from\s*"([^"]*\/debug\/src\/browser\.js)"/.exec(readFileSync(TELEMETRY, 'utf8'))?.[1];

afterEach(() => vi.restoreAllMocks());

describe("teams-js's debug stand-in", () => {
  it("serves teams-js's loggers (getLogger, extend, a call) and writes nothing, even with localStorage.debug naming teams-js", async () => {
    // debug's own switch, which the stand-in ignores; teams-js's copy would log every call below.
    // eslint-disable-next-line no-restricted-globals -- the opt-in this test shows gone, not Møtebok storing anything
    localStorage.setItem('debug', 'teamsJs*');
    const written = [vi.spyOn(console, 'debug'), vi.spyOn(console, 'log'), vi.spyOn(console, 'info')];
    expect(debugSource).toBeDefined();
    vi.doMock(path.resolve(path.dirname(TELEMETRY), debugSource ?? ''), () => import('./teamsJsDebug'));
    try {
      const telemetry = (await import(/* @vite-ignore */ TELEMETRY)) as { getLogger(namespace: string): SilentLogger };
      const logger = telemetry.getLogger('communication');
      logger('Sending message %s', 'initialize');
      logger.extend('initialize')('Initializing %o', { hostName: 'teams' });
      for (const spy of written) expect(spy).not.toHaveBeenCalled();
    } finally {
      // eslint-disable-next-line no-restricted-globals -- see above
      localStorage.removeItem('debug');
    }
  });
});
