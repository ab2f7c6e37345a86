import type { AccountInfo, AuthenticationResult } from '@azure/msal-browser';
import { AuthError, type TokenProvider, type TokenRequestOptions } from './tokenProvider';

/** The part of MSAL's IPublicClientApplication this provider uses (so tests can fake it). */
export interface MsalLike {
  getActiveAccount(): AccountInfo | null;
  getAllAccounts(): AccountInfo[];
  setActiveAccount(account: AccountInfo | null): void;
  acquireTokenSilent(request: { scopes: string[]; account: AccountInfo; forceRefresh?: boolean }): Promise<AuthenticationResult>;
  acquireTokenPopup(request: { scopes: string[]; account?: AccountInfo; loginHint?: string }): Promise<AuthenticationResult>;
  ssoSilent?(request: { scopes: string[]; loginHint?: string }): Promise<AuthenticationResult>;
}

/**
 * Silent first, interactive when needed. A rejected token (`forceRefresh`) gets one silent refresh
 * that bypasses the cache; only if that fails does the user see a sign-in prompt.
 */
export class MsalTokenProvider implements TokenProvider {
  constructor(
    private readonly msal: MsalLike,
    private readonly loginHint?: string,
  ) {}

  async getToken(scopes: readonly string[], options: TokenRequestOptions = {}): Promise<string> {
    const request = [...scopes];
    const account = this.msal.getActiveAccount() ?? this.msal.getAllAccounts()[0] ?? null;
    if (account) {
      try {
        const result = await this.msal.acquireTokenSilent({ scopes: request, account, forceRefresh: options.forceRefresh ?? false });
        return result.accessToken;
      } catch (error) {
        if (!needsInteraction(error)) throw toAuthError(error);
      }
    } else if (this.msal.ssoSilent && this.loginHint) {
      try {
        const result = await this.msal.ssoSilent({ scopes: request, loginHint: this.loginHint });
        this.msal.setActiveAccount(result.account);
        return result.accessToken;
      } catch (error) {
        if (!needsInteraction(error)) throw toAuthError(error);
      }
    }
    try {
      const result = await this.msal.acquireTokenPopup({ scopes: request, ...(account ? { account } : {}), ...(this.loginHint ? { loginHint: this.loginHint } : {}) });
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
