import { describe, expect, it } from 'vitest';
import { configFromEnv } from './configFromEnv';
import { contentSecurityPolicy, genericHeadersFile, MICROSOFT_365_FRAME_ANCESTORS, securityHeaders, staticWebAppConfig } from './securityHeaders';

const realTenant = configFromEnv({
  MOTEBOK_CLIENT_ID: '11111111-2222-4333-8444-555555555555',
  MOTEBOK_AUTHORITY: 'https://login.microsoftonline.com/aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
  MOTEBOK_GRAPH_BASE_URL: 'https://graph.microsoft.com/v1.0',
  MOTEBOK_SITE_ID: 'larvik.sharepoint.com,5c1e7f3a-2b4d-4e6f-8a9c-0b1d2e3f4a5b,9e8d7c6b-5a4f-4e3d-2c1b-0a9f8e7d6c5b',
});

/** Parses "name a b; name2 c" into a map of directive → sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('the production security headers', () => {
  it('let only the Teams, Outlook and Microsoft 365 hosts frame the app', () => {
    const policy = directives(securityHeaders(realTenant)['Content-Security-Policy'] ?? '');
    expect(policy.get('frame-ancestors')).toEqual(["'self'", ...MICROSOFT_365_FRAME_ANCESTORS]);
    expect(policy.get('frame-ancestors')).toContain('https://*.cloud.microsoft');
    expect(policy.get('frame-ancestors')).toContain('https://outlook.office.com');
  });

  it('connect only to Graph, the sign-in authority, the tenant SharePoint and Teams’ Live Share relay (plus the CDN and upload hosts they hand out)', () => {
    const connect = directives(contentSecurityPolicy(realTenant, { forHeader: true, officeJs: false })).get('connect-src');
    expect(connect).toEqual([
      "'self'",
      'https://graph.microsoft.com',
      'https://login.microsoftonline.com',
      'https://larvik.sharepoint.com',
      'https://res.cdn.office.net',
      'https://outlook.office.com',
      'https://outlook.office365.com',
      'https://*.fluidrelay.azure.com',
      'wss://*.fluidrelay.azure.com',
    ]);
    expect(connect?.some((source) => source === 'https:' || source === '*')).toBe(false);
  });

  it('forbid base URLs, form posts and plugins, and keep eval and the office.js CDN to the Outlook page', () => {
    const page = directives(contentSecurityPolicy(realTenant, { forHeader: true, officeJs: false }));
    const outlook = directives(contentSecurityPolicy(realTenant, { forHeader: true, officeJs: true }));
    expect(page.get('base-uri')).toEqual(["'none'"]);
    expect(page.get('form-action')).toEqual(["'none'"]);
    expect(page.get('object-src')).toEqual(["'none'"]);
    expect(page.get('script-src')).toEqual(["'self'"]);
    expect(outlook.get('script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com', "'unsafe-eval'"]);
  });

  it('leave frame-ancestors out of the meta-tag copy, which browsers ignore there', () => {
    const meta = directives(contentSecurityPolicy(realTenant, { forHeader: false, officeJs: false }));
    expect(meta.has('frame-ancestors')).toBe(false);
    expect(meta.get('base-uri')).toEqual(["'none'"]);
  });

  it('name the local tenant, not Microsoft, in a build for the local tenant', () => {
    const local = configFromEnv({ TENANT_PORT: '4123' });
    const connect = directives(contentSecurityPolicy(local, { forHeader: true, officeJs: false })).get('connect-src') ?? [];
    expect(connect).toContain('https://localhost:4123');
    expect(connect).not.toContain('https://graph.microsoft.com');
    expect(connect).not.toContain('https://outlook.office.com');
    // The meeting simulator's live channel: the local Fluid service, never Azure's relay.
    expect(connect).toEqual(expect.arrayContaining(['http://localhost:*', 'ws://localhost:*']));
    expect(connect).not.toContain('wss://*.fluidrelay.azure.com');
  });

  it('ship as Azure Static Web Apps configuration, with the Outlook page’s own policy as a route', () => {
    const swa = staticWebAppConfig(realTenant) as { globalHeaders: Record<string, string>; routes: { route: string; headers: Record<string, string> }[] };
    expect(swa.globalHeaders['X-Content-Type-Options']).toBe('nosniff');
    expect(swa.globalHeaders['Strict-Transport-Security']).toMatch(/^max-age=\d{7,}/);
    expect(swa.globalHeaders['Content-Security-Policy']).not.toContain('appsforoffice');
    expect(swa.routes).toEqual([
      { route: '/outlook.html', headers: { 'Cache-Control': 'no-cache', 'Content-Security-Policy': expect.stringContaining('https://appsforoffice.microsoft.com') } },
      { route: '/*.{js,css}', headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
    ]);
  });

  it('have the host revalidate every page, so an upgrade is seen on the next open (Azure Static Web Apps and the generic list)', () => {
    const pages = [
      { path: '/workspace.html', officeJs: false },
      { path: '/outlook.html', officeJs: true },
    ];
    type Swa = { globalHeaders: Record<string, string>; routes: { route: string; headers: Record<string, string> }[] };
    const swa = staticWebAppConfig(realTenant, pages) as Swa;
    expect(swa.routes.map((route) => [route.route, route.headers['Cache-Control']])).toEqual([
      ['/workspace.html', 'no-cache'],
      ['/outlook.html', 'no-cache'],
      ['/*.{js,css}', 'public, max-age=31536000, immutable'],
    ]);
    expect(swa.routes[0]!.headers['Content-Security-Policy']).toBeUndefined();
    expect(swa.globalHeaders['Cache-Control']).toBeUndefined();
    const blocks = genericHeadersFile(realTenant, pages).trim().split(/\n\n/);
    expect(blocks[0]).not.toContain('Cache-Control');
    expect(blocks[1]).toContain('Cache-Control: no-cache');
    expect(blocks[2]).toContain('Cache-Control: no-cache');
  });

  it('let the browser keep every hashed script and style sheet for good, and nothing else, so a prefetched file is used rather than fetched again', () => {
    const pages = [{ path: '/sidepanel.html', officeJs: false }];
    const swa = staticWebAppConfig(realTenant, pages) as { routes: { route: string; headers: Record<string, string> }[] };
    const forever = swa.routes.filter((route) => route.headers['Cache-Control']?.includes('immutable')).map((route) => route.route);
    expect(forever).toEqual(['/*.{js,css}']);
    const blocks = genericHeadersFile(realTenant, pages).trim().split(/\n\n/);
    expect(blocks.filter((block) => block.includes('immutable')).map((block) => block.split('\n')[0])).toEqual(['/*.js', '/*.css']);
    expect(blocks.find((block) => block.startsWith('/sidepanel.html'))).toContain('Cache-Control: no-cache');
  });

  it('ship as a generic header list with one policy per page, so no host joins two policies', () => {
    const file = genericHeadersFile(realTenant, [
      { path: '/workspace.html', officeJs: false },
      { path: '/outlook.html', officeJs: true },
    ]);
    const blocks = file.trim().split(/\n\n/);
    expect(blocks.map((block) => block.split('\n')[0])).toEqual(['/*', '/workspace.html', '/outlook.html', '/*.js', '/*.css']);
    expect(blocks.slice(3).some((block) => block.includes('Content-Security-Policy'))).toBe(false);
    expect(blocks[0]).not.toContain('Content-Security-Policy');
    expect(blocks[0]).toContain('X-Content-Type-Options: nosniff');
    expect(blocks[1]).toContain("script-src 'self';");
    expect(blocks[2]).toContain("script-src 'self' https://appsforoffice.microsoft.com 'unsafe-eval';");
  });
});
