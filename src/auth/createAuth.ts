import type { Configuration, IPublicClientApplication } from '@azure/msal-browser';
import type { AppConfig } from '../config/appConfig';
import { SCOPES } from './scopes';
import { MsalTokenProvider } from './msalTokenProvider';
import { AuthError, type TokenProvider } from './tokenProvider';
import { toAuthError } from './msalTokenProvider';

export type AuthHost = 'teams' | 'outlook' | 'browser';

/** Who is signed in, as the sign-in bar shows it. */
export interface SignedInUser {
  name: string;
  username: string;
}

export interface Auth extends TokenProvider {
  /**
   * The user already signed in, found silently (this tab's sessionStorage cache, or the host's
   * login hint in Teams and Outlook), so a reload does not ask again; undefined when a person must
   * sign in. Never opens a window.
   */
  restore(): Promise<SignedInUser | undefined>;
  /**
   * Signs the user in, with a popup when silent sign-in is not enough. In a browser, call it
   * straight from a click: a window opened without one is blocked. A closed or blocked popup
   * rejects at once with AuthError `cancelled` / `popupBlocked`.
   */
  signIn(): Promise<SignedInUser>;
  /** Forgets the account and its tokens in this tab. */
  signOut(): Promise<void>;
  /**
   * Who is signed in now, from MSAL's account (its cache, no request); undefined before anyone has
   * signed in or been restored. The workspace's new committee starts with them in its secretariat.
   */
  account(): SignedInUser | undefined;
}

/** The part of MSAL's application object Møtebok uses (tests give a fake). */
export type MsalApp = Pick<IPublicClientApplication, 'handleRedirectPromise' | 'setActiveAccount' | 'getActiveAccount' | 'getAllAccounts' | 'acquireTokenSilent' | 'acquireTokenPopup' | 'ssoSilent' | 'clearCache'>;

/**
 * The authority's OpenID configuration as Entra ID publishes it for a tenant (and the local tenant
 * imitates): every endpoint is the authority plus a fixed path. Given to MSAL, it does not fetch
 * `…/v2.0/.well-known/openid-configuration` before the first token on every page load (a request
 * on the start-up chain, issue 14). With `knownAuthorities` set, MSAL fetches no instance discovery either.
 */
export function authorityMetadataFor(authority: string): Record<string, string> {
  const base = authority.replace(/\/+$/, '');
  return {
    authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
    token_endpoint: `${base}/oauth2/v2.0/token`,
    end_session_endpoint: `${base}/oauth2/v2.0/logout`,
    jwks_uri: `${base}/discovery/v2.0/keys`,
    issuer: `${base}/v2.0`,
  };
}

export function msalConfiguration(config: AppConfig): Configuration {
  return {
    auth: {
      clientId: config.clientId,
      authority: config.authority,
      authorityMetadata: JSON.stringify(authorityMetadataFor(config.authority)),
      knownAuthorities: config.knownAuthorities,
      ...(config.redirectUri ? { redirectUri: config.redirectUri } : {}),
    },
    cache: {
      // sessionStorage, never localStorage: tokens die with the tab, are not shared with other
      // tabs or left on a shared meeting-room PC, and a popup sign-in survives a page reload.
      // (BrowserCacheLocation.SessionStorage's value: MSAL itself is imported only when it is needed.)
      cacheLocation: 'sessionStorage',
    },
    system: {
      // MSAL formats every message at or above the logger's level (a date, the package, the text)
      // before it hands it to the callback; Møtebok gives none, so at MSAL's default level (Info)
      // each start formatted dozens of messages nobody read. Error (LogLevel.Error's value: MSAL
      // itself is imported only when it is needed) leaves only errors, which are rare.
      loggerOptions: { piiLoggingEnabled: false, logLevel: 0 },
    },
  };
}

export type MsalFactory = (configuration: Configuration, host: AuthHost) => Promise<MsalApp>;

/**
 * The applications that are MSAL's nested app (the host's bridge answered), not its standard one: for
 * them the host says whose tokens they are (`MsalTokenProvider`'s `accountFromHost`). A factory marks
 * what it makes with `asNestedApp`; the standard application a host without a bridge falls back to is not.
 */
const nestedApps = new WeakSet<MsalApp>();

/** Marks `app` as MSAL's nested app (see `nestedApps`) and returns it. */
export function asNestedApp(app: MsalApp): MsalApp {
  nestedApps.add(app);
  return app;
}

/**
 * Begins MSAL's set-up for a host: the `import()` of its chunk and, inside Teams and Outlook, the
 * nested app's handshake with the host's bridge (`nestedApp.ts`: one round trip to the host). It
 * needs neither the signed-in user nor the host's context, so a surface starts it the moment the
 * host's SDK has said hello (`OnHostInitialized`, `ui/shared/surfaceStart.ts`) and hands the promise
 * to `createAuth` (issue 14: cold load).
 */
export function startMsal(config: AppConfig, host: AuthHost, createMsal: MsalFactory = defaultMsalFactory): Promise<MsalApp> {
  return createMsal(msalConfiguration(config), host);
}

/**
 * Sign-in for one surface. Inside Teams and Outlook MSAL's nested app authentication lets the host
 * sign the user in silently; createNestablePublicClientApplication itself falls back to the standard
 * popup flow where the host does not support it. In a plain browser the standard flow runs against
 * the configured authority (by default the local tenant).
 */
export async function createAuth(
  config: AppConfig,
  host: AuthHost,
  options: {
    loginHint?: string;
    createMsal?: MsalFactory;
    /** MSAL's application for this `host`, its set-up already begun (`startMsal`); made here when absent. */
    msal?: Promise<MsalApp>;
  } = {},
): Promise<Auth> {
  const msal = await (options.msal ?? startMsal(config, host, options.createMsal));
  if (host === 'browser') {
    // Completes a redirect sign-in if one was in progress; harmless otherwise.
    const redirect = await msal.handleRedirectPromise().catch((error: unknown) => {
      throw toAuthError(error);
    });
    if (redirect?.account) msal.setActiveAccount(redirect.account);
  }
  // In a plain browser only the "Logg inn" button opens the first sign-in window (see useSignIn).
  const provider = new MsalTokenProvider(msal, options.loginHint, { signInFromClickOnly: host === 'browser', accountFromHost: nestedApps.has(msal) });
  const account = (): SignedInUser | undefined => {
    const found = msal.getActiveAccount() ?? msal.getAllAccounts()[0];
    return found ? { name: found.name ?? found.username, username: found.username } : undefined;
  };
  const user = (): SignedInUser => {
    const found = account();
    if (!found) throw new AuthError('notSignedIn');
    return found;
  };
  return {
    getToken: (scopes, tokenOptions) => provider.getToken(scopes, tokenOptions),
    async restore() {
      try {
        await provider.restore(SCOPES.signIn);
      } catch (error) {
        if (error instanceof AuthError && (error.code === 'notSignedIn' || error.code === 'interactionRequired')) return undefined;
        throw error;
      }
      return user();
    },
    async signIn() {
      await provider.signIn(SCOPES.signIn);
      return user();
    },
    account,
    async signOut() {
      const active = msal.getActiveAccount() ?? undefined;
      await msal.clearCache(active ? { account: active } : undefined);
      msal.setActiveAccount(null);
    },
  };
}

/*
 * MSAL is not part of any page's initial JavaScript: it is an `import()`, in two parts. Inside Teams
 * and Outlook only its nested app auth (`nestedApp.ts`, chunk "msal-nested", about 30 kB gzip: its own copy of
 * the MSAL modules it uses, concatenated into one module by webpack, see the layer in webpack.config.js) is
 * loaded; MSAL's standard application (chunk "msal", about 80 KB: popup, redirect and iframe sign-in)
 * only in a plain browser, or where the host has no nested app auth (issue 14: "MSAL's interactive
 * parts only when needed"). A page whose start needs one names it in its HTML (`startupChunks` in
 * webpack.config.js), so its fetch begins with the page's and adds no step to the chain.
 */
/**
 * A chunk that failed to arrive (the network was away a moment) is asked for once more. webpack keeps
 * a chunk that arrived and forgets one that failed, so a second `import()` fetches it again.
 */
function onceMore<T>(load: () => Promise<T>): Promise<T> {
  return load().catch(() => load());
}

/** MSAL's nested part (chunk "msal-nested"): the one `import()` of it, for the set-up and for `prefetchNestedMsal`. */
function loadNestedApp(): Promise<typeof import('./nestedApp')> {
  return onceMore(() => import(/* webpackChunkName: "msal-nested" */ './nestedApp'));
}

/**
 * Fetches and evaluates MSAL's nested part (Teams, Outlook) before its set-up is begun (`startMsal`), so
 * that the set-up finds its modules evaluated. Not for a plain browser, whose standard application is
 * only preloaded (`browserChunks.ts`: evaluating all of it early took the main thread from the page's
 * own start, h/coldws). Never rejects.
 */
export function prefetchNestedMsal(): void {
  loadNestedApp().catch(() => undefined);
}

async function defaultMsalFactory(configuration: Configuration, host: AuthHost): Promise<MsalApp> {
  if (host === 'teams' || host === 'outlook') {
    const { createNestedApp } = await loadNestedApp();
    const nested = await createNestedApp(configuration);
    if (nested) return asNestedApp(nested);
    // The host offers no nested app auth: MSAL's standard application, as
    // createNestablePublicClientApplication itself falls back.
    const msal = await onceMore(() => import(/* webpackChunkName: "msal" */ '@azure/msal-browser'));
    return msal.createStandardPublicClientApplication(configuration);
  }
  // MSAL's standard application, but a closed sign-in popup is reported at once (popupWatch.ts);
  // loaded with MSAL, as it extends MSAL's class.
  const { createPopupWatchingApplication } = await onceMore(() => import(/* webpackChunkName: "msal" */ './popupWatch'));
  return createPopupWatchingApplication(configuration);
}
