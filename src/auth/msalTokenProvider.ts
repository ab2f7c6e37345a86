import type { AccountInfo, AuthenticationResult } from '@azure/msal-browser';
import { AuthError, type TokenProvider, type TokenRequestOptions } from './tokenProvider';

/** The part of MSAL's IPublicClientApplication this provider uses (so tests can fake it). */
export interface MsalLike {
  getActiveAccount(): AccountInfo | null;
  getAllAccounts(): AccountInfo[];
  setActiveAccount(account: AccountInfo | null): void;
  acquireTokenSilent(request: { scopes: string[]; account?: AccountInfo; forceRefresh?: boolean }): Promise<AuthenticationResult>;
  acquireTokenPopup(request: { scopes: string[]; account?: AccountInfo; loginHint?: string; prompt?: string }): Promise<AuthenticationResult>;
  ssoSilent?(request: { scopes: string[]; loginHint?: string }): Promise<AuthenticationResult>;
}

export interface MsalTokenProviderOptions {
  /**
   * A plain browser blocks a window opened without a click, so there the first sign-in comes only
   * from the "Logg inn" button (`signIn`); `getToken` without a signed-in account says
   * `notSignedIn` instead of opening one on its own.
   */
  signInFromClickOnly?: boolean;
  /**
   * Nested app auth (Teams, Outlook): the host says whose tokens these are. MSAL's nested app answers a
   * silent request for the account in the host's context (its cache, else the host's broker) and
   * takes no account from the request, so the provider does not look one up first: MSAL's account
   * lookup (every cached account built with its tenant profiles and id token claims) was, twice, more
   * than half the main-thread time of each token (issue 14: the cold-load floor's token step, 5.1 of
   * 7.3 ms in its trace, 3.2 of them this lookup). With no account in the tab yet, the host's silent
   * answer comes first as well; a person is asked (the host's popup) only when it says one must act.
   */
  accountFromHost?: boolean;
}

/**
 * Silent first, interactive when needed. A rejected token (`forceRefresh`) gets one silent refresh
 * that bypasses the cache; only if that fails does the user see a sign-in prompt.
 */
export class MsalTokenProvider implements TokenProvider {
  constructor(
    private readonly msal: MsalLike,
    private readonly loginHint?: string,
    private readonly options: MsalTokenProviderOptions = {},
  ) {}

  getToken(scopes: readonly string[], options: TokenRequestOptions = {}): Promise<string> {
    // Whether anyone is signed in matters only where a window may open from a click alone.
    const mayOpen = !this.options.signInFromClickOnly || this.account() !== null ? 'popup' : 'never';
    if (options.forceRefresh) return this.acquire(scopes, options, mayOpen);
    // The same token asked for again while it is on its way (a page's first reads side by side, and
    // the start waiting for them: ui/shared/startInHalves.ts) shares that request: each MSAL lookup
    // costs main-thread time on the start-up path (issue 14: cold load).
    const key = `${mayOpen} ${[...scopes].sort().join(' ')}`;
    const shared = this.inFlight.get(key);
    if (shared) return shared;
    const request = this.acquire(scopes, options, mayOpen);
    this.inFlight.set(key, request);
    const forget = () => {
      if (this.inFlight.get(key) === request) this.inFlight.delete(key);
    };
    request.then(forget, forget);
    return request;
  }

  /** The silent-or-popup token requests on their way, by what they ask for (see `getToken`). */
  private readonly inFlight = new Map<string, Promise<string>>();

  /**
   * The sign-in a person asked for (a click): silent if it can be, else the popup. The popup is
   * opened before anything is awaited when there is no account, so the click still counts.
   * `prompt: select_account` lets someone who signed out choose another account.
   */
  signIn(scopes: readonly string[]): Promise<string> {
    return this.acquire(scopes, {}, 'popup', 'select_account');
  }

  /** Silent only (the tab's cache, or the host's login hint); never opens a window. */
  restore(scopes: readonly string[]): Promise<string> {
    return this.acquire(scopes, {}, 'never');
  }

  /** The token request running now in turn, if any (see `acquireInTurn`). */
  private running: Promise<unknown> | undefined;

  private account(): AccountInfo | null {
    return this.msal.getActiveAccount() ?? this.msal.getAllAccounts()[0] ?? null;
  }

  /**
   * For someone signed in, the silent request starts at once, beside any other: MSAL answers silent
   * requests side by side (from its cache, or the host's broker inside Teams and Outlook) and refuses
   * only a second *interaction*. A page's first reads ask for different tokens together (the side
   * panel: `User.Read` for `/me` and the storage scopes for the meeting), and one after the other
   * each waited for the one before (issue 14: cold load). Only when a person must act does the
   * request join the queue below.
   */
  private acquire(scopes: readonly string[], options: TokenRequestOptions, mayOpen: 'popup' | 'never', prompt?: string): Promise<string> {
    if (prompt !== undefined) return this.acquireInTurn(scopes, options, mayOpen, prompt);
    // The host's account (`accountFromHost`): MSAL's nested app finds it itself.
    const account = this.options.accountFromHost ? undefined : this.account();
    if (account === null) return this.acquireInTurn(scopes, options, mayOpen, prompt);
    return this.silent(scopes, options, account).catch((error: unknown) => {
      if (!needsInteraction(error)) throw toAuthError(error);
      if (mayOpen === 'never') throw new AuthError('interactionRequired');
      return this.acquireInTurn(scopes, options, mayOpen, prompt, true);
    });
  }

  private async silent(scopes: readonly string[], options: TokenRequestOptions, account: AccountInfo | undefined): Promise<string> {
    const result = await this.msal.acquireTokenSilent({ scopes: [...scopes], ...(account ? { account } : {}), forceRefresh: options.forceRefresh ?? false });
    return result.accessToken;
  }

  /**
   * One sign-in at a time. MSAL refuses a second sign-in while one runs (`interaction_in_progress`),
   * which two surfaces starting together (the meeting lookup and the live session) used to turn into
   * "Innloggingen mislyktes". A request that arrives while another runs waits for it and then starts
   * silent, since the first one usually signed the person in. With nothing running it starts at
   * once, so a click's popup still opens before anything is awaited. `silentFailed`: the silent
   * request has just said a person must act, so with nothing to wait for the popup opens at once.
   */
  private acquireInTurn(scopes: readonly string[], options: TokenRequestOptions, mayOpen: 'popup' | 'never', prompt?: string, silentFailed = false): Promise<string> {
    const skipSilent = silentFailed && this.running === undefined;
    const start = () => this.acquireNow(scopes, options, mayOpen, prompt, skipSilent);
    const run = this.running ? this.running.then(start, start) : start();
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    this.running = settled;
    void settled.then(() => {
      if (this.running === settled) this.running = undefined;
    });
    return run;
  }

  private async acquireNow(scopes: readonly string[], options: TokenRequestOptions, mayOpen: 'popup' | 'never', prompt?: string, skipSilent = false): Promise<string> {
    const request = [...scopes];
    const account = this.account();
    // `skipSilent`: the silent request ran a moment ago (`acquire`) and said a person must act.
    if (this.options.accountFromHost && !skipSilent) {
      // The host's silent answer (its cache, else its broker); a popup only when it says a person must act.
      try {
        return await this.silent(scopes, options, account ?? undefined);
      } catch (error) {
        if (!needsInteraction(error)) throw toAuthError(error);
      }
    } else if (account && !skipSilent) {
      try {
        return await this.silent(scopes, options, account);
      } catch (error) {
        if (!needsInteraction(error)) throw toAuthError(error);
      }
    } else if (!account && !this.options.accountFromHost && this.msal.ssoSilent && this.loginHint) {
      try {
        const result = await this.msal.ssoSilent({ scopes: request, loginHint: this.loginHint });
        this.msal.setActiveAccount(result.account);
        return result.accessToken;
      } catch (error) {
        if (!needsInteraction(error)) throw toAuthError(error);
      }
    }
    if (mayOpen === 'never') throw new AuthError(account ? 'interactionRequired' : 'notSignedIn');
    try {
      const result = await this.msal.acquireTokenPopup({
        scopes: request,
        ...(account ? { account } : {}),
        ...(this.loginHint ? { loginHint: this.loginHint } : {}),
        ...(prompt && !account ? { prompt } : {}),
      });
      this.msal.setActiveAccount(result.account);
      return result.accessToken;
    } catch (error) {
      throw toAuthError(error);
    }
  }
}

function errorCode(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'errorCode' in error && typeof error.errorCode === 'string') return error.errorCode;
  return '';
}

/** MSAL signals "a person must act" with InteractionRequiredAuthError or these codes. */
function needsInteraction(error: unknown): boolean {
  if (error instanceof Error && error.name === 'InteractionRequiredAuthError') return true;
  return ['interaction_required', 'login_required', 'consent_required', 'no_tokens_found', 'no_account_error', 'invalid_grant', 'refresh_token_expired', 'token_refresh_required'].includes(errorCode(error));
}

export function toAuthError(error: unknown): AuthError {
  if (error instanceof AuthError) return error;
  const code = errorCode(error);
  const detail = error instanceof Error ? error.message : String(error);
  if (code === 'user_cancelled') return new AuthError('cancelled', detail);
  if (code === 'popup_window_error' || code === 'empty_window_error') return new AuthError('popupBlocked', detail);
  if (code === 'no_network_connectivity' || code === 'endpoints_resolution_error' || code === 'network_error') return new AuthError('network', detail);
  if (needsInteraction(error)) return new AuthError('interactionRequired', detail);
  return new AuthError('unknown', detail);
}
