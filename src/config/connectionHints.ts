import type { AppConfig } from './appConfig';

/**
 * The origins a page's HTML tells the browser to connect to before it asks them anything
 * (`<link rel="preconnect" crossorigin>`, issue 14: cold load), from the one build-time configuration.
 *
 * Every page's first reads go to Graph, and the first Graph request of a fresh page otherwise opens
 * its connection (DNS, TCP, TLS) only when the token is at hand, then sends the CORS preflight
 * (`OPTIONS`: the request carries `Authorization`) and only then the read. The hint lets the
 * connection be set up while the page's scripts download and evaluate. Graph is asked with `fetch()`
 * without credentials, which uses the browser's anonymous connection pool, so the hint needs
 * `crossorigin` (anonymous); without it the browser opens a credentialed connection the request
 * cannot use.
 *
 * The authority is contacted by the page itself only by MSAL's standard application in a plain
 * browser (a token renewed with `fetch()` against its token endpoint, the code redeemed after the
 * popup); in Teams and Outlook the host signs in (nested app auth). So only the page made for a plain
 * browser too (the workspace) hints it — inside Teams that one connection goes unused — and the Teams
 * pages, whose browser path is a fallback, do not.
 *
 * An origin is hinted once (the local tenant serves Graph and sign-in from one origin), and only an
 * https one: `parseAppConfig` refuses anything else.
 */
function httpsOrigin(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  return parsed.protocol === 'https:' ? parsed.origin : undefined;
}

/** `page.browserSignIn`: the page runs in a plain browser as well as in Teams, and signs in there with MSAL's standard application. */
export function connectionHints(config: Pick<AppConfig, 'graphBaseUrl' | 'authority'>, page: { browserSignIn: boolean }): string[] {
  const origins = [httpsOrigin(config.graphBaseUrl), page.browserSignIn ? httpsOrigin(config.authority) : undefined];
  return [...new Set(origins.filter((origin): origin is string => origin !== undefined))];
}
