import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { ConfigError, LOCAL_TENANT, parseAppConfig } from './appConfig';

/*
 * The zod schema `parseAppConfig` replaced (kept here only as the yardstick), made strict: unknown
 * fields are errors, never dropped. The plain parser must accept and refuse exactly what it does,
 * and give back the same values.
 */
const httpsUrl = (what: string) =>
  z.url({ message: `${what} må være en gyldig adresse (https://…)` }).check(z.refine((value) => value.startsWith('https://'), `${what} må begynne med https://`));
const ZodAppConfig = z.strictObject({
  clientId: z.uuid({ message: 'Klient-ID (MOTEBOK_CLIENT_ID) må være en GUID fra app-registreringen' }),
  authority: httpsUrl('Autoriteten (MOTEBOK_AUTHORITY)'),
  graphBaseUrl: httpsUrl('Graph-adressen (MOTEBOK_GRAPH_BASE_URL)').check(z.refine((value) => /\/v1\.0\/?$/.test(value), 'Graph-adressen (MOTEBOK_GRAPH_BASE_URL) må slutte med /v1.0')),
  siteId: z.string({ message: 'SharePoint-område (MOTEBOK_SITE_ID) mangler' }).check(z.regex(/^[^,\s]+,[0-9a-f-]{36},[0-9a-f-]{36}$/i, 'SharePoint-område (MOTEBOK_SITE_ID) må ha formen vert,område-ID,web-ID')),
  knownAuthorities: z.array(z.string().check(z.minLength(1))),
  redirectUri: z.optional(httpsUrl('Omdirigeringsadressen')),
  sharedMailbox: z.optional(z.email({ message: 'Felles postboks (MOTEBOK_SHARED_MAILBOX) må være en e-postadresse' })),
  // Added after the replacement (MOTEBOK_MAX_SEND_SIZE_MB): whole megabytes from 1 to 150, in bytes.
  maxSendBytes: z.optional(z.number().check(z.refine((n) => Number.isInteger(n / 1_048_576) && n >= 1_048_576 && n <= 150 * 1_048_576))),
});

const valid = {
  clientId: LOCAL_TENANT.clientId,
  authority: `${LOCAL_TENANT.origin}/${LOCAL_TENANT.tenantId}`,
  graphBaseUrl: `${LOCAL_TENANT.origin}/v1.0`,
  siteId: LOCAL_TENANT.siteId,
  knownAuthorities: ['localhost:4000'],
};

const CASES: [string, unknown][] = [
  ['the local tenant', valid],
  ['a real tenant with every optional value', { ...valid, authority: 'https://login.microsoftonline.com/3f6c2a1e-5b7d-4c9e-8a10-2d4f6b8c0e11', graphBaseUrl: 'https://graph.microsoft.com/v1.0/', redirectUri: 'https://motebok.example.no/', sharedMailbox: 'sekretariat@kommune.example.no', knownAuthorities: [] }],
  ['optional values given as undefined', { ...valid, redirectUri: undefined, sharedMailbox: undefined }],
  ['an address with spaces around it', { ...valid, authority: `  ${valid.authority} ` }],
  ['an upper-case GUID', { ...valid, clientId: valid.clientId.toUpperCase() }],
  ['the nil GUID', { ...valid, clientId: '00000000-0000-0000-0000-000000000000' }],
  ['a client id that is no GUID', { ...valid, clientId: 'min-app' }],
  ['a GUID of no RFC version', { ...valid, clientId: '7d9e2b4c-1a3f-0e5d-9c8b-6a0f1e2d3c4b' }],
  ['a missing client id', { ...valid, clientId: undefined }],
  ['an http authority', { ...valid, authority: 'http://login.microsoftonline.com/x' }],
  ['an authority that is no address', { ...valid, authority: 'login.microsoftonline.com' }],
  ['a Graph address without /v1.0', { ...valid, graphBaseUrl: 'https://graph.microsoft.com/beta' }],
  ['a Graph address that is a number', { ...valid, graphBaseUrl: 42 }],
  ['a site id of the wrong form', { ...valid, siteId: 'contoso.sharepoint.com' }],
  ['a missing site id', { ...valid, siteId: undefined }],
  ['an empty known authority', { ...valid, knownAuthorities: [''] }],
  ['known authorities that are no list', { ...valid, knownAuthorities: 'localhost' }],
  ['an http redirect address', { ...valid, redirectUri: 'http://localhost:3000' }],
  ['a shared mailbox that is no address', { ...valid, sharedMailbox: 'sekretariatet' }],
  ['a raised MaxSendSize', { ...valid, maxSendBytes: 50 * 1_048_576 }],
  ['a MaxSendSize past Exchange Online\'s 150 MB', { ...valid, maxSendBytes: 151 * 1_048_576 }],
  ['a MaxSendSize of no whole megabytes', { ...valid, maxSendBytes: 50 * 1_048_576 + 1 }],
  ['a MaxSendSize given as text', { ...valid, maxSendBytes: '50' }],
  ['an unknown field', { ...valid, tenantName: 'Kommunen' }],
  ['no object', 'clientId=x'],
  ['null', null],
  ['a list', [valid]],
];

describe('parseAppConfig', () => {
  it.each(CASES)('agrees with the zod schema it replaced: %s', (_what, raw) => {
    const expected = ZodAppConfig.safeParse(raw);
    if (expected.success) {
      expect(parseAppConfig(raw)).toEqual(expected.data);
    } else {
      expect(() => parseAppConfig(raw)).toThrow(ConfigError);
    }
  });

  it('names each problem in Norwegian, with the variable to fix', () => {
    expect(() => parseAppConfig({ ...valid, clientId: 'min-app', graphBaseUrl: 'https://graph.microsoft.com/beta' })).toThrow(
      /ikke riktig konfigurert[\s\S]*• Klient-ID \(MOTEBOK_CLIENT_ID\) må være en GUID[\s\S]*• Graph-adressen \(MOTEBOK_GRAPH_BASE_URL\) må slutte med \/v1\.0/,
    );
  });

  it('refuses an unknown field by name instead of dropping it', () => {
    expect(() => parseAppConfig({ ...valid, tenantName: 'Kommunen' })).toThrow(/Ukjent innstilling «tenantName»/);
  });
});
