// @vitest-environment jsdom
import { expect, it, vi } from 'vitest';
import { configFromEnv } from '../../config/configFromEnv';
import type { MsalApp, MsalFactory } from '../../auth/createAuth';

type Configuration = Parameters<MsalFactory>[0];
import { installFakeTeamsParent } from '../../hosts/teams/testing/fakeTeamsParent';

/*
 * Issue 14 (cold load): inside Teams, MSAL's nested app (its handshake with the bridge teams-js sets
 * up in `app.initialize`) starts the moment the handshake is done, beside `app.getContext`, not after
 * it. The page's own start (`beginSurface` with the Teams surfaces' host) with a Teams that holds its
 * context back: MSAL's set-up must begin while the context is still on its way, and the services use
 * that application rather than make a second one.
 */

// MSAL's nested app as createAuth's `import()` of it finds it: counted, and answered at once.
const nested = vi.hoisted(() => ({ calls: [] as Configuration[] }));
vi.mock('../../auth/nestedApp', () => ({
  createNestedApp: async (configuration: Configuration): Promise<MsalApp> => {
    nested.calls.push(configuration);
    return {
      getActiveAccount: () => null,
      getAllAccounts: () => [],
      setActiveAccount: () => undefined,
    } as unknown as MsalApp;
  },
}));
// The Graph side is not under test: only that the services are built around that MSAL app.
vi.mock('../../graph/graphServices', () => ({
  createGraphServices: () => ({ boardPacks: () => undefined }),
}));

vi.stubGlobal('__MOTEBOK_CONFIG__', configFromEnv({}));
const { beginSurface } = await import('./surfaceStart');
const { teamsHostOptions } = await import('./teamsSurface');

it("begins MSAL's nested app once Teams has answered app.initialize, while app.getContext is still on its way", async () => {
  const teams = installFakeTeamsParent({ frameContext: 'sidePanel', hold: ['getContext'] });
  const start = beginSurface(teamsHostOptions({}));
  let hostAnswered = false;
  void start.host.then(() => (hostAnswered = true));

  await vi.waitFor(() => expect(teams.posted.map((message) => message.func)).toContain('getContext'));
  await vi.waitFor(() => expect(nested.calls).toHaveLength(1));
  expect(hostAnswered).toBe(false);

  teams.release('getContext');
  const services = await start.services;
  expect((await start.host).host).toBe('teams');
  expect(services?.auth).toBeDefined();
  // The services took the application begun early: MSAL's set-up ran once.
  expect(nested.calls).toHaveLength(1);
  expect(nested.calls[0]?.auth.clientId).toBe(configFromEnv({}).clientId);
});
