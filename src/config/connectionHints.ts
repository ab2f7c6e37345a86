import type { AppConfig } from './appConfig';

/**
 * The origins a page tells the browser to connect to before it asks them anything
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
 * The authority is contacted by the page itself only for MSAL's standard application in a plain
 * browser (a token renewed with `fetch()` against its token endpoint, the code redeemed after the
 * popup); in Teams and Outlook the host signs in (nested app auth), so the authority is hinted only
 * to a page's browser path (`ui/shared/browserChunks.ts`), never from its HTML.
 *
 * An origin is hinted once (the local tenant serves Graph and sign-in from one origin), and only an
 * https one: `parseAppConfig` refuses anything else, and a hint to a plain-http origin would be a
 * connection the page should not make.
 */
export interface ConnectionHints {
  /** Hinted by the page's HTML: every page reads Graph as it starts. */
  html: string[];
  /** Hinted once the page knows it is in a plain browser and signs in with MSAL's standard application. */
  browser: string[];
}

function httpsOrigin(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  return parsed.protocol === 'https:' ? parsed.origin : undefined;
}

/**
 * `page.browserSignIn`: the page can run in a plain browser and signs in there with MSAL's standard
 * application (its build names the `msal` chunk for a browser: `browserChunks` in webpack.config.js).
 */
export function connectionHints(config: Pick<AppConfig, 'graphBaseUrl' | 'authority'>, page: { browserSignIn: boolean }): ConnectionHints {
  const graph = httpsOrigin(config.graphBaseUrl);
  const authority = httpsOrigin(config.authority);
  const html = graph ? [graph] : [];
  const browser = page.browserSignIn && authority && !html.includes(authority) ? [authority] : [];
  return { html, browser };
}
