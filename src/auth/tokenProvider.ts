import type { DomainReason, SignInFailure } from '../domain/errors';

/**
 * The one function the rest of the app uses to get an access token. Implementations: MSAL in the
 * browser/Teams/Outlook (createAuth.ts), MSAL Node's password grant in tests and tools. Tokens stay
 * inside the implementation (memory or MSAL's sessionStorage cache) and are never written anywhere else.
 */
export interface TokenRequestOptions {
  /** Skip the cache: the last token was rejected (HTTP 401), get a fresh one. */
  forceRefresh?: boolean;
}

export interface TokenProvider {
  getToken(scopes: readonly string[], options?: TokenRequestOptions): Promise<string>;
}

/** Why signing in failed, as data: the screens word it (`ui/shared/describeError.ts`, the `signIn.…` reasons of `domain/errors.ts`). */
export type AuthErrorCode = SignInFailure;
const AUTH_ERROR_CODES: readonly AuthErrorCode[] = ['interactionRequired', 'cancelled', 'popupBlocked', 'network', 'notSignedIn', 'unknown'];

/** What `message` begins with: "sign-in cancelled: user_cancelled …", a line without words for logs. */
const PREFIX = 'sign-in ';

/** Sign-in failed: `code` says why (the screens word it in the user's language), `detail` is MSAL's own text for logs. */
export class AuthError extends Error {
  override readonly name = 'AuthError';
  constructor(
    readonly code: AuthErrorCode,
    readonly detail?: string,
  ) {
    super(`${PREFIX}${code}${detail ? `: ${detail}` : ''}`);
  }

  /** What the failure says, as data: a `signIn.…` reason (domain/errors.ts), worded by the screens. */
  get reason(): DomainReason {
    return { key: `signIn.${this.code}` };
  }

  /**
   * The AuthError whose message this is, if any. The Graph JS client rebuilds anything thrown in its
   * middleware as its own error, keeping only name and message; the message begins with the code
   * (and keeps the detail), so the sign-in failure is restored from it.
   */
  static fromMessage(message: string): AuthError | undefined {
    const match = /^sign-in (\w+)(?:: ([\s\S]*))?$/.exec(message);
    const code = AUTH_ERROR_CODES.find((candidate) => candidate === match?.[1]);
    return code ? new AuthError(code, match?.[2]) : undefined;
  }
}

/** A provider that always returns the same token: for tests and the request benchmark only. */
export function staticTokenProvider(token: string): TokenProvider {
  return { getToken: async () => token };
}
