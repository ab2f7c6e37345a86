import { ConfigError, LOCAL_TENANT, MAX_SEND_SIZE_MB, parseAppConfig, type AppConfig } from './appConfig';

const MAX_SEND_SIZE_PROBLEM = `Største e-post (MOTEBOK_MAX_SEND_SIZE_MB) må være et helt antall megabyte fra 1 til ${MAX_SEND_SIZE_MB}, som MaxSendSize i Exchange Online (for eksempel 50)`;

/**
 * The four settings that name a tenant. Set one, set all: a build with some of them set and the
 * rest left to the local tenant's defaults would talk to two tenants at once (a real authority with
 * the local tenant's site id, or Graph on localhost), so `configFromEnv` refuses it and names the
 * missing ones instead of filling them in.
 */
export const TENANT_VARIABLES = ['MOTEBOK_CLIENT_ID', 'MOTEBOK_AUTHORITY', 'MOTEBOK_GRAPH_BASE_URL', 'MOTEBOK_SITE_ID'] as const;

/** Entra ID's multi-tenant authorities: Møtebok's registration is single-tenant (`AzureADMyOrg`). */
const SHARED_AUTHORITIES: ReadonlySet<string> = new Set(['common', 'organizations', 'consumers']);

/**
 * Builds the app configuration from environment variables (webpack reads `.env` with dotenv and
 * calls this; the result is injected as `__MOTEBOK_CONFIG__`). With none of `TENANT_VARIABLES` set
 * it is the local tenant's, so `npm start` works on a fresh checkout. Throws `ConfigError` with a
 * Norwegian message naming each variable that is missing or wrong — better to fail the build than
 * ship a broken app.
 *
 * | variable | meaning | default |
 * | --- | --- | --- |
 * | MOTEBOK_CLIENT_ID | Entra app (client) id | the local tenant's client |
 * | MOTEBOK_AUTHORITY | sign-in authority | https://localhost:4000/<tenant id> (port from TENANT_PORT when set) |
 * | MOTEBOK_GRAPH_BASE_URL | Graph base URL | https://localhost:4000/v1.0 |
 * | MOTEBOK_SITE_ID | SharePoint site id | the local tenant's site |
 * | MOTEBOK_SHARED_MAILBOX | secretariat's shared mailbox (optional) | none |
 * | MOTEBOK_REDIRECT_URI | MSAL redirect URI (optional) | the page's own address (MSAL's default) |
 * | MOTEBOK_SITE_ACCESS | `selected`: Sites.Selected instead of the tenant-wide SharePoint scopes (optional) | `tenant` |
 * | MOTEBOK_MAX_SEND_SIZE_MB | the organiser's MaxSendSize in whole megabytes, 1–150, when the administrator raised it (optional) | Exchange Online's 35 |
 */
export function configFromEnv(env: Record<string, string | undefined>): AppConfig {
  const value = (name: string): string | undefined => {
    const raw = env[name]?.trim();
    return raw ? raw : undefined;
  };
  const problems: string[] = [];
  const given = TENANT_VARIABLES.filter((name) => value(name) !== undefined);
  const missing = TENANT_VARIABLES.filter((name) => value(name) === undefined);
  if (given.length > 0 && missing.length > 0) {
    problems.push(
      `${missing.join(', ')} mangler: når ${given.join(', ')} er satt, må alle fire (${TENANT_VARIABLES.join(', ')}) settes. ` +
        'Ellers ville bygget blande inn den lokale testtenantens verdier.',
    );
  }
  // The local tenant follows TENANT_PORT, as `npm run tenant` does, so `npm start` works on any port.
  const tenantPort = value('TENANT_PORT');
  const localOrigin = tenantPort ? `https://localhost:${tenantPort}` : LOCAL_TENANT.origin;
  const authority = value('MOTEBOK_AUTHORITY') ?? `${localOrigin}/${LOCAL_TENANT.tenantId}`;
  const graphBaseUrl = value('MOTEBOK_GRAPH_BASE_URL') ?? `${localOrigin}/v1.0`;
  const authorityProblem = singleTenantAuthorityProblem(authority);
  if (authorityProblem) problems.push(authorityProblem);
  const siteId = value('MOTEBOK_SITE_ID');
  if (siteId !== undefined && /^https?:\/\//i.test(siteId)) {
    problems.push(
      'MOTEBOK_SITE_ID er områdets ID, ikke adressen: spør Graph om GET /sites/<vert>:/sites/<sti>?$select=id ' +
        '(for eksempel i Graph Explorer) og bruk id-en det svarer med (vert,område-ID,web-ID)',
    );
  }
  const redirectUri = value('MOTEBOK_REDIRECT_URI');
  const redirectOk = redirectUri === undefined || (URL.canParse(redirectUri) && redirectUri.startsWith('https://'));
  if (!redirectOk) problems.push(`Omdirigeringsadressen (MOTEBOK_REDIRECT_URI) må være en https://-adresse registrert under «Enkeltsideapplikasjon», fikk «${redirectUri}»`);
  // Whole megabytes as Exchange writes them (Set-Mailbox -MaxSendSize 50MB): «50»; the range is parseAppConfig's.
  const sendSize = value('MOTEBOK_MAX_SEND_SIZE_MB');
  const sendSizeOk = sendSize === undefined || (/^\d{1,3}$/.test(sendSize) && Number(sendSize) >= 1 && Number(sendSize) <= MAX_SEND_SIZE_MB);
  if (!sendSizeOk) problems.push(`${MAX_SEND_SIZE_PROBLEM}, fikk «${sendSize}»`);
  try {
    const config = parseAppConfig({
      clientId: value('MOTEBOK_CLIENT_ID') ?? LOCAL_TENANT.clientId,
      authority,
      graphBaseUrl,
      siteId: siteId ?? LOCAL_TENANT.siteId,
      knownAuthorities: knownAuthoritiesFor(authority),
      redirectUri: redirectOk ? redirectUri : undefined,
      sharedMailbox: value('MOTEBOK_SHARED_MAILBOX'),
      siteAccess: value('MOTEBOK_SITE_ACCESS')?.toLowerCase(),
      maxSendBytes: sendSize !== undefined && sendSizeOk ? Number(sendSize) * 1024 * 1024 : undefined,
    });
    if (problems.length === 0) return config;
  } catch (error) {
    // parseAppConfig's own heading speaks to a user of the built app («Kontakt den som installerte
    // appen»); whoever runs the build is that person, so its problems go under the build's heading.
    if (!(error instanceof ConfigError)) throw error;
    problems.push(...error.message.split('\n').filter((line) => line.startsWith('• ')).map((line) => line.slice(2)));
  }
  throw new ConfigError(`Møtebok er ikke riktig konfigurert (se src/config/README.md).\n${problems.map((problem) => `• ${problem}`).join('\n')}`);
}

/**
 * The authority must be one tenant: `https://<host>/<tenant id or domain>`. Entra ID's v2.0 endpoint
 * (`…/<tenant>/v2.0`, as its metadata document is named) or a longer path would make every sign-in
 * address wrong (`createAuth.ts` derives them from it), and `common`/`organizations` would be
 * refused for a single-tenant registration (AADSTS50194).
 */
function singleTenantAuthorityProblem(authority: string): string | undefined {
  if (!URL.canParse(authority)) return undefined; // parseAppConfig reports it
  const segments = new URL(authority).pathname.split('/').filter(Boolean);
  const example = 'https://login.microsoftonline.com/<tenant-ID>';
  if (segments.length !== 1) return `Autoriteten (MOTEBOK_AUTHORITY) må ha formen ${example}, uten noe etter tenant-ID-en; fikk «${authority}»`;
  if (SHARED_AUTHORITIES.has(segments[0]!.toLowerCase())) {
    return `Autoriteten (MOTEBOK_AUTHORITY) må være deres egen tenant (${example} eller tenantens domene), ikke «${segments[0]}»: app-registreringen gjelder én organisasjon`;
  }
  return undefined;
}

/**
 * One line for the person running `npm run build`: which tenant this bundle talks to, or that it is
 * the local test tenant's (nothing set), which would not work against Microsoft 365.
 */
export function buildTargetSummary(env: Record<string, string | undefined>, config: AppConfig): string {
  if (TENANT_VARIABLES.every((name) => !env[name]?.trim())) {
    return `Møtebok bygges for den lokale testtenanten (${config.authority}): ingen av ${TENANT_VARIABLES.join(', ')} er satt. Dette bygget virker ikke mot Microsoft 365.`;
  }
  return `Møtebok bygges for autoritet ${config.authority}, Graph ${config.graphBaseUrl}, område ${config.siteId}, klient-ID ${config.clientId}.`;
}

/** MSAL only trusts Microsoft's own authorities unless told; list the configured one's host. */
function knownAuthoritiesFor(authority: string): string[] {
  try {
    return [new URL(authority).host];
  } catch {
    return []; // parseAppConfig reports the bad authority itself
  }
}
