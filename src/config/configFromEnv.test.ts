import { describe, expect, it } from 'vitest';
import { buildTargetSummary, configFromEnv } from './configFromEnv';
import { ConfigError, graphHostAndVersion, LOCAL_TENANT, parseAppConfig } from './appConfig';

describe('configFromEnv', () => {
  it('defaults to the local tenant when nothing is set', () => {
    const config = configFromEnv({});
    expect(config.clientId).toBe(LOCAL_TENANT.clientId);
    expect(config.graphBaseUrl).toBe('https://localhost:4000/v1.0');
    expect(config.authority).toBe(`https://localhost:4000/${LOCAL_TENANT.tenantId}`);
    expect(config.siteId).toBe(LOCAL_TENANT.siteId);
    expect(config.knownAuthorities).toEqual(['localhost:4000']);
    expect(config.sharedMailbox).toBeUndefined();
  });

  it('follows TENANT_PORT for the local tenant, as npm run tenant does', () => {
    const config = configFromEnv({ TENANT_PORT: '4100' });
    expect(config.authority).toBe(`https://localhost:4100/${LOCAL_TENANT.tenantId}`);
    expect(config.graphBaseUrl).toBe('https://localhost:4100/v1.0');
    expect(config.knownAuthorities).toEqual(['localhost:4100']);
  });

  it('takes a real tenant from the environment', () => {
    const config = configFromEnv({
      MOTEBOK_CLIENT_ID: '11111111-2222-4333-8444-555555555555',
      MOTEBOK_AUTHORITY: 'https://login.microsoftonline.com/contoso.onmicrosoft.com',
      MOTEBOK_GRAPH_BASE_URL: 'https://graph.microsoft.com/v1.0',
      MOTEBOK_SITE_ID: 'contoso.sharepoint.com,5c1e7f3a-2b4d-4e6f-8a9c-0b1d2e3f4a5b,9e8d7c6b-5a4f-4e3d-2c1b-0a9f8e7d6c5b',
      MOTEBOK_SHARED_MAILBOX: 'sekretariat@contoso.no',
    });
    expect(config.knownAuthorities).toEqual(['login.microsoftonline.com']);
    expect(config.sharedMailbox).toBe('sekretariat@contoso.no');
  });

  it('switches the SharePoint scopes to Sites.Selected with MOTEBOK_SITE_ACCESS=selected, and refuses any other value by name', () => {
    expect(configFromEnv({ MOTEBOK_SITE_ACCESS: 'selected' }).siteAccess).toBe('selected');
    expect(configFromEnv({ MOTEBOK_SITE_ACCESS: 'Selected ' }).siteAccess).toBe('selected');
    // tenant-wide is the default and leaves the configuration as it always was
    expect(configFromEnv({ MOTEBOK_SITE_ACCESS: 'tenant' })).toEqual(configFromEnv({}));
    expect(() => configFromEnv({ MOTEBOK_SITE_ACCESS: 'one-site' })).toThrow(/MOTEBOK_SITE_ACCESS.*«tenant» eller «selected»/);
  });

  it('takes the organiser\'s raised MaxSendSize in whole megabytes (MOTEBOK_MAX_SEND_SIZE_MB), and refuses anything else by name', () => {
    expect(configFromEnv({ MOTEBOK_MAX_SEND_SIZE_MB: '50' }).maxSendBytes).toBe(50 * 1024 * 1024);
    expect(configFromEnv({ MOTEBOK_MAX_SEND_SIZE_MB: ' 150 ' }).maxSendBytes).toBe(150 * 1024 * 1024);
    // Unset: Exchange Online's default is the app's (domain/limits.ts), and the configuration is as it always was.
    expect(configFromEnv({})).not.toHaveProperty('maxSendBytes');
    expect(configFromEnv({ MOTEBOK_MAX_SEND_SIZE_MB: '' })).toEqual(configFromEnv({}));
    for (const wrong of ['50MB', '35,5', '0', '151', 'stor']) {
      expect(() => configFromEnv({ MOTEBOK_MAX_SEND_SIZE_MB: wrong })).toThrow(/MOTEBOK_MAX_SEND_SIZE_MB\) må være et helt antall megabyte fra 1 til 150/);
    }
    expect(() => configFromEnv({ MOTEBOK_MAX_SEND_SIZE_MB: '50MB' })).toThrow(/fikk «50MB»/);
  });

  it('rejects a wrong value with a Norwegian message naming the variable', () => {
    expect(() => configFromEnv({ MOTEBOK_CLIENT_ID: 'min-app', MOTEBOK_GRAPH_BASE_URL: 'http://graph.local' })).toThrow(ConfigError);
    try {
      configFromEnv({ MOTEBOK_CLIENT_ID: 'min-app', MOTEBOK_GRAPH_BASE_URL: 'http://graph.local' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('MOTEBOK_CLIENT_ID');
      expect(message).toContain('MOTEBOK_GRAPH_BASE_URL');
      expect(message).toContain('ikke riktig konfigurert');
    }
  });

  const REAL = {
    MOTEBOK_CLIENT_ID: '11111111-2222-4333-8444-555555555555',
    MOTEBOK_AUTHORITY: 'https://login.microsoftonline.com/aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
    MOTEBOK_GRAPH_BASE_URL: 'https://graph.microsoft.com/v1.0',
    MOTEBOK_SITE_ID: 'sivhf.sharepoint.com,5c1e7f3a-2b4d-4e6f-8a9c-0b1d2e3f4a5b,9e8d7c6b-5a4f-4e3d-2c1b-0a9f8e7d6c5b',
  };
  const messageOf = (env: Record<string, string>): string => {
    try {
      configFromEnv(env);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return (error as Error).message;
    }
    throw new Error('configFromEnv accepted it');
  };

  it.each(Object.keys(REAL))('refuses a real tenant with %s left out instead of taking the local tenant\'s value', (left) => {
    const env: Record<string, string> = { ...REAL };
    delete env[left];
    const message = messageOf(env);
    expect(message).toContain(`${left} mangler`);
    expect(message).toContain('ikke riktig konfigurert');
  });

  it.each([
    ['MOTEBOK_CLIENT_ID', { MOTEBOK_CLIENT_ID: 'Møtebok' }],
    ['MOTEBOK_GRAPH_BASE_URL', { MOTEBOK_GRAPH_BASE_URL: 'https://graph.microsoft.com/beta' }],
    ['MOTEBOK_SITE_ID', { MOTEBOK_SITE_ID: 'sivhf.sharepoint.com' }],
    ['MOTEBOK_SHARED_MAILBOX', { MOTEBOK_SHARED_MAILBOX: 'sekretariat' }],
    ['MOTEBOK_SITE_ACCESS', { MOTEBOK_SITE_ACCESS: 'site' }],
  ])('tells whoever builds, not a user of the app, what is wrong with %s alone', (name, wrong) => {
    const message = messageOf({ ...REAL, ...wrong });
    expect(message).toContain(name);
    expect(message).toContain('src/config/README.md');
    expect(message).not.toContain('Kontakt den som installerte appen');
  });

  it('names every tenant setting left out when only the authority is set', () => {
    expect(messageOf({ MOTEBOK_AUTHORITY: REAL.MOTEBOK_AUTHORITY })).toContain('MOTEBOK_CLIENT_ID, MOTEBOK_GRAPH_BASE_URL, MOTEBOK_SITE_ID mangler');
  });

  it.each([
    ['the v2.0 endpoint', 'https://login.microsoftonline.com/aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee/v2.0', 'uten noe etter tenant-ID-en'],
    ['no tenant', 'https://login.microsoftonline.com', 'uten noe etter tenant-ID-en'],
    ['common', 'https://login.microsoftonline.com/common', 'ikke «common»'],
    ['organizations', 'https://login.microsoftonline.com/organizations/', 'ikke «organizations»'],
  ])('refuses an authority that is not one tenant: %s', (_, authority, expected) => {
    const message = messageOf({ ...REAL, MOTEBOK_AUTHORITY: authority });
    expect(message).toContain('MOTEBOK_AUTHORITY');
    expect(message).toContain(expected);
  });

  it('takes the tenant by its domain as well as by its id', () => {
    expect(configFromEnv({ ...REAL, MOTEBOK_AUTHORITY: 'https://login.microsoftonline.com/sivhf.onmicrosoft.com' }).authority).toBe('https://login.microsoftonline.com/sivhf.onmicrosoft.com');
  });

  it('tells how to find the site id when the site\'s address is given', () => {
    const message = messageOf({ ...REAL, MOTEBOK_SITE_ID: 'https://sivhf.sharepoint.com/sites/motebok' });
    expect(message).toContain('MOTEBOK_SITE_ID er områdets ID, ikke adressen');
    expect(message).toContain('GET /sites/<vert>:/sites/<sti>');
  });

  it('names MOTEBOK_REDIRECT_URI when it is not an https address', () => {
    expect(messageOf({ ...REAL, MOTEBOK_REDIRECT_URI: 'brk-multihub://motebok.sivhf.no' })).toContain('MOTEBOK_REDIRECT_URI');
    expect(configFromEnv({ ...REAL, MOTEBOK_REDIRECT_URI: 'https://motebok.sivhf.no/workspace.html' }).redirectUri).toBe('https://motebok.sivhf.no/workspace.html');
  });

  it('says which tenant a build is for, and when it is only the local test tenant', () => {
    expect(buildTargetSummary({}, configFromEnv({}))).toMatch(/lokale testtenanten.*virker ikke mot Microsoft 365/);
    const real = buildTargetSummary(REAL, configFromEnv(REAL));
    expect(real).toContain(REAL.MOTEBOK_AUTHORITY);
    expect(real).toContain(REAL.MOTEBOK_SITE_ID);
    expect(real).not.toContain('lokale');
  });

  it('reports a missing configuration object clearly', () => {
    expect(() => parseAppConfig(undefined)).toThrow(/ikke riktig konfigurert/);
  });
});

describe('graphHostAndVersion', () => {
  it('splits the base URL into host and version for the Graph client', () => {
    expect(graphHostAndVersion({ graphBaseUrl: 'https://localhost:4567/v1.0' })).toEqual({ host: 'https://localhost:4567', version: 'v1.0' });
    expect(graphHostAndVersion({ graphBaseUrl: 'https://graph.microsoft.com/v1.0/' })).toEqual({ host: 'https://graph.microsoft.com', version: 'v1.0' });
  });
});
