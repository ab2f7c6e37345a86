import { z } from 'zod';

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

const httpsUrl = (what: string) =>
  z
    .url({ message: `${what} må være en gyldig adresse (https://…)` })
    .refine((value) => value.startsWith('https://'), `${what} må begynne med https://`);

export const AppConfigSchema = z.object({
  /** Application (client) id of the Entra app registration. */
  clientId: z.uuid({ message: 'Klient-ID (MOTEBOK_CLIENT_ID) må være en GUID fra app-registreringen' }),
  /** https://login.microsoftonline.com/<tenant id>, or the local tenant's authority. */
  authority: httpsUrl('Autoriteten (MOTEBOK_AUTHORITY)'),
  /** https://graph.microsoft.com/v1.0, or the local tenant's Graph imitation. */
  graphBaseUrl: httpsUrl('Graph-adressen (MOTEBOK_GRAPH_BASE_URL)').refine(
    (value) => /\/v1\.0\/?$/.test(value),
    'Graph-adressen (MOTEBOK_GRAPH_BASE_URL) må slutte med /v1.0',
  ),
  /** SharePoint site id "host,siteCollectionId,webId" holding the committee's library and lists. */
  siteId: z
    .string({ message: 'SharePoint-område (MOTEBOK_SITE_ID) mangler' })
    .regex(/^[^,\s]+,[0-9a-f-]{36},[0-9a-f-]{36}$/i, 'SharePoint-område (MOTEBOK_SITE_ID) må ha formen vert,område-ID,web-ID'),
  /** Host names MSAL may trust as authorities (needed for non-Microsoft authorities such as the local tenant). */
  knownAuthorities: z.array(z.string().min(1)),
  redirectUri: httpsUrl('Omdirigeringsadressen').optional(),
  /** The secretariat's shared mailbox, when invites are sent from it rather than the user's calendar. */
  sharedMailbox: z.email({ message: 'Felles postboks (MOTEBOK_SHARED_MAILBOX) må være en e-postadresse' }).optional(),
});
export type AppConfig = z.infer<typeof AppConfigSchema>;

/** Configuration is missing or wrong: the message says which value and what it should look like. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Parses a raw configuration; every problem is listed in one Norwegian message. */
export function parseAppConfig(raw: unknown): AppConfig {
  const parsed = AppConfigSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `• ${issue.message}`).join('\n');
  throw new ConfigError(`Møtebok er ikke riktig konfigurert. Kontakt den som installerte appen.\n${problems}`);
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
