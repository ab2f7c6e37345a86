// What npm run doctor expects of the app registration, from the build's settings alone (no tenant: doctor.test.ts runs it against the local one).
import { describe, expect, it } from 'vitest';
import { m365Config } from '../m365/config';
import { expectedRedirectUris, requiredScopes, runDoctor, type GraphGet } from './checks';

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

describe('what npm run doctor says of the registration’s permissions when every Graph scope is there', () => {
  it('says the SharePoint permission is not checked, and where the administrator looks for it', async () => {
    const config = m365Config(REAL);
    const names = requiredScopes(config);
    const scopes = names.map((value, index) => ({ id: `scope-${index}`, value }));
    const graph: GraphGet = async (path) => {
      if (path.startsWith('/me')) return { status: 200, body: { userPrincipalName: 'it@kommune.no' } };
      if (path.startsWith('/applications')) {
        const access = [{ resourceAppId: '00000003-0000-0000-c000-000000000000', resourceAccess: scopes.map(({ id }) => ({ id, type: 'Scope' })) }];
        return { status: 200, body: { value: [{ id: 'app', appId: REAL.MOTEBOK_CLIENT_ID, spa: { redirectUris: expectedRedirectUris(config) }, requiredResourceAccess: access }] } };
      }
      if (path.includes("appId eq '00000003-0000-0000-c000-000000000000'")) return { status: 200, body: { value: [{ id: 'graph', appId: '00000003-0000-0000-c000-000000000000', oauth2PermissionScopes: scopes }] } };
      return { status: 404, body: { error: { code: 'itemNotFound' } } };
    };
    const results = await runDoctor({ config, graph, signIn: { ok: true, user: 'it@kommune.no' } });
    const permissions = results.find((result) => result.id === 'permissions');
    expect(permissions?.status).toBe('ok');
    expect(permissions?.message).toContain('SharePoint-tillatelsen («Office 365 SharePoint Online» AllSites.FullControl) kontrolleres ikke her');
    expect(permissions?.message).toContain('API-tillatelser');
  });
});
