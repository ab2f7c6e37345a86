// The OpenID Connect authority: discovery, keys, the sign-in page, and the token endpoint.
// Shaped after Entra ID v2 so @azure/msal-browser and @azure/msal-node run against it unchanged.
import { createHash, createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { escapeHtml, page } from '../http/escape.js';
import { empty, html, json, type Reply } from '../http/types.js';
import { MOTEBOK_CLIENT_ID, TENANT_ID, USERS, findUser, type TenantUser } from '../seed.js';
import { ACCESS_TOKEN_SECONDS, TokenService } from './tokens.js';
import { GRAPH_CLI_CLIENT_ID } from '../graph/applications.js';
import type { Misconfigurations } from '../http/misconfig.js';

/** Public clients the authority knows: Møtebok, and Microsoft Graph Command Line Tools (admin tools such as `npm run doctor`). */
const KNOWN_CLIENTS = new Set([MOTEBOK_CLIENT_ID, GRAPH_CLI_CLIENT_ID]);
/** Directory and catalogue scopes only an administrator's tool asks for; Møtebok's registration has no consent for them. */
const ADMIN_TOOL_SCOPES = new Set(['Directory.Read.All', 'Application.Read.All', 'AppCatalog.Read.All', 'DelegatedPermissionGrant.Read.All']);
/** Scopes a user may consent to alone; the rest need the admin consent that `consentMissing` takes away. */
const USER_CONSENTABLE = new Set(['User.Read', 'User.ReadBasic.All']);
const DEVICE_CODE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';
/** As Entra: 15 minutes to sign in, poll every 5 seconds. */
const DEVICE_CODE_SECONDS = 900;
const DEVICE_CODE_INTERVAL = 5;

interface PendingDeviceCode {
  userCode: string;
  clientId: string;
  scope: string;
  expires: number;
  user?: TenantUser;
}

interface PendingCode {
  user: TenantUser;
  clientId: string;
  redirectUri: string;
  scope: string;
  codeChallenge: string | undefined;
  nonce: string | undefined;
  expires: number;
}

export interface OidcRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  form: URLSearchParams;
  cookie: string | undefined;
  origin: string;
}

const TENANT_SEGMENTS = new Set([TENANT_ID, 'common', 'organizations', 'siv.example.no']);
const SESSION_COOKIE = 'tenant_session';

function aadError(status: number, error: string, aadsts: number, description: string): Reply {
  return json(status, {
    error,
    error_description: `AADSTS${aadsts}: ${description} Trace ID: ${randomUUID()} Correlation ID: ${randomUUID()} Timestamp: ${new Date().toISOString()}`,
    error_codes: [aadsts],
    timestamp: new Date().toISOString(),
    trace_id: randomUUID(),
    correlation_id: randomUUID(),
  });
}

/** Redirect URIs of the seeded SPA registration: localhost on any port (the dev server and tests). */
export function isAllowedRedirect(uri: string): boolean {
  try {
    const url = new URL(uri);
    return (url.protocol === 'https:' || url.protocol === 'http:') && (url.hostname === 'localhost' || url.hostname === '127.0.0.1') && !url.username && !url.password;
  } catch {
    return false;
  }
}

function base64url(buf: Buffer): string {
  return buf.toString('base64url');
}

export class OidcAuthority {
  private readonly codes = new Map<string, PendingCode>();
  private readonly sessionSecret = randomBytes(32);

  private readonly deviceCodes = new Map<string, PendingDeviceCode>();

  constructor(private readonly tokens: TokenService, private readonly misconfig?: Misconfigurations) {}

  issuer(origin: string): string {
    return `${origin}/${TENANT_ID}/v2.0`;
  }

  /** Answers if the path belongs to the authority; undefined otherwise. */
  async handle(req: OidcRequest): Promise<Reply | undefined> {
    const parts = req.path.split('/').filter(Boolean);
    if (req.path === '/common/discovery/instance' || req.path === '/common/discovery/v2.0/instance') return this.instanceDiscovery(req);
    if (req.path === '/devicelogin') return this.deviceLogin(req);
    const [tenant, ...rest] = parts;
    if (!tenant || !TENANT_SEGMENTS.has(tenant)) return undefined;
    const tail = rest.join('/');
    if (req.method === 'GET' && (tail === 'v2.0/.well-known/openid-configuration' || tail === '.well-known/openid-configuration')) return json(200, this.discovery(req.origin));
    if (req.method === 'GET' && (tail === 'discovery/v2.0/keys' || tail === 'discovery/keys')) return json(200, await this.tokens.jwks());
    if (tail === 'oauth2/v2.0/authorize' && req.method === 'GET') return this.authorizePage(req);
    if (tail === 'oauth2/v2.0/authorize' && req.method === 'POST') return this.authorizeSubmit(req);
    if (tail === 'oauth2/v2.0/token' && req.method === 'POST') return this.token(req);
    if (tail === 'oauth2/v2.0/devicecode' && req.method === 'POST') return this.deviceCode(req);
    if (tail === 'oauth2/v2.0/logout') return this.logout(req);
    return undefined;
  }

  discovery(origin: string): Record<string, unknown> {
    const base = `${origin}/${TENANT_ID}`;
    return {
      token_endpoint: `${base}/oauth2/v2.0/token`,
      token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
      jwks_uri: `${base}/discovery/v2.0/keys`,
      response_modes_supported: ['query', 'fragment', 'form_post'],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      issuer: this.issuer(origin),
      request_uri_parameter_supported: false,
      userinfo_endpoint: `${origin}/oidc/userinfo`,
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
      http_logout_supported: true,
      frontchannel_logout_supported: true,
      end_session_endpoint: `${base}/oauth2/v2.0/logout`,
      claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'auth_time', 'acr', 'nonce', 'preferred_username', 'name', 'tid', 'ver', 'at_hash', 'c_hash', 'email', 'oid'],
      kerberos_endpoint: `${base}/kerberos`,
      tenant_region_scope: 'EU',
      cloud_instance_name: 'microsoftonline.com',
      cloud_graph_host_name: 'graph.windows.net',
      msgraph_host: new URL(origin).host,
      rbac_url: 'https://pas.windows.net',
      code_challenge_methods_supported: ['S256'],
    };
  }

  private instanceDiscovery(req: OidcRequest): Reply {
    const host = new URL(req.origin).host;
    return json(200, {
      tenant_discovery_endpoint: `${req.origin}/${TENANT_ID}/v2.0/.well-known/openid-configuration`,
      'api-version': '1.1',
      metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
    });
  }

  // --- sessions: a signed cookie naming the signed-in user, so prompt=none (silent SSO) can work.
  private sessionValue(userId: string): string {
    return `${userId}.${createHmac('sha256', this.sessionSecret).update(userId).digest('base64url')}`;
  }

  private sessionUser(cookie: string | undefined): TenantUser | undefined {
    const raw = cookie?.split(/;\s*/).find((c) => c.startsWith(`${SESSION_COOKIE}=`))?.slice(SESSION_COOKIE.length + 1);
    if (!raw) return undefined;
    const [userId, mac] = raw.split('.');
    if (!userId || !mac) return undefined;
    const expected = createHmac('sha256', this.sessionSecret).update(userId).digest('base64url');
    if (expected.length !== mac.length || !timingSafeEqual(Buffer.from(expected), Buffer.from(mac))) return undefined;
    return findUser(userId);
  }

  private validateAuthorize(params: URLSearchParams): { error?: Reply; redirectUri?: string } {
    const clientId = params.get('client_id') ?? '';
    const redirectUri = params.get('redirect_uri') ?? '';
    if (clientId !== MOTEBOK_CLIENT_ID) {
      return { error: html(400, page('Pålogging', `<main><h1>Pålogging feilet</h1><p>AADSTS700016: Programmet med identifikator «${escapeHtml(clientId)}» finnes ikke i katalogen ${escapeHtml(TENANT_ID)}.</p></main>`)) };
    }
    if (!isAllowedRedirect(redirectUri)) {
      return { error: html(400, page('Pålogging', `<main><h1>Pålogging feilet</h1><p>AADSTS50011: Svaradressen «${escapeHtml(redirectUri)}» er ikke registrert for programmet.</p></main>`)) };
    }
    return { redirectUri };
  }

  private redirectWith(redirectUri: string, mode: string | null, values: Record<string, string>, extraHeaders: Record<string, string> = {}): Reply {
    const params = new URLSearchParams(values);
    if (mode === 'form_post') {
      const inputs = [...params].map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`).join('');
      return html(200, page('Sender videre', `<form method="post" action="${escapeHtml(redirectUri)}">${inputs}<button type="submit">Fortsett</button></form><script>document.forms[0].submit()</script>`), extraHeaders);
    }
    const url = new URL(redirectUri);
    // MSAL browser asks for fragment by default; msal-node (loopback) asks for query.
    if (mode === 'query') params.forEach((v, k) => url.searchParams.set(k, v));
    else url.hash = params.toString();
    return empty(302, { Location: url.toString(), ...extraHeaders });
  }

  private authorizePage(req: OidcRequest): Reply {
    const params = req.query;
    const check = this.validateAuthorize(params);
    if (check.error || !check.redirectUri) return check.error ?? empty(400);
    const mode = params.get('response_mode') ?? 'query';
    const state = params.get('state') ?? '';
    if (params.get('response_type') !== 'code') {
      return this.redirectWith(check.redirectUri, mode, { error: 'unsupported_response_type', error_description: 'AADSTS70005: Only response_type=code is supported here.', state });
    }
    if (params.get('code_challenge') && params.get('code_challenge_method') !== 'S256') {
      return this.redirectWith(check.redirectUri, mode, { error: 'invalid_request', error_description: 'AADSTS501491: Invalid code_challenge_method: only S256.', state });
    }
    const prompt = params.get('prompt');
    const session = this.sessionUser(req.cookie);
    const hint = params.get('login_hint');
    const hinted = hint ? findUser(hint) : undefined;
    if (prompt === 'none') {
      const user = session && (!hinted || hinted.id === session.id) ? session : undefined;
      if (!user) return this.redirectWith(check.redirectUri, mode, { error: 'login_required', error_description: 'AADSTS50058: A silent sign-in request was sent but no user is signed in.', state });
      return this.issueCode(user, params, check.redirectUri, mode);
    }
    const hidden = [...params].map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`).join('\n');
    const buttons = USERS.map((u) => {
      const autofocus = hinted?.id === u.id ? ' autofocus' : '';
      const tag = u.userType === 'Guest' ? ' (gjest)' : u.sharedMailbox ? ' (felles postkasse)' : '';
      return `<li><button type="submit" name="user" value="${escapeHtml(u.id)}"${autofocus}><strong>${escapeHtml(u.displayName)}</strong>${escapeHtml(tag)}<br><span class="muted">${escapeHtml(u.userPrincipalName)} · ${escapeHtml(u.companyName)}</span></button></li>`;
    }).join('\n');
    const body = `<main>
<h1>Logg på – lokal tenant</h1>
<p>Dette er den lokale utviklingstenanten for Møtebok (${escapeHtml(TENANT_ID)}). Velg en bruker for å logge på; ingen passord trengs her.</p>
<form method="post" action="">
${hidden}
<ul style="list-style:none;padding:0" aria-label="Brukere">
${buttons}
</ul>
</form>
</main>`;
    return html(200, page('Logg på – Møtebok lokal tenant', body), { 'Cache-Control': 'no-store' });
  }

  private authorizeSubmit(req: OidcRequest): Reply {
    const params = new URLSearchParams(req.form);
    const userId = params.get('user') ?? '';
    params.delete('user');
    const check = this.validateAuthorize(params);
    if (check.error || !check.redirectUri) return check.error ?? empty(400);
    const user = findUser(userId);
    const mode = params.get('response_mode') ?? 'query';
    if (!user) return html(400, page('Pålogging', '<main><h1>Pålogging feilet</h1><p>Ukjent bruker.</p></main>'));
    return this.issueCode(user, params, check.redirectUri, mode);
  }

  private issueCode(user: TenantUser, params: URLSearchParams, redirectUri: string, mode: string): Reply {
    const code = base64url(randomBytes(32));
    this.codes.set(code, {
      user,
      clientId: params.get('client_id') ?? '',
      redirectUri,
      scope: params.get('scope') ?? 'openid profile',
      codeChallenge: params.get('code_challenge') ?? undefined,
      nonce: params.get('nonce') ?? undefined,
      expires: Date.now() + 10 * 60 * 1000,
    });
    const clientInfo = base64url(Buffer.from(JSON.stringify({ uid: user.id, utid: TENANT_ID })));
    const values: Record<string, string> = { code, client_info: clientInfo };
    const state = params.get('state');
    if (state) values.state = state;
    values.session_state = randomUUID();
    const cookie = `${SESSION_COOKIE}=${this.sessionValue(user.id)}; Path=/; HttpOnly; Secure; SameSite=None`;
    return this.redirectWith(redirectUri, mode, values, { 'Set-Cookie': cookie });
  }

  /**
   * The tokens the Teams host's broker gets for a nested app (nested app authentication,
   * `nestedAppBroker.ts`): the token endpoint's checks (the client is registered, the scopes exist
   * and are consented) and its body, for a user the host has already signed in.
   */
  async brokerTokens(user: TenantUser, clientId: string, scope: string): Promise<Reply> {
    if (!KNOWN_CLIENTS.has(clientId)) return aadError(400, 'unauthorized_client', 700016, `Application with identifier '${clientId}' was not found in the directory.`);
    // Entra gives a nested app tokens only if its registration has the brk-multihub:// redirect URI.
    if (clientId === MOTEBOK_CLIENT_ID && this.misconfig?.has('redirectUriMissing')) {
      return aadError(400, 'invalid_request', 50011, "The redirect URI 'brk-multihub://…' specified in the request does not match the redirect URIs configured for the application 'Møtebok'.");
    }
    return this.tokenResponse(user, scope, clientId);
  }

  private async tokenResponse(user: TenantUser, requestedScope: string, clientId: string, nonce?: string): Promise<Reply> {
    const { graph, oidc, unknown, resource, mixed } = this.tokens.resolveScopes(requestedScope);
    if (unknown.length > 0) return aadError(400, 'invalid_scope', 70011, `The provided value for the input parameter 'scope' is not valid. The scope '${unknown.join(' ')}' does not exist.`);
    // One access token is for one resource: Entra refuses scopes of Graph and SharePoint together.
    if (mixed) return aadError(400, 'invalid_request', 28000, `Provided value for the input parameter scope '${requestedScope}' is not valid because it contains more than one resource.`);
    if (clientId === MOTEBOK_CLIENT_ID) {
      const sharePointUnconsented = resource === 'sharepoint' && this.misconfig?.has('sharePointConsentMissing') === true;
      const unconsented = graph.filter((g) => ADMIN_TOOL_SCOPES.has(g) || sharePointUnconsented || (this.misconfig?.has('consentMissing') && !USER_CONSENTABLE.has(g)));
      if (unconsented.length > 0) return aadError(400, 'invalid_grant', 65001, `The user or administrator has not consented to use the application with ID '${clientId}' named 'Møtebok'. Send an interactive authorization request for this user and resource. (${unconsented.join(' ')})`);
    }
    const granted = graph.length > 0 ? graph : ['User.Read'];
    // Entra names the scopes of a resource other than Graph with the resource in front.
    const shown = resource === 'sharepoint' ? granted.map((s) => `${this.tokens.sharePointOrigin()}/${s}`) : granted;
    const body: Record<string, unknown> = {
      token_type: 'Bearer',
      scope: [...shown, ...oidc.filter((s) => s !== 'offline_access')].join(' '),
      expires_in: ACCESS_TOKEN_SECONDS,
      ext_expires_in: ACCESS_TOKEN_SECONDS,
      access_token: await this.tokens.accessToken(user, granted, clientId, ACCESS_TOKEN_SECONDS, resource),
      client_info: base64url(Buffer.from(JSON.stringify({ uid: user.id, utid: TENANT_ID }))),
    };
    if (oidc.includes('offline_access')) body.refresh_token = await this.tokens.refreshToken(user, [...shown, ...oidc], clientId);
    if (oidc.includes('openid')) body.id_token = await this.tokens.idToken(user, clientId, nonce);
    return json(200, body, { 'Cache-Control': 'no-store', Pragma: 'no-cache' });
  }

  private async token(req: OidcRequest): Promise<Reply> {
    const f = req.form;
    const clientId = f.get('client_id') ?? '';
    if (!KNOWN_CLIENTS.has(clientId)) return aadError(400, 'unauthorized_client', 700016, `Application with identifier '${clientId}' was not found in the directory.`);
    switch (f.get('grant_type')) {
      // The documented name, and the short one MSAL sends; Entra accepts both.
      case DEVICE_CODE_GRANT:
      case 'device_code': {
        const deviceCode = f.get('device_code') ?? '';
        const pending = this.deviceCodes.get(deviceCode);
        if (!pending || pending.clientId !== clientId) return aadError(400, 'invalid_grant', 70000, "The provided value for the input parameter 'device_code' is not valid.");
        if (pending.expires < Date.now()) {
          this.deviceCodes.delete(deviceCode);
          return aadError(400, 'expired_token', 70019, 'Verification code expired.');
        }
        if (!pending.user) return aadError(400, 'authorization_pending', 70016, 'The provided request has not yet been authorized by the user. The user must input their code.');
        this.deviceCodes.delete(deviceCode);
        return this.tokenResponse(pending.user, pending.scope, clientId);
      }
      case 'authorization_code': {
        const code = f.get('code') ?? '';
        const pending = this.codes.get(code);
        this.codes.delete(code);
        if (!pending || pending.expires < Date.now()) return aadError(400, 'invalid_grant', 70008, 'The provided authorization code or refresh token has expired or was already used.');
        if (pending.clientId !== clientId) return aadError(400, 'invalid_grant', 70000, 'The code was issued to another client.');
        if ((f.get('redirect_uri') ?? '') !== pending.redirectUri) return aadError(400, 'invalid_grant', 500117, 'The reply URI in the token request does not match the one used in the authorization request.');
        if (pending.codeChallenge) {
          const verifier = f.get('code_verifier') ?? '';
          const computed = createHash('sha256').update(verifier).digest('base64url');
          if (computed !== pending.codeChallenge) return aadError(400, 'invalid_grant', 501481, 'The Code_Verifier does not match the code_challenge supplied in the authorization request.');
        }
        return this.tokenResponse(pending.user, f.get('scope') ?? pending.scope, clientId, pending.nonce);
      }
      case 'refresh_token': {
        const grant = await this.tokens.verifyRefresh(f.get('refresh_token') ?? '');
        if (!grant || grant.clientId !== clientId) return aadError(400, 'invalid_grant', 700082, 'The refresh token has expired or is invalid.');
        return this.tokenResponse(grant.user, f.get('scope') ?? grant.scopes.join(' '), clientId);
      }
      case 'password': {
        const user = findUser(f.get('username') ?? '');
        if (!user || user.password !== (f.get('password') ?? '')) return aadError(400, 'invalid_grant', 50126, 'Error validating credentials due to invalid username or password.');
        return this.tokenResponse(user, f.get('scope') ?? 'openid profile offline_access User.Read', clientId);
      }
      default:
        return aadError(400, 'unsupported_grant_type', 70003, 'The app requested an unsupported grant type.');
    }
  }

  /** `POST /{tenant}/oauth2/v2.0/devicecode`: the device authorization request of the device code flow. */
  private deviceCode(req: OidcRequest): Reply {
    const clientId = req.form.get('client_id') ?? '';
    if (!KNOWN_CLIENTS.has(clientId)) return aadError(400, 'unauthorized_client', 700016, `Application with identifier '${clientId}' was not found in the directory.`);
    const scope = req.form.get('scope') ?? '';
    const { unknown } = this.tokens.resolveScopes(scope);
    if (unknown.length > 0) return aadError(400, 'invalid_scope', 70011, `The provided value for the input parameter 'scope' is not valid. The scope '${unknown.join(' ')}' does not exist.`);
    const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
    const userCode = [...randomBytes(9)].map((b) => alphabet[b % alphabet.length]).join('');
    const deviceCode = base64url(randomBytes(48));
    this.deviceCodes.set(deviceCode, { userCode, clientId, scope, expires: Date.now() + DEVICE_CODE_SECONDS * 1000 });
    const verificationUri = `${req.origin}/devicelogin`;
    return json(200, {
      user_code: userCode,
      device_code: deviceCode,
      verification_uri: verificationUri,
      expires_in: DEVICE_CODE_SECONDS,
      interval: DEVICE_CODE_INTERVAL,
      message: `To sign in, use a web browser to open the page ${verificationUri} and enter the code ${userCode} to authenticate.`,
    }, { 'Cache-Control': 'no-store' });
  }

  /**
   * `/devicelogin` (Microsoft's is https://microsoft.com/devicelogin): enter the code, then pick the
   * user, as on the sign-in page. A form post with both `code` and `user` approves in one step.
   */
  private deviceLogin(req: OidcRequest): Reply {
    const code = (req.form.get('code') ?? '').trim().toUpperCase();
    const userId = req.form.get('user') ?? '';
    const codeForm = (problem: string): Reply => html(problem ? 400 : 200, page('Enhetspålogging – lokal tenant', `<main>
<h1>Enhetspålogging</h1>
<p>Skriv inn koden som vises i programmet du vil logge på.</p>
${problem ? `<p role="alert">${escapeHtml(problem)}</p>` : ''}
<form method="post" action="/devicelogin">
<label for="code">Kode</label> <input id="code" name="code" autocomplete="one-time-code" required autofocus>
<button type="submit">Neste</button>
</form>
</main>`), { 'Cache-Control': 'no-store' });
    if (req.method !== 'POST') return codeForm('');
    const entry = [...this.deviceCodes.values()].find((d) => d.userCode === code && d.expires >= Date.now() && !d.user);
    if (!entry) return codeForm('Koden er ukjent, utløpt eller allerede brukt.');
    if (!userId) {
      const buttons = USERS.map((u) => `<li><button type="submit" name="user" value="${escapeHtml(u.id)}"><strong>${escapeHtml(u.displayName)}</strong><br><span class="muted">${escapeHtml(u.userPrincipalName)}</span></button></li>`).join('\n');
      return html(200, page('Enhetspålogging – lokal tenant', `<main>
<h1>Logg på programmet</h1>
<p>Programmet ber om: ${escapeHtml(entry.scope)}. Velg en bruker.</p>
<form method="post" action="/devicelogin">
<input type="hidden" name="code" value="${escapeHtml(code)}">
<ul style="list-style:none;padding:0" aria-label="Brukere">
${buttons}
</ul>
</form>
</main>`), { 'Cache-Control': 'no-store' });
    }
    const user = findUser(userId);
    if (!user) return html(400, page('Enhetspålogging', '<main><h1>Pålogging feilet</h1><p>Ukjent bruker.</p></main>'));
    entry.user = user;
    return html(200, page('Enhetspålogging – lokal tenant', `<main><h1>Du er logget på</h1><p>${escapeHtml(user.displayName)} er logget på programmet. Du kan lukke dette vinduet.</p></main>`), { 'Cache-Control': 'no-store' });
  }

  private logout(req: OidcRequest): Reply {
    const target = req.query.get('post_logout_redirect_uri') ?? req.form.get('post_logout_redirect_uri');
    const cookie = `${SESSION_COOKIE}=; Path=/; HttpOnly; Secure; SameSite=None; Max-Age=0`;
    if (target && isAllowedRedirect(target)) return empty(302, { Location: target, 'Set-Cookie': cookie });
    return html(200, page('Logget av', '<main><h1>Du er logget av</h1><p>Du kan lukke dette vinduet.</p></main>'), { 'Set-Cookie': cookie });
  }
}
