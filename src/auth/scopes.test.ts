import { describe, expect, it } from 'vitest';
import { graphScopes, SCOPES, scopesFor, sharePointScopes } from './scopes';

describe('the scopes under the site access chosen (MOTEBOK_SITE_ACCESS)', () => {
  it('asks for the tenant-wide site scopes by default, as before', () => {
    expect(scopesFor([...SCOPES.storage, ...SCOPES.provisioning])).toEqual(['Sites.ReadWrite.All', 'Sites.Manage.All']);
    expect(sharePointScopes('https://contoso.sharepoint.com')).toEqual(['https://contoso.sharepoint.com/AllSites.FullControl']);
  });

  it('asks for Sites.Selected instead, for Graph and for SharePoint REST, with selected, and leaves the other features alone', () => {
    expect(scopesFor([...SCOPES.storage, ...SCOPES.provisioning], 'selected')).toEqual(['Sites.Selected']);
    expect(scopesFor(SCOPES.storage, 'selected')).toEqual(['Sites.Selected']);
    expect(scopesFor(SCOPES.sendMail, 'selected')).toEqual(SCOPES.sendMail);
    expect(sharePointScopes('https://contoso.sharepoint.com', 'selected')).toEqual(['https://contoso.sharepoint.com/Sites.Selected']);
    const selected = graphScopes('selected');
    expect(selected).toContain('Sites.Selected');
    expect(selected.filter((scope) => scope.startsWith('Sites.'))).toEqual(['Sites.Selected']);
    expect(graphScopes()).not.toContain('Sites.Selected');
  });
});
