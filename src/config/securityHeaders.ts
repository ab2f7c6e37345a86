import type { AppConfig } from './appConfig';

/**
 * The HTTP security headers the production app is served with, derived from the one build-time
 * configuration so that the policy names exactly the tenant this build talks to. webpack writes
 * them into the hosting configuration (`staticwebapp.config.json` for Azure Static Web Apps and a
 * generic `_headers` list, see docs/drift.md §6); the pages keep a meta-tag copy for hosts that
 * ignore headers (a meta tag cannot carry `frame-ancestors`).
 */

/** Microsoft's hosts that may frame Teams tabs and Office add-ins ("Tab requirements", learn.microsoft.com). */
export const MICROSOFT_365_FRAME_ANCESTORS = [
  'https://*.cloud.microsoft',
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook-sdf.office.com',
  'https://outlook-sdf.office365.com',
  'https://outlook.live.com',
] as const;

/** office.js must come from Microsoft's CDN (Office Store rules); only the Outlook page loads it. */
export const OFFICE_JS_ORIGIN = 'https://appsforoffice.microsoft.com';
/** teams-js reads its list of valid Teams origins from this CDN in production. */
export const TEAMS_JS_VALID_ORIGINS_ORIGIN = 'https://res.cdn.office.net';
/**
 * Live Share: Teams hands the meeting's Fluid container to Azure Fluid Relay (HTTPS and its web
 * socket). Against the local tenant the meeting simulator points Live Share at the local Fluid
 * service (tinylicious, plain HTTP on a port of its own).
 */
export const LIVE_SHARE_ORIGINS = ['https://*.fluidrelay.azure.com', 'wss://*.fluidrelay.azure.com'] as const;
export const LOCAL_LIVE_SERVICE_ORIGINS = ['http://localhost:*', 'ws://localhost:*'] as const;

/**
 * Graph hands out upload sessions for large event attachments on Outlook's REST host
 * (attachment: createUploadSession returns an uploadUrl there), so the browser PUTs to it directly.
 */
export const OUTLOOK_UPLOAD_ORIGINS = ['https://outlook.office.com', 'https://outlook.office365.com'] as const;

/** The SharePoint host of the configured site: file downloads and upload sessions go there directly. */
export function sharePointOrigin(config: Pick<AppConfig, 'siteId'>): string {
  const host = config.siteId.split(',')[0] ?? '';
  return `https://${host}`;
}

function originOf(url: string): string {
  return new URL(url).origin;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

export interface ContentSecurityPolicyOptions {
  /** `false` leaves out what a meta tag may not carry (frame-ancestors). */
  forHeader: boolean;
  /** The page loads office.js (the Outlook pane): Microsoft's CDN, and eval, which office.js uses. */
  officeJs: boolean;
}

/** The Content-Security-Policy of the production pages, as one header value. */
export function contentSecurityPolicy(config: AppConfig, options: ContentSecurityPolicyOptions): string {
  const graph = originOf(config.graphBaseUrl);
  const authority = originOf(config.authority);
  const isMicrosoftGraph = graph === 'https://graph.microsoft.com';
  const connect = unique([
    "'self'",
    graph,
    authority,
    sharePointOrigin(config),
    TEAMS_JS_VALID_ORIGINS_ORIGIN,
    ...(isMicrosoftGraph ? OUTLOOK_UPLOAD_ORIGINS : []),
    ...(isMicrosoftGraph ? LIVE_SHARE_ORIGINS : LOCAL_LIVE_SERVICE_ORIGINS),
  ]);
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    // office.js evaluates code it loads; only the Outlook page gets the CDN and eval.
    ['script-src', options.officeJs ? ["'self'", OFFICE_JS_ORIGIN, "'unsafe-eval'"] : ["'self'"]],
    // Fluent UI (Griffel) inserts its styles at run time.
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'", 'data:']],
    ['connect-src', connect],
    // MSAL's silent sign-in iframe and office.js's host frames; previews are sandboxed srcdoc frames.
    ['frame-src', unique(["'self'", 'blob:', authority, ...(options.officeJs ? [OFFICE_JS_ORIGIN] : [])])],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
  ];
  if (options.forHeader) directives.push(['frame-ancestors', ["'self'", ...MICROSOFT_365_FRAME_ANCESTORS]]);
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/** The page that loads office.js; every other page and file gets the stricter policy. */
export const OFFICE_JS_PAGE = '/outlook.html';

/** Every header the production host sends with a page or file. */
export function securityHeaders(config: AppConfig, page: { officeJs: boolean } = { officeJs: false }): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(config, { forHeader: true, officeJs: page.officeJs }),
    'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  };
}

/**
 * The pages themselves are the one thing a host must not serve from a cache after an upgrade: they
 * name this version's scripts (whose file names carry a content hash, so they may be cached as long
 * as the host likes). `no-cache` lets the browser and Teams keep a page but ask the host each time
 * whether it changed, so a new version is seen on the next open.
 */
export const PAGE_CACHE_CONTROL = 'no-cache';

/**
 * Every script and style sheet of a production build carries its content's hash in its name
 * (`[name].[contenthash:8]` in webpack.config.js): a new version is a new name, so a browser may keep
 * one for good and never ask again. It also lets a page download now what it may need soon
 * (`<link rel="prefetch">`, ui/shared/browserChunks.ts) and use that copy later: a prefetched file the
 * host forbids storing is downloaded twice. Azure Static Web Apps' wildcard routes filter by file
 * extension (learn.microsoft.com/azure/static-web-apps/configuration, «Wildcard pattern»).
 */
export const HASHED_ASSET_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/** The hashed files' routes: the build's .js and .css, and nothing else (icons and pages keep the host's default or their own). */
const HASHED_ASSET_ROUTES = { swa: '/*.{js,css}', generic: ['/*.js', '/*.css'] } as const;

/** Azure Static Web Apps' configuration file (staticwebapp.config.json). */
export function staticWebAppConfig(config: AppConfig, pages: readonly HostedPage[] = [{ path: OFFICE_JS_PAGE, officeJs: true }]): unknown {
  return {
    globalHeaders: securityHeaders(config),
    // A route's headers are merged over the global ones: the pages are revalidated, and only the policy differs on the Outlook page.
    routes: [
      ...pages.map((page) => ({
        route: page.path,
        headers: {
          'Cache-Control': PAGE_CACHE_CONTROL,
          ...(page.officeJs ? { 'Content-Security-Policy': securityHeaders(config, { officeJs: true })['Content-Security-Policy'] } : {}),
        },
      })),
      { route: HASHED_ASSET_ROUTES.swa, headers: { 'Cache-Control': HASHED_ASSET_CACHE_CONTROL } },
    ],
  };
}

/** One page of the app, as the host serves it. */
export interface HostedPage {
  /** Path on the host, e.g. `/workspace.html`. */
  path: string;
  officeJs: boolean;
}

/**
 * The generic header list (`_headers`: the format of Netlify and Cloudflare Pages, and a plain list
 * for any other host). Those hosts join the values of a header that several blocks set, which would
 * intersect two policies, so the policy is given per page and the other headers once for all.
 */
export function genericHeadersFile(config: AppConfig, pages: readonly HostedPage[]): string {
  const common = Object.fromEntries(Object.entries(securityHeaders(config)).filter(([name]) => name !== 'Content-Security-Policy'));
  const block = (path: string, headers: Record<string, string>): string =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const pageBlocks = pages.map((page) =>
    block(page.path, { 'Content-Security-Policy': contentSecurityPolicy(config, { forHeader: true, officeJs: page.officeJs }), 'Cache-Control': PAGE_CACHE_CONTROL }),
  );
  const assetBlocks = HASHED_ASSET_ROUTES.generic.map((path) => block(path, { 'Cache-Control': HASHED_ASSET_CACHE_CONTROL }));
  return `${[block('/*', common), ...pageBlocks, ...assetBlocks].join('\n\n')}\n`;
}
