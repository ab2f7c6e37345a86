import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CryptoProvider, PublicClientApplication, type INetworkModule, type NetworkResponse } from '@azure/msal-node';
import { createLocalJWKSet, decodeJwt, jwtVerify, type JSONWebKeySet } from 'jose';
import { checkedGraph } from '../testing/checkedGraph.js';
import { startTempTenant, type TempTenant } from '../testing/fixture.js';
import { send } from '../testing/tenantClient.js';
import { Store } from '../store/store.js';
import { TokenService } from './tokens.js';

let t: TempTenant;

/** MSAL's network calls go through a client that trusts the tenant's certificate explicitly. */
function network(): INetworkModule {
  const call = async <T>(method: 'GET' | 'POST', url: string, options?: { headers?: Record<string, string>; body?: string }): Promise<NetworkResponse<T>> => {
    const res = await send(t.tenant, url, { method, headers: options?.headers ?? {}, ...(options?.body !== undefined ? { body: options.body } : {}) });
    return { status: res.status, headers: res.headers, body: (res.body.length ? res.json() : {}) as T };
  };
  return { sendGetRequestAsync: (url, options) => call('GET', url, options), sendPostRequestAsync: (url, options) => call('POST', url, options) };
}

function msal(): PublicClientApplication {
  const host = new URL(t.tenant.url).host;
  return new PublicClientApplication({
    auth: { clientId: t.tenant.info.clientId, authority: t.tenant.info.authority, knownAuthorities: [host] },
    system: { networkClient: network() },
  });
}

beforeAll(async () => {
  t = await startTempTenant();
});
afterAll(async () => t.dispose());

describe('the OpenID Connect authority', () => {
  it('publishes a discovery document whose endpoints live on this server', async () => {
    const res = await send(t.tenant, `/${t.tenant.info.tenantId}/v2.0/.well-known/openid-configuration`);
    const doc = res.json() as Record<string, string>;
    expect(doc.issuer).toBe(`${t.tenant.url}/${t.tenant.info.tenantId}/v2.0`);
    expect(doc.token_endpoint).toBe(`${t.tenant.info.authority}/oauth2/v2.0/token`);
    expect(doc.authorization_endpoint).toBe(`${t.tenant.info.authority}/oauth2/v2.0/authorize`);
    const v1 = await send(t.tenant, `/${t.tenant.info.tenantId}/.well-known/openid-configuration`);
    expect(v1.status).toBe(200);
  });

  it('lets msal-node sign in with the password grant and the token carries aud, scp, oid, tid and expiry', async () => {
    const result = await msal().acquireTokenByUsernamePassword({ scopes: ['User.Read', 'Files.ReadWrite.All'], username: 'kristin.liset@siv.example.no', password: 'Motebok-dev-2026!' });
    expect(result?.accessToken).toBeTruthy();
    const jwks = (await send(t.tenant, `/${t.tenant.info.tenantId}/discovery/v2.0/keys`)).json() as JSONWebKeySet;
    const { payload, protectedHeader } = await jwtVerify(result?.accessToken ?? '', createLocalJWKSet(jwks));
    expect(protectedHeader.alg).toBe('RS256');
    expect(payload.aud).toBe('https://graph.microsoft.com');
    expect(String(payload.scp).split(' ')).toEqual(expect.arrayContaining(['User.Read', 'Files.ReadWrite.All']));
    expect(payload.tid).toBe(t.tenant.info.tenantId);
    expect(payload.oid).toBe(t.tenant.info.users.find((u) => u.mail === 'kristin.liset@siv.example.no')?.id);
    expect(payload.preferred_username).toBe('kristin.liset@siv.example.no');
    expect(Number(payload.exp)).toBeGreaterThan(Date.now() / 1000 + 3000);
    expect(result?.account?.tenantId).toBe(t.tenant.info.tenantId);
    const me = await checkedGraph(t.tenant, result?.accessToken ?? '', '/me');
    expect((me.json() as { displayName: string }).displayName).toBe('Kristin Liset');
  });

  it('refuses a wrong password with AADSTS50126', async () => {
    await expect(msal().acquireTokenByUsernamePassword({ scopes: ['User.Read'], username: 'kristin.liset@siv.example.no', password: 'feil' })).rejects.toThrow(/AADSTS50126/);
  });

  it('lets msal-node sign in by authorization code + PKCE through the sign-in page, then refresh silently', async () => {
    const app = msal();
    const { verifier, challenge } = await new CryptoProvider().generatePkceCodes();
    const redirectUri = 'http://localhost:53999/redirect';
    const url = await app.getAuthCodeUrl({ scopes: ['User.Read', 'Calendars.ReadWrite'], redirectUri, codeChallenge: challenge, codeChallengeMethod: 'S256', state: 'tilstand-1', nonce: 'nonce-1', loginHint: 'per.christian.voss@siv.example.no' });
    const pageRes = await send(t.tenant, url);
    expect(pageRes.status).toBe(200);
    const html = pageRes.text();
    expect(html).toContain('Per Christian Voss');
    // The page is a plain form: hidden inputs carry the request, each user is a submit button.
    const hidden = [...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((m) => [m[1] ?? '', (m[2] ?? '').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'")]);
    const perId = t.tenant.info.users.find((u) => u.mail === 'per.christian.voss@siv.example.no')?.id ?? '';
    expect(html).toMatch(new RegExp(`<button type="submit" name="user" value="${perId}" autofocus>`));
    const form = new URLSearchParams([...hidden, ['user', perId]] as Array<[string, string]>);
    const submit = await send(t.tenant, url, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: form.toString() });
    expect(submit.status).toBe(302);
    const location = new URL(submit.headers.location ?? '');
    expect(location.origin + location.pathname).toBe(redirectUri);
    expect(location.searchParams.get('state')).toBe('tilstand-1');
    const code = location.searchParams.get('code') ?? '';
    const result = await app.acquireTokenByCode({ code, codeVerifier: verifier, redirectUri, scopes: ['User.Read', 'Calendars.ReadWrite'], state: 'tilstand-1' }, { code, nonce: 'nonce-1', state: 'tilstand-1' });
    expect(decodeJwt(result.idToken).nonce).toBe('nonce-1');
    expect(result.account?.username).toBe('per.christian.voss@siv.example.no');
    const refreshed = await app.acquireTokenSilent({ account: result.account ?? (await app.getAllAccounts())[0]!, scopes: ['User.Read'], forceRefresh: true });
    expect(refreshed.accessToken).not.toBe(result.accessToken);
    // The code is single-use, and a wrong verifier is refused.
    await expect(app.acquireTokenByCode({ code, codeVerifier: verifier, redirectUri, scopes: ['User.Read'] })).rejects.toThrow(/AADSTS70008/);
  });

  it('refuses an authorization code redeemed with a code_verifier that does not match', async () => {
    const { challenge } = await new CryptoProvider().generatePkceCodes();
    const other = await new CryptoProvider().generatePkceCodes();
    const redirectUri = 'http://localhost:53999/redirect';
    const url = await msal().getAuthCodeUrl({ scopes: ['User.Read'], redirectUri, codeChallenge: challenge, codeChallengeMethod: 'S256' });
    const hidden = new URL(url).searchParams;
    hidden.set('user', t.tenant.info.users[1]?.id ?? '');
    const submit = await send(t.tenant, url, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: hidden.toString() });
    const code = new URL(submit.headers.location ?? '').searchParams.get('code') ?? '';
    await expect(msal().acquireTokenByCode({ code, codeVerifier: other.verifier, redirectUri, scopes: ['User.Read'] })).rejects.toThrow(/AADSTS501481/);
  });

  it('answers prompt=none with login_required when nobody is signed in, in the fragment when asked', async () => {
    const params = new URLSearchParams({ client_id: t.tenant.info.clientId, redirect_uri: 'https://localhost:3000/', response_type: 'code', response_mode: 'fragment', scope: 'openid User.Read', prompt: 'none', state: 's' });
    const res = await send(t.tenant, `${t.tenant.info.authority}/oauth2/v2.0/authorize?${params.toString()}`);
    expect(res.status).toBe(302);
    const hash = new URLSearchParams(new URL(res.headers.location ?? '').hash.slice(1));
    expect(hash.get('error')).toBe('login_required');
    expect(hash.get('state')).toBe('s');
  });

  it('refuses redirect URIs outside localhost and unknown client ids', async () => {
    const params = new URLSearchParams({ client_id: t.tenant.info.clientId, redirect_uri: 'https://evil.example.com/', response_type: 'code', scope: 'openid' });
    expect((await send(t.tenant, `${t.tenant.info.authority}/oauth2/v2.0/authorize?${params.toString()}`)).status).toBe(400);
    params.set('redirect_uri', 'http://localhost:3000/');
    params.set('client_id', '00000000-0000-0000-0000-000000000000');
    expect((await send(t.tenant, `${t.tenant.info.authority}/oauth2/v2.0/authorize?${params.toString()}`)).status).toBe(400);
  });

  it('escapes what it echoes into the sign-in page', async () => {
    const params = new URLSearchParams({ client_id: t.tenant.info.clientId, redirect_uri: 'http://localhost:3000/', response_type: 'code', scope: 'openid', state: '"><script>alert(1)</script>' });
    const html = (await send(t.tenant, `${t.tenant.info.authority}/oauth2/v2.0/authorize?${params.toString()}`)).text();
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&quot;&gt;&lt;script&gt;');
  });

  it('answers CORS preflights on the token endpoint and Graph, exposing request-id and ETag', async () => {
    for (const path of [`/${t.tenant.info.tenantId}/oauth2/v2.0/token`, '/v1.0/me']) {
      const res = await send(t.tenant, path, { method: 'OPTIONS', headers: { Origin: 'https://localhost:3000', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type' } });
      expect(res.status).toBe(204);
      expect(res.headers['access-control-allow-origin']).toBe('https://localhost:3000');
      expect(res.headers['access-control-allow-headers']).toContain('authorization');
      expect(res.headers['access-control-expose-headers']).toContain('request-id');
      expect(res.headers['access-control-expose-headers']).toContain('ETag');
    }
  });

  it('answers instance discovery for MSAL and signs out to a localhost post-logout URI, clearing the session cookie', async () => {
    const discovery = (await send(t.tenant, `/common/discovery/instance?api-version=1.1&authorization_endpoint=${encodeURIComponent(`${t.tenant.info.authority}/oauth2/v2.0/authorize`)}`)).json() as { tenant_discovery_endpoint: string; metadata: Array<{ aliases: string[] }> };
    expect(discovery.tenant_discovery_endpoint).toBe(`${t.tenant.info.authority}/v2.0/.well-known/openid-configuration`);
    expect(discovery.metadata[0]?.aliases).toEqual([new URL(t.tenant.url).host]);
    const out = await send(t.tenant, `${t.tenant.info.authority}/oauth2/v2.0/logout?post_logout_redirect_uri=${encodeURIComponent('https://localhost:3000/avlogget')}`);
    expect(out.status).toBe(302);
    expect(out.headers.location).toBe('https://localhost:3000/avlogget');
    expect(out.headers['set-cookie']).toMatch(/tenant_session=;.*Max-Age=0/);
    const elsewhere = await send(t.tenant, `${t.tenant.info.authority}/oauth2/v2.0/logout?post_logout_redirect_uri=${encodeURIComponent('https://evil.example.com/')}`);
    expect(elsewhere.status).toBe(200);
  });

  it('refuses unknown scopes as Entra does (AADSTS70011) and grants the consented ones for .default', async () => {
    const form = (scope: string) => new URLSearchParams({ grant_type: 'password', client_id: t.tenant.info.clientId, username: 'kristin.liset@siv.example.no', password: 'Motebok-dev-2026!', scope }).toString();
    const bad = await send(t.tenant, `${t.tenant.info.authority}/oauth2/v2.0/token`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: form('Directory.AccessAsUser.All') });
    expect(bad.status).toBe(400);
    expect((bad.json() as { error: string; error_codes: number[] }).error_codes).toEqual([70011]);
    const all = await send(t.tenant, `${t.tenant.info.authority}/oauth2/v2.0/token`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: form('https://graph.microsoft.com/.default') });
    const scp = String(decodeJwt((all.json() as { access_token: string }).access_token).scp).split(' ');
    expect(scp).toEqual(expect.arrayContaining(['Sites.Manage.All', 'Calendars.ReadWrite.Shared', 'Mail.Send']));
  });

  it('turns away an expired token with 401 and says why', async () => {
    const tokens = new TokenService(new Store(t.dataDir), () => `${t.tenant.url}/x/v2.0`);
    const user = t.tenant.info.users[1];
    const { findUser } = await import('../seed.js');
    const expired = await tokens.accessToken(findUser(user?.id ?? '')!, ['User.Read'], t.tenant.info.clientId, -120);
    const res = await checkedGraph(t.tenant, expired, '/me');
    expect(res.status).toBe(401);
    expect((res.json() as { error: { code: string; message: string } }).error.message).toMatch(/expired/);
  });
});
