// The Teams host's token broker for nested app authentication (NAA), for the meeting simulator.
//
// In Teams, an app that uses MSAL's nested app authentication asks the Teams client for tokens
// instead of signing in itself: MSAL posts a `NestedAppAuthRequest` on `window.nestedAppAuthBridge`
// (which teams-js puts on the window when the host says it supports `nestedAppAuth`), teams-js
// carries it to the host as `nestedAppAuth.execute`, and the host answers a
// `NestedAppAuthResponse` with the tokens it got from Entra ID for the user signed in to Teams.
// The shapes are MSAL's (@azure/msal-browser 5: naa/BridgeProxy.mjs, naa/mapping/
// NestedAppAuthAdapter.mjs, naa/BridgeStatusCode.mjs). Microsoft documents the app's side
// ("Nested app authentication", Microsoft Learn); the host's side is private to Microsoft, so
// only what MSAL reads is imitated. The simulator answers GetInitContext itself (Teams knows who
// is signed in without asking Entra) and sends token requests here, to the local authority.
import { TENANT_ID, findUser } from '../seed.js';
import type { OidcAuthority } from './oidc.js';

/** MSAL's bridge status codes (naa/BridgeStatusCode.mjs). */
export type BridgeStatus = 'USER_INTERACTION_REQUIRED' | 'USER_CANCEL' | 'NO_NETWORK' | 'TRANSIENT_ERROR' | 'PERSISTENT_ERROR' | 'DISABLED' | 'ACCOUNT_UNAVAILABLE' | 'NESTED_APP_AUTH_UNAVAILABLE';

export interface NestedAppResponse {
  messageType: 'NestedAppAuthResponse';
  requestId: string;
  success: boolean;
  token?: { access_token: string; id_token: string; expires_in: number; scope: string; token_type: string };
  account?: { homeAccountId: string; environment: string; tenantId: string; username: string; localAccountId: string; name: string };
  error?: { status: BridgeStatus; code: string; description: string };
}

interface TokenRequest {
  method: string;
  requestId: string;
  clientId: string;
  scope: string;
}

/** The request MSAL posted (a JSON string), or why it is not one. */
function parseRequest(raw: unknown): TokenRequest | string {
  let message: unknown;
  try {
    message = typeof raw === 'string' ? JSON.parse(raw) : raw;
  } catch {
    return 'The request is not JSON.';
  }
  if (typeof message !== 'object' || message === null) return 'The request is not an object.';
  const { messageType, method, requestId, tokenParams } = message as Record<string, unknown>;
  if (messageType !== 'NestedAppAuthRequest') return 'The message is not a NestedAppAuthRequest.';
  if (typeof method !== 'string' || typeof requestId !== 'string') return 'The request has no method or requestId.';
  const params = (typeof tokenParams === 'object' && tokenParams !== null ? tokenParams : {}) as Record<string, unknown>;
  return { method, requestId, clientId: typeof params.clientId === 'string' ? params.clientId : '', scope: typeof params.scope === 'string' ? params.scope : '' };
}

function failure(requestId: string, status: BridgeStatus, code: string, description: string): NestedAppResponse {
  return { messageType: 'NestedAppAuthResponse', requestId, success: false, error: { status, code, description } };
}

/**
 * The host's answer to one token request (GetToken: silent; GetTokenPopup: the host may show its
 * own sign-in or consent first) for the user signed in to the simulated Teams, `hostUser` (upn or
 * object id). `origin` is the authority's (the account's environment is its host).
 */
export async function answerNestedAppRequest(authority: OidcAuthority, origin: string, hostUser: string, raw: unknown): Promise<NestedAppResponse> {
  const request = parseRequest(raw);
  if (typeof request === 'string') return failure('', 'PERSISTENT_ERROR', 'invalid_request', request);
  const { method, requestId, clientId, scope } = request;
  if (method !== 'GetToken' && method !== 'GetTokenPopup') return failure(requestId, 'PERSISTENT_ERROR', 'unsupported_method', `The host does not answer ${method} here.`);
  const user = findUser(hostUser.toLowerCase());
  if (!user) return failure(requestId, 'ACCOUNT_UNAVAILABLE', 'no_account', `No one in the tenant is signed in to Teams as «${hostUser}».`);
  // The broker always gets an ID token with the access token: MSAL's adapter requires both.
  const scopes = new Set(scope.split(/\s+/).filter(Boolean));
  for (const oidc of ['openid', 'profile']) scopes.add(oidc);
  const reply = await authority.brokerTokens(user, clientId, [...scopes].join(' '));
  const body = (reply.body.kind === 'json' ? reply.body.value : {}) as Record<string, unknown>;
  if (reply.status !== 200) {
    const codes = Array.isArray(body.error_codes) ? body.error_codes : [];
    // Consent a person can give (AADSTS65001): silently the host cannot; interactively it has
    // already asked, so what is left needs an administrator.
    const status: BridgeStatus = codes.includes(65001) && method === 'GetToken' ? 'USER_INTERACTION_REQUIRED' : 'PERSISTENT_ERROR';
    return failure(requestId, status, String(body.error ?? 'unknown_error'), String(body.error_description ?? ''));
  }
  const environment = new URL(origin).host;
  return {
    messageType: 'NestedAppAuthResponse',
    requestId,
    success: true,
    token: { access_token: String(body.access_token), id_token: String(body.id_token), expires_in: Number(body.expires_in), scope: String(body.scope), token_type: 'Bearer' },
    account: { homeAccountId: `${user.id}.${TENANT_ID}`, environment, tenantId: TENANT_ID, username: user.userPrincipalName, localAccountId: user.id, name: user.displayName },
  };
}
