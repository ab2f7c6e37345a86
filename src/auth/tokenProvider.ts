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

export type AuthErrorCode = 'interactionRequired' | 'cancelled' | 'popupBlocked' | 'network' | 'notSignedIn' | 'unknown';

const MESSAGES: Record<AuthErrorCode, string> = {
  interactionRequired: 'Du må logge inn på nytt for å fortsette. Det du har skrevet, er tatt vare på.',
  cancelled: 'Innloggingen ble avbrutt. Prøv igjen når du er klar; det du har skrevet, er tatt vare på.',
  popupBlocked: 'Nettleseren stoppet innloggingsvinduet. Tillat popup-vinduer for Møtebok og prøv igjen.',
  network: 'Får ikke kontakt med innloggingstjenesten. Sjekk nettforbindelsen og prøv igjen.',
  notSignedIn: 'Du er ikke logget inn.',
  unknown: 'Innloggingen mislyktes. Prøv igjen, eller kontakt brukerstøtte hvis det gjentar seg.',
};

/** Sign-in failed; `message` is Norwegian and fit to show the user. */
export class AuthError extends Error {
  override readonly name = 'AuthError';
  constructor(
    readonly code: AuthErrorCode,
    readonly detail?: string,
  ) {
    super(MESSAGES[code]);
  }

  /**
   * The AuthError whose user message this is, if any. The Graph JS client rebuilds anything thrown
   * in its middleware as its own error, keeping only name and message; the message is unique per
   * code, so the sign-in failure can be restored from it (the technical detail is lost on the way).
   */
  static fromMessage(message: string): AuthError | undefined {
    const code = AUTH_ERROR_CODES.find((candidate) => MESSAGES[candidate] === message);
    return code ? new AuthError(code) : undefined;
  }
}

const AUTH_ERROR_CODES = Object.keys(MESSAGES).filter((key): key is AuthErrorCode => key in MESSAGES);

/** A provider that always returns the same token: for tests and the request benchmark only. */
export function staticTokenProvider(token: string): TokenProvider {
  return { getToken: async () => token };
}
