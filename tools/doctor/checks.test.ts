// What npm run doctor expects of the app registration, from the build's settings alone (no tenant: doctor.test.ts runs it against the local one).
import { describe, expect, it } from 'vitest';
import { m365Config } from '../m365/config';
import { expectedRedirectUris, requiredScopes, runDoctor, type CheckResult, type GraphAnswer, type GraphGet } from './checks';

// A real tenant's settings, as docs/drift.md §5 has the administrator write them.
const REAL = {
  MOTEBOK_CLIENT_ID: '11111111-2222-4333-8444-555555555555',
  MOTEBOK_AUTHORITY: 'https://login.microsoftonline.com/aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
  MOTEBOK_GRAPH_BASE_URL: 'https://graph.microsoft.com/v1.0',
  MOTEBOK_SITE_ID: 'kommune.sharepoint.com,5c1e7f3a-2b4d-4e6f-8a9c-0b1d2e3f4a5b,9e8d7c6b-5a4f-4e3d-2c1b-0a9f8e7d6c5b',
  MOTEBOK_APP_URL: 'https://motebok.kommune.no',
};

describe('the redirect URIs npm run doctor expects in the app registration', () => {
  it('are the workspace page and brk-multihub when the build leaves MSAL its default (the page’s own address)', () => {
    expect(expectedRedirectUris(m365Config(REAL))).toEqual(['https://motebok.kommune.no/workspace.html', 'brk-multihub://motebok.kommune.no']);
  });

  it('are the address in MOTEBOK_REDIRECT_URI and brk-multihub when the build sets one: every page signs in through it', () => {
    const config = m365Config({ ...REAL, MOTEBOK_REDIRECT_URI: 'https://motebok.kommune.no/innlogget.html' });
    expect(expectedRedirectUris(config)).toEqual(['https://motebok.kommune.no/innlogget.html', 'brk-multihub://motebok.kommune.no']);
  });
});

const GRAPH = '00000003-0000-0000-c000-000000000000';
const SHAREPOINT = '00000003-0000-0ff1-ce00-000000000000';
/** SharePoint's service principal's scopes, named by id as Entra lists them (ids here are the stub's own). */
const SHAREPOINT_SCOPES = ['AllSites.Read', 'AllSites.Write', 'AllSites.FullControl', 'Sites.Selected'].map((value) => ({ id: `sp-${value}`, value }));

/**
 * A tenant whose registration has every Graph scope the build needs and `sharePoint` of SharePoint's,
 * consented, and whose committee site answers; `permissions` is the site's app roles (GET /sites/{id}/permissions).
 */
type Tenant = { graph: GraphGet; siteGrants: GraphGet };
function tenantWith(config: ReturnType<typeof m365Config>, sharePoint: readonly string[], permissions?: GraphAnswer): Tenant {
  const scopes = requiredScopes(config).map((value, index) => ({ id: `scope-${index}`, value }));
  const graph: GraphGet = async (path) => {
    if (path.startsWith('/me')) return { status: 200, body: { userPrincipalName: 'it@kommune.no' } };
    if (path.startsWith('/applications')) {
      const access = [
        { resourceAppId: GRAPH, resourceAccess: scopes.map(({ id }) => ({ id, type: 'Scope' })) },
        { resourceAppId: SHAREPOINT, resourceAccess: sharePoint.map((name) => ({ id: `sp-${name}`, type: 'Scope' })) },
      ];
      return { status: 200, body: { value: [{ id: 'app', appId: REAL.MOTEBOK_CLIENT_ID, spa: { redirectUris: expectedRedirectUris(config) }, requiredResourceAccess: access }] } };
    }
    if (path.includes(`appId eq '${GRAPH}'`)) return { status: 200, body: { value: [{ id: 'graph', appId: GRAPH, oauth2PermissionScopes: scopes }] } };
    if (path.includes(`appId eq '${SHAREPOINT}'`)) return { status: 200, body: { value: [{ id: 'sharepoint', appId: SHAREPOINT, oauth2PermissionScopes: SHAREPOINT_SCOPES }] } };
    if (path.startsWith('/servicePrincipals')) return { status: 200, body: { value: [{ id: 'motebok', appId: REAL.MOTEBOK_CLIENT_ID }] } };
    if (path.startsWith('/oauth2PermissionGrants')) {
      return {
        status: 200,
        body: {
          value: [
            { clientId: 'motebok', consentType: 'AllPrincipals', resourceId: 'graph', scope: scopes.map((scope) => scope.value).join(' ') },
            { clientId: 'motebok', consentType: 'AllPrincipals', resourceId: 'sharepoint', scope: sharePoint.join(' ') },
          ],
        },
      };
    }
    if (path.startsWith(`/sites/${REAL.MOTEBOK_SITE_ID}?`)) return { status: 200, body: { id: REAL.MOTEBOK_SITE_ID, displayName: 'Formannskapet', webUrl: 'https://kommune.sharepoint.com/sites/fsk' } };
    return { status: 404, body: { error: { code: 'itemNotFound' } } };
  };
  const siteGrants: GraphGet = async (path) => (path === `/sites/${REAL.MOTEBOK_SITE_ID}/permissions` && permissions ? permissions : { status: 403, body: { error: { code: 'accessDenied' } } });
  return { graph, siteGrants };
}

const roles = (...given: string[]): GraphAnswer => ({
  status: 200,
  body: { value: [{ id: 'p1', roles: given, grantedToIdentitiesV2: [{ application: { id: REAL.MOTEBOK_CLIENT_ID, displayName: 'Møtebok' } }] }, { id: 'p2', roles: ['fullcontrol'], grantedToIdentitiesV2: [{ application: { id: '99999999-0000-4000-8000-000000000000' } }] }] },
});

const check = (results: readonly CheckResult[], id: CheckResult['id']) => results.find((result) => result.id === id);
const signIn = { ok: true as const, user: 'it@kommune.no' };

describe('what npm run doctor says of the registration’s SharePoint permission', () => {
  it('is OK with AllSites.FullControl alone, consented, for a build that reaches the user’s sites (tenant)', async () => {
    const config = m365Config(REAL);
    const results = await runDoctor({ config, graph: tenantWith(config, ['AllSites.FullControl']).graph, signIn });
    expect(check(results, 'sharePointPermission')).toMatchObject({ status: 'ok', message: expect.stringContaining('AllSites.FullControl') });
    expect(check(results, 'consent')).toMatchObject({ status: 'ok', message: expect.stringContaining('for Graph og for SharePoint') });
    // Only a Sites.Selected build has a role on the site to check.
    expect(results.map((result) => result.id)).not.toContain('siteRole');
  });

  it('names a missing SharePoint permission, and one that asks for more than Møtebok uses', async () => {
    const config = m365Config(REAL);
    const missing = await runDoctor({ config, graph: tenantWith(config, ['AllSites.Read']).graph, signIn });
    expect(check(missing, 'sharePointPermission')).toMatchObject({ status: 'feil', message: expect.stringMatching(/Mangler den delegerte SharePoint-tillatelsen AllSites\.FullControl.*mer av SharePoint enn Møtebok bruker: AllSites\.Read/) });
    expect(check(missing, 'sharePointPermission')?.fix).toContain('Legg til en tillatelse → SharePoint');
    // What was consented is what was registered: the consent lacks it too, named as SharePoint's.
    expect(check(missing, 'consent')).toMatchObject({ status: 'feil', message: 'Administratorsamtykket mangler AllSites.FullControl (SharePoint).' });
  });

  it('asks a Sites.Selected build for SharePoint’s Sites.Selected, and reports the tenant-wide AllSites.FullControl as more than it uses', async () => {
    const config = m365Config({ ...REAL, MOTEBOK_SITE_ACCESS: 'selected' });
    const results = await runDoctor({ config, graph: tenantWith(config, ['AllSites.FullControl']).graph, signIn });
    expect(check(results, 'sharePointPermission')?.message).toMatch(/Mangler den delegerte SharePoint-tillatelsen Sites\.Selected.*mer av SharePoint enn Møtebok bruker: AllSites\.FullControl/);
  });
});

describe('what npm run doctor says of Møtebok’s role on the site under Sites.Selected', () => {
  const config = m365Config({ ...REAL, MOTEBOK_SITE_ACCESS: 'selected' });
  const run = async (permissions?: GraphAnswer, withGrants = true) => {
    const tenant = tenantWith(config, ['Sites.Selected'], permissions);
    return check(await runDoctor({ config, graph: tenant.graph, signIn, ...(withGrants ? { siteGrants: tenant.siteGrants } : { siteGrantsProblem: 'påloggingen med Sites.FullControl.All mislyktes: AADSTS65001' }) }), 'siteRole');
  };

  it('is OK when the app has fullcontrol there (other apps’ roles do not count)', async () => {
    expect(await run(roles('fullcontrol'))).toMatchObject({ status: 'ok', message: expect.stringContaining('fullcontrol') });
  });

  it('is wrong with a smaller role, and says how to change it', async () => {
    const result = await run(roles('write'));
    expect(result).toMatchObject({ status: 'feil', message: expect.stringContaining('bare rollen write') });
    expect(result?.fix).toContain('PATCH /sites/');
  });

  it('is wrong with no role, and gives the grant to run', async () => {
    const result = await run({ status: 200, body: { value: [] } });
    expect(result).toMatchObject({ status: 'feil', message: expect.stringContaining('ingen rolle på området') });
    expect(result?.fix).toContain(`"roles": ["fullcontrol"]`);
    expect(result?.fix).toContain(REAL.MOTEBOK_CLIENT_ID);
  });

  it('is not checked when the roles cannot be read, saying why and who can', async () => {
    expect(await run(undefined)).toMatchObject({ status: 'ikke kontrollert', message: expect.stringContaining('403 accessDenied') });
    const noSignIn = await run(undefined, false);
    expect(noSignIn).toMatchObject({ status: 'ikke kontrollert', message: expect.stringContaining('AADSTS65001') });
    expect(noSignIn?.fix).toContain('SharePoint-administrator');
  });
});
