/**
 * The one configuration Møtebok needs to talk to a tenant. It is fixed at build time: webpack's
 * DefinePlugin replaces `__MOTEBOK_CONFIG__` with the object `configFromEnv(process.env)` returns,
 * so the same bundle never silently talks to two tenants. The local tenant and a real Microsoft 365
 * tenant differ only in these values.
 */

/** The fixed ids of the local tenant (tenant/), used when nothing else is configured. */
export const LOCAL_TENANT = {
  origin: 'https://localhost:4000',
  tenantId: '3f6c2a1e-5b7d-4c9e-8a10-2d4f6b8c0e11',
  clientId: '7d9e2b4c-1a3f-4e5d-9c8b-6a0f1e2d3c4b',
  siteId: 'localhost,5c1e7f3a-2b4d-4e6f-8a9c-0b1d2e3f4a5b,9e8d7c6b-5a4f-4e3d-2c1b-0a9f8e7d6c5b',
} as const;

export interface AppConfig {
  /** Application (client) id of the Entra app registration. */
  clientId: string;
  /** https://login.microsoftonline.com/<tenant id>, or the local tenant's authority. */
  authority: string;
  /** https://graph.microsoft.com/v1.0, or the local tenant's Graph imitation. */
  graphBaseUrl: string;
  /** SharePoint site id "host,siteCollectionId,webId" holding the committee's library and lists. */
  siteId: string;
  /** Host names MSAL may trust as authorities (needed for non-Microsoft authorities such as the local tenant). */
  knownAuthorities: string[];
  redirectUri?: string | undefined;
  /** The secretariat's shared mailbox, when invites are sent from it rather than the user's calendar. */
  sharedMailbox?: string | undefined;
  /**
   * `selected` (MOTEBOK_SITE_ACCESS): Sites.Selected instead of the tenant-wide SharePoint scopes, so the
   * app reaches only the sites an administrator granted it (`SiteAccess` in src/auth/scopes.ts). Absent: tenant-wide.
   */
  siteAccess?: 'tenant' | 'selected' | undefined;
  /**
   * The largest message the organiser's mailbox may send, in bytes (MOTEBOK_MAX_SEND_SIZE_MB × 1,048,576), for a tenant
   * whose administrator raised Exchange Online's MaxSendSize: the innkalling's send dialog and sender plan by it
   * (domain/inviteSize.ts). Absent: Exchange Online's default, 35 MB (domain/limits.ts). Not read from the tenant: its
   * MailTips would need Mail.Read, which Møtebok does not ask for.
   */
  maxSendBytes?: number | undefined;
}

/** MaxSendSize in Exchange Online is set between 1 MB and 150 MB (Exchange Online limits, «Message limits»): in whole megabytes. */
const MEGABYTE = 1024 * 1024;
export const MAX_SEND_SIZE_MB = 150;

/** Configuration is missing or wrong: the message says which value and what it should look like. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/*
 * A plain parser, not a zod schema: every page parses its configuration before its first Graph
 * request, and a schema library (zod was 28 kB gzip) would be in every page's initial JavaScript for this alone
 * (issue 14: cold load). `appConfig.test.ts` holds it to the zod schema it replaced (made strict)
 * over the same cases. The formats are zod's: a UUID of RFC 9562, an address `URL` can parse
 * (trimmed, tabs and line breaks removed, as zod's url() does), zod's e-mail pattern.
 */
const UUID = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
const EMAIL = /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;
const SITE_ID = /^[^,\s]+,[0-9a-f-]{36},[0-9a-f-]{36}$/i;
const FIELDS: ReadonlySet<string> = new Set(['clientId', 'authority', 'graphBaseUrl', 'siteId', 'knownAuthorities', 'redirectUri', 'sharedMailbox', 'siteAccess', 'maxSendBytes']);

/** Parses a raw configuration; every problem is listed in one Norwegian message. Unknown fields are errors, never dropped. */
export function parseAppConfig(raw: unknown): AppConfig {
  const problems: string[] = [];
  const fail = (problem: string): undefined => void problems.push(problem);
  const isObject = typeof raw === 'object' && raw !== null && !Array.isArray(raw);
  const input: Record<string, unknown> = isObject ? (raw as Record<string, unknown>) : {};
  if (!isObject) fail('Konfigurasjonen må være et objekt med innstillinger');
  const httpsUrl = (value: unknown, what: string): string | undefined => {
    const url = typeof value === 'string' ? value.trim().replace(/[\t\n\r]/g, '') : undefined;
    if (url === undefined || !URL.canParse(url)) return fail(`${what} må være en gyldig adresse (https://…)`);
    return url.startsWith('https://') ? url : fail(`${what} må begynne med https://`);
  };
  const { clientId: rawClientId, siteId: rawSiteId, knownAuthorities: rawAuthorities, sharedMailbox: rawMailbox } = input;
  const clientId = typeof rawClientId === 'string' && UUID.test(rawClientId) ? rawClientId : fail('Klient-ID (MOTEBOK_CLIENT_ID) må være en GUID fra app-registreringen');
  const authority = httpsUrl(input['authority'], 'Autoriteten (MOTEBOK_AUTHORITY)');
  const graphUrl = httpsUrl(input['graphBaseUrl'], 'Graph-adressen (MOTEBOK_GRAPH_BASE_URL)');
  const graphBaseUrl = graphUrl === undefined || /\/v1\.0\/?$/.test(graphUrl) ? graphUrl : fail('Graph-adressen (MOTEBOK_GRAPH_BASE_URL) må slutte med /v1.0');
  const siteId =
    typeof rawSiteId !== 'string'
      ? fail('SharePoint-område (MOTEBOK_SITE_ID) mangler')
      : SITE_ID.test(rawSiteId)
        ? rawSiteId
        : fail('SharePoint-område (MOTEBOK_SITE_ID) må ha formen vert,område-ID,web-ID');
  const knownAuthorities =
    Array.isArray(rawAuthorities) && rawAuthorities.every((host): host is string => typeof host === 'string' && host.length > 0)
      ? [...rawAuthorities]
      : fail('Kjente autoriteter (knownAuthorities) må være en liste med vertsnavn');
  const redirectUri = input['redirectUri'] === undefined ? undefined : httpsUrl(input['redirectUri'], 'Omdirigeringsadressen');
  const sharedMailbox = rawMailbox === undefined || (typeof rawMailbox === 'string' && EMAIL.test(rawMailbox)) ? rawMailbox : fail('Felles postboks (MOTEBOK_SHARED_MAILBOX) må være en e-postadresse');
  const rawAccess = input['siteAccess'];
  const siteAccess = rawAccess === undefined || rawAccess === 'tenant' || rawAccess === 'selected' ? rawAccess : fail('MOTEBOK_SITE_ACCESS må være «tenant» eller «selected»');
  const rawSend = input['maxSendBytes'];
  // The build's message (configFromEnv) says it in full; this one is in every page's start-up.
  const sendOk = typeof rawSend === 'number' && Number.isInteger(rawSend / MEGABYTE) && rawSend >= MEGABYTE && rawSend <= MAX_SEND_SIZE_MB * MEGABYTE;
  const maxSendBytes = rawSend === undefined || sendOk ? rawSend : fail(`MOTEBOK_MAX_SEND_SIZE_MB må være 1–${MAX_SEND_SIZE_MB}`);
  for (const key of Object.keys(input)) if (!FIELDS.has(key)) fail(`Ukjent innstilling «${key}»: konfigurasjonen kjenner bare ${[...FIELDS].join(', ')}`);
  if (problems.length > 0 || !clientId || !authority || !graphBaseUrl || !siteId || !knownAuthorities) {
    throw new ConfigError(`Møtebok er ikke riktig konfigurert. Kontakt den som installerte appen.\n${problems.map((problem) => `• ${problem}`).join('\n')}`);
  }
  return {
    clientId,
    authority,
    graphBaseUrl,
    siteId,
    knownAuthorities,
    ...(redirectUri !== undefined ? { redirectUri } : {}),
    ...(typeof sharedMailbox === 'string' ? { sharedMailbox } : {}),
    ...(siteAccess === 'selected' ? { siteAccess } : {}),
    ...(typeof maxSendBytes === 'number' ? { maxSendBytes } : {}),
  };
}

declare const __MOTEBOK_CONFIG__: unknown;

/** The configuration baked into this build (webpack DefinePlugin). */
export function loadAppConfig(): AppConfig {
  if (typeof __MOTEBOK_CONFIG__ === 'undefined') {
    throw new ConfigError('Møtebok er bygget uten konfigurasjon (__MOTEBOK_CONFIG__ mangler). Bygg appen med webpack-oppsettet til prosjektet.');
  }
  return parseAppConfig(__MOTEBOK_CONFIG__);
}

/** Splits the Graph base URL into what the Graph JS client calls `baseUrl` (host) and `defaultVersion`. */
export function graphHostAndVersion(config: Pick<AppConfig, 'graphBaseUrl'>): { host: string; version: string } {
  const url = new URL(config.graphBaseUrl);
  const segments = url.pathname.split('/').filter(Boolean);
  const version = segments.pop() ?? 'v1.0';
  const prefix = segments.length > 0 ? `/${segments.join('/')}` : '';
  return { host: `${url.origin}${prefix}`, version };
}
