import { describe, expect, it, vi } from 'vitest';
import { Logger, type AccountInfo, type AuthenticationResult, type Configuration } from '@azure/msal-browser';
import { configFromEnv } from '../config/configFromEnv';
import { asNestedApp, createAuth, msalConfiguration, startMsal, type AuthHost, type MsalApp } from './createAuth';

const account = { homeAccountId: 'h', environment: 'e', tenantId: 't', username: 'kristin.liset@siv.example.no', localAccountId: 'l', name: 'Kristin Liset' } as AccountInfo;

function fakeMsal(redirectAccount?: AccountInfo) {
  const calls: string[] = [];
  let active: AccountInfo | null = null;
  const app: MsalApp = {
    handleRedirectPromise: async () => {
      calls.push('handleRedirectPromise');
      return redirectAccount ? ({ account: redirectAccount, accessToken: 'r' } as AuthenticationResult) : null;
    },
    setActiveAccount: (next) => {
      active = next;
    },
    getActiveAccount: () => active,
    getAllAccounts: () => (active ? [active] : []),
    acquireTokenSilent: async () => ({ accessToken: 'silent', account }) as AuthenticationResult,
    acquireTokenPopup: async () => {
      calls.push('popup');
      return { accessToken: 'popup', account } as AuthenticationResult;
    },
    ssoSilent: async () => ({ accessToken: 'sso', account }) as AuthenticationResult,
    clearCache: async () => {
      calls.push('clearCache');
    },
  };
  return { app, calls };
}

describe('createAuth', () => {
  const config = configFromEnv({});

  it('keeps tokens in sessionStorage, never localStorage, and trusts the configured authority', () => {
    const configuration = msalConfiguration(config);
    expect(configuration.cache?.cacheLocation).toBe('sessionStorage');
    expect(configuration.auth.knownAuthorities).toEqual(['localhost:4000']);
    expect(configuration.auth.authority).toBe(config.authority);
    expect(configuration.system?.loggerOptions?.piiLoggingEnabled).toBe(false);
  });

  it('has MSAL format no info or warning message at start, since nobody reads them (issue 14: cold load)', () => {
    // MSAL's own logger, as its configuration builds it from these options.
    const logger = new Logger(msalConfiguration(config).system?.loggerOptions ?? {}, '@azure/msal-browser', 'test');
    const stamp = vi.spyOn(Date.prototype, 'toUTCString');
    try {
      logger.info('0le6uv', '');
      logger.warning('1yb4fi', '');
      logger.verbose('02l8bm', '');
      expect(stamp).not.toHaveBeenCalled();
      logger.error('an error is still worded', '');
      expect(stamp).toHaveBeenCalledTimes(1);
    } finally {
      stamp.mockRestore();
    }
  });

  it("gives MSAL the authority's endpoints as Entra ID publishes them, so no page load waits for openid-configuration", () => {
    const entra = msalConfiguration({ ...config, authority: 'https://login.microsoftonline.com/3f6c2a1e-5b7d-4c9e-8a10-2d4f6b8c0e11' });
    expect(JSON.parse(entra.auth.authorityMetadata ?? '{}')).toEqual({
      authorization_endpoint: 'https://login.microsoftonline.com/3f6c2a1e-5b7d-4c9e-8a10-2d4f6b8c0e11/oauth2/v2.0/authorize',
      token_endpoint: 'https://login.microsoftonline.com/3f6c2a1e-5b7d-4c9e-8a10-2d4f6b8c0e11/oauth2/v2.0/token',
      end_session_endpoint: 'https://login.microsoftonline.com/3f6c2a1e-5b7d-4c9e-8a10-2d4f6b8c0e11/oauth2/v2.0/logout',
      jwks_uri: 'https://login.microsoftonline.com/3f6c2a1e-5b7d-4c9e-8a10-2d4f6b8c0e11/discovery/v2.0/keys',
      issuer: 'https://login.microsoftonline.com/3f6c2a1e-5b7d-4c9e-8a10-2d4f6b8c0e11/v2.0',
    });
    expect(JSON.parse(msalConfiguration(config).auth.authorityMetadata ?? '{}').token_endpoint).toBe(`${config.authority}/oauth2/v2.0/token`);
  });

  it('asks for the app for the host it runs in, and completes a redirect sign-in only in the browser', async () => {
    const hosts: AuthHost[] = [];
    for (const host of ['teams', 'outlook', 'browser'] as const) {
      const { app, calls } = fakeMsal(account);
      await createAuth(config, host, {
        createMsal: async (_configuration: Configuration, asked) => {
          hosts.push(asked);
          return app;
        },
      });
      expect(calls.includes('handleRedirectPromise')).toBe(host === 'browser');
    }
    expect(hosts).toEqual(['teams', 'outlook', 'browser']);
  });

  it('takes an application whose set-up was begun before the login hint was known, and makes no second one', async () => {
    const { app, calls } = fakeMsal();
    const made: AuthHost[] = [];
    const createMsal = async (_configuration: Configuration, host: AuthHost) => {
      made.push(host);
      return app;
    };
    const begun = startMsal(config, 'teams', createMsal);
    expect(made).toEqual(['teams']);
    const auth = await createAuth(config, 'teams', { loginHint: 'kristin.liset@siv.example.no', msal: begun, createMsal });
    expect(made).toEqual(['teams']);
    expect(await auth.signIn()).toEqual({ name: 'Kristin Liset', username: 'kristin.liset@siv.example.no' });
    expect(calls).not.toContain('popup');
  });

  it('signs in silently with the host’s login hint inside Teams, without a popup', async () => {
    const { app, calls } = fakeMsal();
    const auth = await createAuth(config, 'teams', { loginHint: 'kristin.liset@siv.example.no', createMsal: async () => app });
    expect(await auth.signIn()).toEqual({ name: 'Kristin Liset', username: 'kristin.liset@siv.example.no' });
    expect(calls).not.toContain('popup');
    await auth.signOut();
    expect(calls).toContain('clearCache');
  });

  it('finds the user signed in earlier in this tab without a window, and forgets them on sign-out', async () => {
    const { app, calls } = fakeMsal();
    app.setActiveAccount(account);
    const auth = await createAuth(config, 'browser', { createMsal: async () => app });
    expect(await auth.restore()).toEqual({ name: 'Kristin Liset', username: 'kristin.liset@siv.example.no' });
    await auth.signOut();
    expect(calls).toContain('clearCache');
    expect(await auth.restore()).toBeUndefined();
    expect(calls).not.toContain('popup');
  });

  it('in a browser, opens the sign-in window only when asked to sign in', async () => {
    const { app, calls } = fakeMsal();
    const auth = await createAuth(config, 'browser', { createMsal: async () => app });
    expect(await auth.restore()).toBeUndefined();
    await expect(auth.getToken(['User.Read'])).rejects.toMatchObject({ code: 'notSignedIn' });
    expect(calls).not.toContain('popup');
    expect(await auth.signIn()).toEqual({ name: 'Kristin Liset', username: 'kristin.liset@siv.example.no' });
    expect(calls).toContain('popup');
  });
  it("lets MSAL's nested app find the host's account itself, and gives the standard application the account from its cache", async () => {
    const asked = (app: MsalApp) => {
      const accounts: string[] = [];
      const inner = app.acquireTokenSilent.bind(app);
      app.acquireTokenSilent = (request) => {
        accounts.push(request.account?.username ?? 'none: the host’s');
        return inner(request);
      };
      return accounts;
    };
    const nested = fakeMsal();
    nested.app.setActiveAccount(account);
    const fromNested = asked(nested.app);
    const inTeams = await createAuth(config, 'teams', { createMsal: async () => asNestedApp(nested.app) });
    expect(await inTeams.getToken(['Sites.ReadWrite.All'])).toBe('silent');
    const standard = fakeMsal();
    standard.app.setActiveAccount(account);
    const fromStandard = asked(standard.app);
    // A host without a bridge: MSAL's standard application, which needs the account in the request.
    const withoutBridge = await createAuth(config, 'teams', { createMsal: async () => standard.app });
    expect(await withoutBridge.getToken(['Sites.ReadWrite.All'])).toBe('silent');
    expect([fromNested, fromStandard]).toEqual([['none: the host’s'], ['kristin.liset@siv.example.no']]);
  });
});
