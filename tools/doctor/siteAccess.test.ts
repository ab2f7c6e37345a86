import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../../src/config/configFromEnv';
import type { M365Config } from '../m365/config';
import { extraGraphPermissions, requiredScopes } from './checks';

/** A real tenant's build, with or without MOTEBOK_SITE_ACCESS=selected. */
const configFor = (siteAccess?: string): M365Config => ({
  app: configFromEnv({
    MOTEBOK_CLIENT_ID: '11111111-2222-4333-8444-555555555555',
    MOTEBOK_AUTHORITY: 'https://login.microsoftonline.com/contoso.onmicrosoft.com',
    MOTEBOK_GRAPH_BASE_URL: 'https://graph.microsoft.com/v1.0',
    MOTEBOK_SITE_ID: 'contoso.sharepoint.com,3f6c2a1e-5b7d-4c9e-8a10-2d4f6b8c0e11,9e8d7c6b-5a4f-4e3d-2c1b-0a9f8e7d6c5b',
    ...(siteAccess ? { MOTEBOK_SITE_ACCESS: siteAccess } : {}),
  }),
  appUrl: 'https://motebok.contoso.no',
  adminClientId: '14d82eec-204b-4c2f-b7e8-296a70dab67e',
  manifestId: '11111111-2222-4333-8444-555555555555',
});
const names = new Map(['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.Selected', 'User.Read'].map((name) => [`id-${name}`, name]));
const registered = (...scopes: string[]) => scopes.map((name) => ({ id: `id-${name}`, type: 'Scope' }));

describe('npm run doctor and the site access the build chose (MOTEBOK_SITE_ACCESS)', () => {
  it('requires Sites.Selected, not the tenant-wide site scopes, for a Sites.Selected build', () => {
    expect(requiredScopes(configFor('selected'))).toContain('Sites.Selected');
    expect(requiredScopes(configFor('selected'))).not.toContain('Sites.ReadWrite.All');
    expect(requiredScopes(configFor('selected'))).not.toContain('Sites.Manage.All');
    expect(requiredScopes(configFor())).toEqual(expect.arrayContaining(['Sites.ReadWrite.All', 'Sites.Manage.All']));
    expect(requiredScopes(configFor())).not.toContain('Sites.Selected');
  });

  it('reports the tenant-wide site scopes as more than Møtebok uses once it runs with Sites.Selected (they would reach every site again)', () => {
    const access = registered('User.Read', 'Sites.Selected', 'Sites.ReadWrite.All', 'Sites.Manage.All');
    expect([...extraGraphPermissions(access, names, 'selected')].sort()).toEqual(['Sites.Manage.All', 'Sites.ReadWrite.All']);
    expect([...extraGraphPermissions(registered('User.Read', 'Sites.ReadWrite.All', 'Sites.Manage.All'), names)]).toEqual([]);
    expect([...extraGraphPermissions(registered('Sites.Selected'), names)]).toEqual(['Sites.Selected']);
  });
});
