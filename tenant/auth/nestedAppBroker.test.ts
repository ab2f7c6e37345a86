import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeJwt } from 'jose';
import { startTempTenant, type TempTenant } from '../testing/fixture.js';
import { send } from '../testing/tenantClient.js';
import { MOTEBOK_CLIENT_ID, TENANT_ID } from '../seed.js';
import type { NestedAppResponse } from './nestedAppBroker.js';

let t: TempTenant;
const REFERENT = 'hilde.kari.maugesten@siv.example.no';

beforeAll(async () => {
  t = await startTempTenant();
});
afterAll(async () => t.dispose());

/** A request as MSAL's BridgeProxy posts it (JSON in a string). */
function naaRequest(method: string, tokenParams: Record<string, unknown>): string {
  return JSON.stringify({ messageType: 'NestedAppAuthRequest', method, requestId: `req-${method}`, sendTime: Date.now(), clientLibrary: 'msal.js.browser', clientLibraryVersion: '5.29.0', tokenParams });
}

async function ask(user: string, request: unknown): Promise<NestedAppResponse> {
  const response = await send(t.tenant, '/_tenant/naa', { method: 'POST', body: { user, request } });
  expect(response.status).toBe(200);
  return response.json() as NestedAppResponse;
}

describe("the simulated Teams host's token broker (nested app auth)", () => {
  it('gives the nested app an access token Graph accepts and an ID token, for the user signed in to Teams', async () => {
    const answer = await ask(REFERENT, naaRequest('GetToken', { clientId: MOTEBOK_CLIENT_ID, scope: 'User.Read Sites.ReadWrite.All', correlationId: 'c1' }));
    expect(answer).toMatchObject({ messageType: 'NestedAppAuthResponse', requestId: 'req-GetToken', success: true });
    expect(decodeJwt(answer.token?.id_token ?? '')).toMatchObject({ preferred_username: REFERENT, aud: MOTEBOK_CLIENT_ID, tid: TENANT_ID });
    expect(answer.token?.scope.split(' ')).toEqual(expect.arrayContaining(['User.Read', 'Sites.ReadWrite.All']));
    const environment = new URL(t.tenant.url).host;
    expect(answer.account).toMatchObject({ username: REFERENT, tenantId: TENANT_ID, environment, homeAccountId: `${answer.account?.localAccountId}.${TENANT_ID}` });
    const me = await send(t.tenant, '/v1.0/me?$select=userPrincipalName', { headers: { Authorization: `Bearer ${answer.token?.access_token}` } });
    expect(me.status).toBe(200);
    expect((me.json() as { userPrincipalName: string }).userPrincipalName).toBe(REFERENT);
  });

  it('refuses what Entra refuses: an unregistered app, a scope that does not exist', async () => {
    const stranger = await ask(REFERENT, naaRequest('GetToken', { clientId: '00000000-0000-0000-0000-00000000dead', scope: 'User.Read' }));
    expect(stranger).toMatchObject({ success: false, error: { status: 'PERSISTENT_ERROR', code: 'unauthorized_client' } });
    expect(stranger.error?.description).toContain('AADSTS700016');
    const unknownScope = await ask(REFERENT, naaRequest('GetToken', { clientId: MOTEBOK_CLIENT_ID, scope: 'Sites.Everything' }));
    expect(unknownScope).toMatchObject({ success: false, error: { status: 'PERSISTENT_ERROR', code: 'invalid_scope' } });
  });

  it('refuses the nested app when its registration lacks the brk-multihub:// redirect URI', async () => {
    expect((await send(t.tenant, '/_tenant/misconfig', { method: 'POST', body: { mode: 'redirectUriMissing' } })).status).toBe(201);
    try {
      const answer = await ask(REFERENT, naaRequest('GetToken', { clientId: MOTEBOK_CLIENT_ID, scope: 'User.Read' }));
      expect(answer).toMatchObject({ success: false, error: { status: 'PERSISTENT_ERROR', code: 'invalid_request' } });
      expect(answer.error?.description).toContain('AADSTS50011');
    } finally {
      await send(t.tenant, '/_tenant/misconfig/redirectUriMissing', { method: 'DELETE' });
    }
    expect(await ask(REFERENT, naaRequest('GetToken', { clientId: MOTEBOK_CLIENT_ID, scope: 'User.Read' }))).toMatchObject({ success: true });
  });

  it('asks for interaction when consent is missing silently, and gives up when the host already asked', async () => {
    const silent = await ask(REFERENT, naaRequest('GetToken', { clientId: MOTEBOK_CLIENT_ID, scope: 'Directory.Read.All' }));
    expect(silent).toMatchObject({ success: false, error: { status: 'USER_INTERACTION_REQUIRED', code: 'invalid_grant' } });
    const popup = await ask(REFERENT, naaRequest('GetTokenPopup', { clientId: MOTEBOK_CLIENT_ID, scope: 'Directory.Read.All' }));
    expect(popup).toMatchObject({ success: false, error: { status: 'PERSISTENT_ERROR' } });
  });

  it('has no account for someone not in the tenant, and refuses what is not a token request', async () => {
    expect(await ask('nobody@example.org', naaRequest('GetToken', { clientId: MOTEBOK_CLIENT_ID, scope: 'User.Read' }))).toMatchObject({ success: false, error: { status: 'ACCOUNT_UNAVAILABLE' } });
    expect(await ask(REFERENT, naaRequest('GetInitContext', {}))).toMatchObject({ success: false, error: { status: 'PERSISTENT_ERROR', code: 'unsupported_method' } });
    expect(await ask(REFERENT, '{not json')).toMatchObject({ success: false, error: { code: 'invalid_request' } });
    const bad = await send(t.tenant, '/_tenant/naa', { method: 'POST', body: { request: 'x' } });
    expect(bad.status).toBe(400);
  });
});
