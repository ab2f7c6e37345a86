// Token issuing and checking for the local authority. RS256 JWTs shaped like Entra ID v2 tokens,
// signed with a key kept in the data directory so tokens stay valid across restarts.
import { createPrivateKey, createPublicKey, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { SignJWT, exportJWK, jwtVerify, type JWK, type JWTPayload } from 'jose';
import type { Store } from '../store/store.js';
import { CONSENTED_SCOPES, CONSENTED_SHAREPOINT_SCOPES, MOTEBOK_CLIENT_ID, TENANT_ID, USERS, findUser, type TenantUser } from '../seed.js';

export const GRAPH_AUDIENCES = ['https://graph.microsoft.com', '00000003-0000-0000-c000-000000000000'];
/** Office 365 SharePoint Online's application id: also accepted as a SharePoint token's audience. */
export const SHAREPOINT_APP_ID = '00000003-0000-0ff1-ce00-000000000000';
export const ACCESS_TOKEN_SECONDS = 3600;
export const REFRESH_TOKEN_SECONDS = 24 * 3600;

/** Graph permissions we recognise in a scope request (consented ones are granted). */
const KNOWN_GRAPH_SCOPES = new Set<string>([
  ...CONSENTED_SCOPES,
  'User.Read.All',
  'User.ReadBasic.All',
  'Calendars.Read',
  'Calendars.Read.Shared',
  'Mail.Read',
  'Files.Read',
  'Files.Read.All',
  'Files.ReadWrite',
  'Sites.Read.All',
  'Group.Read.All',
  'OnlineMeetings.Read',
  // What an administrator's tool (npm run doctor, signed in as Microsoft Graph Command Line Tools) reads.
  'Directory.Read.All',
  'Application.Read.All',
  'AppCatalog.Read.All',
  'DelegatedPermissionGrant.Read.All',
  // Sites.Selected: only the sites an administrator granted the app (sharepoint/siteGrants.ts); and
  // what the administrator's tool grants them with (POST /sites/{id}/permissions).
  'Sites.Selected',
  'Sites.FullControl.All',
]);
/** SharePoint scopes recognised beyond the consented ones: its own Sites.Selected. */
const KNOWN_SHAREPOINT_SCOPES: readonly string[] = [...CONSENTED_SHAREPOINT_SCOPES, 'Sites.Selected'];
const OIDC = new Set(['openid', 'profile', 'email', 'offline_access']);

interface KeyDoc {
  kid: string;
  privatePem: string;
}

export class TokenService {
  private readonly privateKey: KeyObject;
  private readonly publicKey: KeyObject;
  readonly kid: string;

  constructor(store: Store, private readonly issuer: () => string) {
    const doc = store.doc<KeyDoc>('signing-key', () => {
      const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
      return { kid: randomUUID().replace(/-/g, '').slice(0, 27), privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() };
    });
    store.touch('signing-key');
    this.kid = doc.kid;
    this.privateKey = createPrivateKey(doc.privatePem);
    this.publicKey = createPublicKey(this.privateKey);
  }

  async jwks(): Promise<{ keys: Array<JWK & { issuer: string }> }> {
    const jwk = await exportJWK(this.publicKey);
    return { keys: [{ ...jwk, kid: this.kid, use: 'sig', alg: 'RS256', kty: 'RSA', issuer: this.issuer() }] };
  }

  /**
   * Splits a requested scope string into the Graph scopes granted and the OIDC ones.
   * Unknown scopes are refused as Entra refuses them (AADSTS70011), rather than silently granted.
   */
  resolveScopes(requested: string): { graph: string[]; oidc: string[]; unknown: string[]; resource: 'graph' | 'sharepoint'; mixed: boolean } {
    const graph = new Set<string>();
    const oidc: string[] = [];
    const unknown: string[] = [];
    const sharePoint = new Set<string>();
    const spPrefix = `${this.sharePointOrigin()}/`.toLowerCase();
    let graphAsked = false;
    for (const raw of requested.split(/\s+/).filter(Boolean)) {
      if (raw.toLowerCase().startsWith(spPrefix)) {
        // A scope of the SharePoint resource: `https://<host>/AllSites.Manage` or `https://<host>/.default`.
        const name = raw.slice(spPrefix.length);
        if (name === '.default') CONSENTED_SHAREPOINT_SCOPES.forEach((s) => sharePoint.add(s));
        else {
          const known = KNOWN_SHAREPOINT_SCOPES.find((k) => k.toLowerCase() === name.toLowerCase());
          if (known) sharePoint.add(known);
          else unknown.push(raw);
        }
        continue;
      }
      const scope = raw.replace(/^https:\/\/graph\.microsoft\.com\//i, '').replace(/^00000003-0000-0000-c000-000000000000\//i, '');
      if (!OIDC.has(scope)) graphAsked = true;
      if (OIDC.has(scope)) oidc.push(scope);
      else if (scope === '.default') CONSENTED_SCOPES.forEach((s) => graph.add(s));
      else {
        const known = [...KNOWN_GRAPH_SCOPES].find((k) => k.toLowerCase() === scope.toLowerCase());
        if (known) graph.add(known);
        else unknown.push(raw);
      }
    }
    if (sharePoint.size > 0) return { graph: [...sharePoint], oidc, unknown, resource: 'sharepoint', mixed: graphAsked };
    return { graph: [...graph], oidc, unknown, resource: 'graph', mixed: false };
  }

  /** SharePoint's resource (`https://<tenant>.sharepoint.com` in Microsoft 365): here the tenant's own origin. */
  sharePointOrigin(): string {
    return new URL(this.issuer()).origin;
  }

  /** `seconds` may be negative to make an already expired token (tests of the 401 path). */
  private async sign(payload: JWTPayload, seconds: number, typ = 'JWT'): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT(payload)
      .setProtectedHeader({ alg: 'RS256', typ, kid: this.kid })
      .setIssuedAt(Math.min(now, now + seconds - 60))
      .setNotBefore(Math.min(now, now + seconds - 60))
      .setExpirationTime(now + seconds)
      .sign(this.privateKey);
  }

  accessToken(user: TenantUser, scopes: string[], clientId: string, lifetimeSeconds = ACCESS_TOKEN_SECONDS, resource: 'graph' | 'sharepoint' = 'graph'): Promise<string> {
    return this.sign(
      {
        aud: resource === 'sharepoint' ? this.sharePointOrigin() : 'https://graph.microsoft.com',
        iss: `https://sts.localhost/${TENANT_ID}/`,
        app_displayname: 'Møtebok',
        appid: clientId,
        azp: clientId,
        idtyp: 'user',
        name: user.displayName,
        oid: user.id,
        preferred_username: user.userPrincipalName,
        upn: user.userPrincipalName,
        unique_name: user.userPrincipalName,
        scp: scopes.join(' '),
        sub: user.id,
        tid: TENANT_ID,
        uti: randomUUID(),
        ver: '2.0',
      },
      lifetimeSeconds,
    );
  }

  idToken(user: TenantUser, clientId: string, nonce: string | undefined): Promise<string> {
    return this.sign(
      {
        aud: clientId,
        iss: this.issuer(),
        name: user.displayName,
        oid: user.id,
        preferred_username: user.userPrincipalName,
        email: user.mail,
        sub: user.id,
        tid: TENANT_ID,
        ver: '2.0',
        ...(nonce ? { nonce } : {}),
      },
      ACCESS_TOKEN_SECONDS,
    );
  }

  /** Refresh tokens are signed too (stateless), marked so they can never pass as access tokens. */
  refreshToken(user: TenantUser, scopes: string[], clientId: string): Promise<string> {
    return this.sign({ oid: user.id, scp: scopes.join(' '), azp: clientId, tid: TENANT_ID, uti: randomUUID() }, REFRESH_TOKEN_SECONDS, 'refresh');
  }

  async verifyRefresh(token: string): Promise<{ user: TenantUser; scopes: string[]; clientId: string } | undefined> {
    try {
      const { payload, protectedHeader } = await jwtVerify(token, this.publicKey, { algorithms: ['RS256'] });
      if (protectedHeader.typ !== 'refresh') return undefined;
      const user = typeof payload.oid === 'string' ? findUser(payload.oid) : undefined;
      if (!user || typeof payload.scp !== 'string' || typeof payload.azp !== 'string') return undefined;
      return { user, scopes: payload.scp.split(' ').filter(Boolean), clientId: payload.azp };
    } catch {
      return undefined;
    }
  }

  /**
   * Checks a bearer token for Graph (default) or for SharePoint REST (audience: the SharePoint host,
   * or SharePoint's application id). Returns the reason when it is not acceptable.
   */
  async verifyAccess(token: string, resource: 'graph' | 'sharepoint' = 'graph'): Promise<{ ok: true; user: TenantUser; scopes: Set<string>; appId?: string } | { ok: false; message: string }> {
    const audience = resource === 'graph' ? GRAPH_AUDIENCES : [this.sharePointOrigin(), `${this.sharePointOrigin()}/`, SHAREPOINT_APP_ID];
    try {
      const { payload, protectedHeader } = await jwtVerify(token, this.publicKey, { algorithms: ['RS256'], audience });
      if (protectedHeader.typ === 'refresh') return { ok: false, message: 'Access token validation failure. Invalid audience.' };
      const user = typeof payload.oid === 'string' ? USERS.find((u) => u.id === payload.oid) : undefined;
      if (!user || payload.tid !== TENANT_ID) return { ok: false, message: 'Access token validation failure. Invalid tenant or user.' };
      const scp = typeof payload.scp === 'string' ? payload.scp : '';
      const appId = typeof payload.azp === 'string' ? payload.azp : undefined;
      return { ok: true, user, scopes: new Set(scp.split(' ').filter(Boolean)), ...(appId ? { appId } : {}) };
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (code === 'ERR_JWT_EXPIRED') return { ok: false, message: 'Lifetime validation failed, the token is expired.' };
      if (code === 'ERR_JWT_CLAIM_VALIDATION_FAILED') return { ok: false, message: 'Access token validation failure. Invalid audience.' };
      return { ok: false, message: 'IDX14100: JWT is not well formed, there are no dots (.) or the signature is invalid.' };
    }
  }
}

export function defaultClientId(): string {
  return MOTEBOK_CLIENT_ID;
}
