import { LOCAL_TENANT, parseAppConfig, type AppConfig } from './appConfig';

/**
 * Builds the app configuration from environment variables (webpack reads `.env` with dotenv and
 * calls this; the result is injected as `__MOTEBOK_CONFIG__`). Anything not set falls back to the
 * local tenant, so `npm start` works on a fresh checkout. Throws `ConfigError` with a Norwegian
 * message when a value is set but wrong — better to fail the build than ship a broken app.
 *
 * | variable | meaning | default |
 * | --- | --- | --- |
 * | MOTEBOK_CLIENT_ID | Entra app (client) id | the local tenant's client |
 * | MOTEBOK_AUTHORITY | sign-in authority | https://localhost:4000/<tenant id> (port from TENANT_PORT when set) |
 * | MOTEBOK_GRAPH_BASE_URL | Graph base URL | https://localhost:4000/v1.0 |
 * | MOTEBOK_SITE_ID | SharePoint site id | the local tenant's site |
 * | MOTEBOK_SHARED_MAILBOX | secretariat's shared mailbox (optional) | none |
 * | MOTEBOK_REDIRECT_URI | MSAL redirect URI (optional) | the page's origin |
 */
export function configFromEnv(env: Record<string, string | undefined>): AppConfig {
  const value = (name: string): string | undefined => {
    const raw = env[name]?.trim();
    return raw ? raw : undefined;
  };
  // The local tenant follows TENANT_PORT, as `npm run tenant` does, so `npm start` works on any port.
  const tenantPort = value('TENANT_PORT');
  const localOrigin = tenantPort ? `https://localhost:${tenantPort}` : LOCAL_TENANT.origin;
  const authority = value('MOTEBOK_AUTHORITY') ?? `${localOrigin}/${LOCAL_TENANT.tenantId}`;
  const graphBaseUrl = value('MOTEBOK_GRAPH_BASE_URL') ?? `${localOrigin}/v1.0`;
  return parseAppConfig({
    clientId: value('MOTEBOK_CLIENT_ID') ?? LOCAL_TENANT.clientId,
    authority,
    graphBaseUrl,
    siteId: value('MOTEBOK_SITE_ID') ?? LOCAL_TENANT.siteId,
    knownAuthorities: knownAuthoritiesFor(authority),
    redirectUri: value('MOTEBOK_REDIRECT_URI'),
    sharedMailbox: value('MOTEBOK_SHARED_MAILBOX'),
  });
}

/** MSAL only trusts Microsoft's own authorities unless told; list the configured one's host. */
function knownAuthoritiesFor(authority: string): string[] {
  try {
    return [new URL(authority).host];
  } catch {
    return []; // parseAppConfig reports the bad authority itself
  }
}
