import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTempTenant, type TempTenant } from '../testing/fixture';
import { graph, passwordToken, send } from '../testing/tenantClient';
import { GRAPH_CLI_CLIENT_ID, MOTEBOK_MANIFEST_ID } from './applications';

const form = (values: Record<string, string>) => ({ method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(values).toString() });

describe('the directory objects admin tools read, the device code flow, and the misconfiguration switches', () => {
  let t: TempTenant;
  let adminToken: string;
  const token = (path: string) => `/${t.tenant.info.tenantId}/oauth2/v2.0/${path}`;

  /** Device code sign-in as `user` with the Graph Command Line Tools client; returns the token answer. */
  async function deviceSignIn(scope: string, userId: string) {
    const started = await send(t.tenant, token('devicecode'), form({ client_id: GRAPH_CLI_CLIENT_ID, scope }));
    expect(started.status).toBe(200);
    const code = started.json() as { device_code: string; user_code: string; verification_uri: string; interval: number; expires_in: number; message: string };
    const pending = await send(t.tenant, token('token'), form({ grant_type: 'urn:ietf:params:oauth:grant-type:device_code', client_id: GRAPH_CLI_CLIENT_ID, device_code: code.device_code }));
    const approved = await send(t.tenant, code.verification_uri, form({ code: code.user_code, user: userId }));
    const done = await send(t.tenant, token('token'), form({ grant_type: 'urn:ietf:params:oauth:grant-type:device_code', client_id: GRAPH_CLI_CLIENT_ID, device_code: code.device_code }));
    const reused = await send(t.tenant, token('token'), form({ grant_type: 'urn:ietf:params:oauth:grant-type:device_code', client_id: GRAPH_CLI_CLIENT_ID, device_code: code.device_code }));
    return { code, pending, approved, done, reused };
  }

  beforeAll(async () => {
    t = await startTempTenant();
    const kristin = t.tenant.info.users.find((u) => u.userPrincipalName.startsWith('kristin.liset'));
    const { done } = await deviceSignIn('User.Read Directory.Read.All AppCatalog.Read.All offline_access', kristin?.id ?? '');
    adminToken = (done.json() as { access_token: string }).access_token;
  });
  afterAll(async () => t?.dispose());

  it('runs the device code flow as Entra documents it: code, authorization_pending, sign-in on /devicelogin, token once', async () => {
    const chair = t.tenant.info.users.find((u) => u.userPrincipalName.startsWith('per.christian.voss'));
    const { code, pending, approved, done, reused } = await deviceSignIn('User.Read', chair?.id ?? '');
    expect(code).toMatchObject({ verification_uri: `${t.tenant.url}/devicelogin`, expires_in: 900, interval: 5 });
    expect(code.message).toContain(code.user_code);
    expect(pending.status).toBe(400);
    expect(pending.json()).toMatchObject({ error: 'authorization_pending', error_codes: [70016] });
    expect(approved.text()).toContain('Per Christian Voss er logget på');
    expect(done.status).toBe(200);
    const claims = JSON.parse(Buffer.from((done.json() as { access_token: string }).access_token.split('.')[1] ?? '', 'base64url').toString()) as Record<string, unknown>;
    expect(claims).toMatchObject({ appid: GRAPH_CLI_CLIENT_ID, upn: 'per.christian.voss@siv.example.no', scp: 'User.Read' });
    expect(reused.status).toBe(400);
  });

  it('shows a code form on /devicelogin and refuses an unknown code with a message', async () => {
    const page = await send(t.tenant, '/devicelogin');
    expect(page.text()).toContain('<label for="code">Kode</label>');
    const wrong = await send(t.tenant, '/devicelogin', form({ code: 'AAAAAAAAA' }));
    expect(wrong.status).toBe(400);
    expect(wrong.text()).toContain('Koden er ukjent, utløpt eller allerede brukt.');
  });

  it('refuses directory scopes to the Møtebok client: its registration has no consent for them (AADSTS65001)', async () => {
    await expect(passwordToken(t.tenant, 'kristin.liset@siv.example.no', ['Directory.Read.All'])).rejects.toThrow(/AADSTS65001/);
  });

  it('finds the registration by appId with its SPA redirect URIs and Graph permissions by id', async () => {
    const res = await graph(t.tenant, adminToken, `/applications?$filter=appId eq '${t.tenant.info.clientId}'&$select=appId,spa,requiredResourceAccess`);
    expect(res.status).toBe(200);
    type Application = {
      appId: string;
      spa: { redirectUris: string[] };
      requiredResourceAccess: Array<{ resourceAppId: string; resourceAccess: Array<{ id: string; type: string }> }>;
    };
    const [app] = (res.json() as { value: Application[] }).value;
    expect(app?.spa.redirectUris).toEqual(['https://localhost:3000/workspace.html', 'brk-multihub://localhost:3000']);
    expect(app?.requiredResourceAccess[0]?.resourceAccess).toContainEqual({ id: 'e383f46e-2787-4529-855e-0e479a3ffac0', type: 'Scope' });
    // Directory objects keep their id whatever $select asks for.
    expect(Object.keys(app ?? {}).sort()).toEqual(['appId', 'id', 'requiredResourceAccess', 'spa']);
    const none = await graph(t.tenant, adminToken, `/applications?$filter=appId eq '00000000-0000-0000-0000-000000000000'`);
    expect((none.json() as { value: unknown[] }).value).toEqual([]);
  });

  it('gives the consent grant of Møtebok’s service principal, and the Teams app by externalId', async () => {
    const sp = await graph(t.tenant, adminToken, `/servicePrincipals?$filter=appId eq '${t.tenant.info.clientId}'`);
    const spId = (sp.json() as { value: Array<{ id: string }> }).value[0]?.id ?? '';
    const grants = await graph(t.tenant, adminToken, `/oauth2PermissionGrants?$filter=clientId eq '${spId}'`);
    // One grant per resource, as Entra keeps them: Graph's scopes, and SharePoint's own for REST.
    const resources = await graph(t.tenant, adminToken, `/servicePrincipals?$select=id,appId,displayName`);
    const resourceOf = new Map((resources.json() as { value: Array<{ id: string; appId: string }> }).value.map((r) => [r.id, r.appId]));
    const given = (grants.json() as { value: Array<{ clientId: string; consentType: string; principalId: null; resourceId: string; scope: string }> }).value;
    expect(given.map((g) => [resourceOf.get(g.resourceId), g.consentType, g.clientId])).toEqual([
      ['00000003-0000-0000-c000-000000000000', 'AllPrincipals', spId],
      ['00000003-0000-0ff1-ce00-000000000000', 'AllPrincipals', spId],
    ]);
    expect(given[0]?.scope).toContain('Sites.ReadWrite.All');
    expect(given[1]?.scope).toBe('AllSites.FullControl');
    const apps = await graph(t.tenant, adminToken, `/appCatalogs/teamsApps?$filter=externalId eq '${MOTEBOK_MANIFEST_ID}'`);
    expect((apps.json() as { value: unknown[] }).value).toEqual([expect.objectContaining({ externalId: MOTEBOK_MANIFEST_ID, distributionMethod: 'organization' })]);
  });

  it('answers 403 Authorization_RequestDenied without a directory scope, and to guests', async () => {
    const userOnly = await passwordToken(t.tenant, 'kristin.liset@siv.example.no', ['User.Read']);
    const denied = await graph(t.tenant, userOnly, '/applications');
    expect(denied.status).toBe(403);
    expect((denied.json() as { error: { code: string } }).error.code).toBe('Authorization_RequestDenied');
    const guest = t.tenant.info.users.find((u) => u.userType === 'Guest');
    const { done } = await deviceSignIn('Directory.Read.All', guest?.id ?? '');
    const guestAnswer = await graph(t.tenant, (done.json() as { access_token: string }).access_token, '/applications');
    expect(guestAnswer.status).toBe(403);
  });

  it('turns misconfigurations on and off through /_tenant/misconfig, refuses unknown ones, and the inspector lists them', async () => {
    expect((await send(t.tenant, '/_tenant/misconfig', { method: 'POST', body: { mode: 'noSuchThing' } })).status).toBe(400);
    expect((await send(t.tenant, '/_tenant/misconfig', { method: 'POST', body: { mode: 'appNotInCatalogue' } })).status).toBe(201);
    const apps = await graph(t.tenant, adminToken, `/appCatalogs/teamsApps?$filter=externalId eq '${MOTEBOK_MANIFEST_ID}'`);
    expect((apps.json() as { value: unknown[] }).value).toEqual([]);
    const inspector = await send(t.tenant, '/_tenant/faults-view');
    expect(inspector.text()).toMatch(/<code>appNotInCatalogue<\/code><\/td><td><strong>på<\/strong>/);
    expect((await send(t.tenant, '/_tenant/misconfig/appNotInCatalogue', { method: 'DELETE' })).status).toBe(204);
    const back = await graph(t.tenant, adminToken, `/appCatalogs/teamsApps?$filter=externalId eq '${MOTEBOK_MANIFEST_ID}'`);
    expect((back.json() as { value: unknown[] }).value).toHaveLength(1);
  });

  it('lists SharePoint’s delegated permissions by id on its service principal, and the registration asks for AllSites.FullControl by that id', async () => {
    const sp = await graph(t.tenant, adminToken, `/servicePrincipals?$filter=appId eq '00000003-0000-0ff1-ce00-000000000000'&$select=id,displayName,oauth2PermissionScopes`);
    const [sharePoint] = (sp.json() as { value: Array<{ displayName: string; oauth2PermissionScopes: Array<{ id: string; value: string }> }> }).value;
    expect(sharePoint?.displayName).toBe('Office 365 SharePoint Online');
    const fullControl = sharePoint?.oauth2PermissionScopes.find((scope) => scope.value === 'AllSites.FullControl');
    expect(fullControl?.id).toBe('56680e0d-d2a3-4ae1-80d8-3c4f2100e3d0');
    const app = await graph(t.tenant, adminToken, `/applications?$filter=appId eq '${t.tenant.info.clientId}'&$select=requiredResourceAccess`);
    type Access = Array<{ resourceAppId: string; resourceAccess: Array<{ id: string; type: string }> }>;
    const access = (app.json() as { value: Array<{ requiredResourceAccess: Access }> }).value[0]?.requiredResourceAccess;
    expect(access?.find((r) => r.resourceAppId === '00000003-0000-0ff1-ce00-000000000000')?.resourceAccess).toEqual([{ id: fullControl?.id, type: 'Scope' }]);
  });

  it('with sharePointConsentMissing, Møtebok gets AADSTS65001 for SharePoint’s scopes and its Graph scopes as before', async () => {
    await send(t.tenant, '/_tenant/misconfig', { method: 'POST', body: { mode: 'sharePointConsentMissing' } });
    try {
      const host = new URL(t.tenant.url).origin;
      await expect(passwordToken(t.tenant, 'kristin.liset@siv.example.no', [`${host}/AllSites.FullControl`])).rejects.toThrow(/AADSTS65001/);
      await expect(passwordToken(t.tenant, 'kristin.liset@siv.example.no', ['Sites.ReadWrite.All'])).resolves.toBeTruthy();
    } finally {
      await send(t.tenant, '/_tenant/misconfig', { method: 'DELETE' });
    }
  });

  it('with consentMissing, Møtebok cannot get admin-consented scopes but may still sign in with User.Read', async () => {
    await send(t.tenant, '/_tenant/misconfig', { method: 'POST', body: { mode: 'consentMissing' } });
    try {
      await expect(passwordToken(t.tenant, 'kristin.liset@siv.example.no', ['Sites.ReadWrite.All'])).rejects.toThrow(/AADSTS65001/);
      await expect(passwordToken(t.tenant, 'kristin.liset@siv.example.no', ['User.Read'])).resolves.toBeTruthy();
    } finally {
      await send(t.tenant, '/_tenant/misconfig', { method: 'DELETE' });
    }
  });
});
