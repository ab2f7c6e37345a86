// @vitest-environment jsdom
import { expect, it, vi } from 'vitest';
import { configFromEnv } from '../../config/configFromEnv';
import type { MsalApp, MsalFactory } from '../../auth/createAuth';
import { installFakeTeamsParent } from '../../hosts/teams/testing/fakeTeamsParent';

type Configuration = Parameters<MsalFactory>[0];

/*
 * Issue 14 (cold load): inside Teams, MSAL's nested part (chunk "msal-nested", preloaded by the page's
 * HTML) is fetched and its modules evaluated while the page still waits for teams-js and for Teams'
 * answer to `app.initialize`, so that when the handshake is done MSAL's own handshake with the bridge
 * goes out at once, beside `app.getContext`, not after its chunk's evaluation. Its set-up (which needs
 * that bridge) still waits for the handshake.
 */

// MSAL's nested app as createAuth's `import()` of it finds it: its module's evaluation and its set-up counted.
const nested = vi.hoisted(() => ({ evaluated: 0, setUps: [] as Configuration[] }));
vi.mock('../../auth/nestedApp', () => {
  nested.evaluated += 1;
  return {
    createNestedApp: async (configuration: Configuration): Promise<MsalApp> => {
      nested.setUps.push(configuration);
      return { getActiveAccount: () => null, getAllAccounts: () => [], setActiveAccount: () => undefined } as unknown as MsalApp;
    },
  };
});
vi.mock('../../graph/graphServices', () => ({
  createGraphServices: () => ({ boardPacks: () => undefined }),
}));

vi.stubGlobal('__MOTEBOK_CONFIG__', configFromEnv({}));
const { beginSurface } = await import('./surfaceStart');
const { teamsHostOptions } = await import('./teamsSurface');

it("evaluates MSAL's nested part while Teams has not yet answered app.initialize, and sets it up once it has", async () => {
  const teams = installFakeTeamsParent({ frameContext: 'meetingStage', hold: ['initialize'] });
  const start = beginSurface(teamsHostOptions({}));

  await vi.waitFor(() => expect(teams.posted.map((message) => message.func)).toContain('initialize'));
  await vi.waitFor(() => expect(nested.evaluated).toBe(1));
  // Evaluated, not set up: the bridge MSAL talks to is teams-js's, there once `initialize` has answered.
  expect(nested.setUps).toHaveLength(0);
  expect(teams.posted.map((message) => message.func)).not.toContain('getContext');

  teams.release('initialize');
  const services = await start.services;
  expect(services?.auth).toBeDefined();
  expect(nested.setUps).toHaveLength(1);
  expect(nested.evaluated).toBe(1);
});
