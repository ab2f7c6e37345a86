import { createHash, createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { startTempTenant, type TempTenant } from '../testing/fixture.js';

let t: TempTenant;
let browser: Browser;
let app: Server;
let appOrigin: string;

/**
 * A minimal SPA using @azure/msal-browser (its UMD build) exactly as an app would: configured only
 * with the authority, knownAuthorities and the Graph base URL. Served from http://localhost (a
 * secure context) on a free port, which the seeded app registration accepts as a redirect URI.
 */
function appPage(): string {
  const config = {
    clientId: t.tenant.info.clientId,
    authority: t.tenant.info.authority,
    knownAuthorities: [new URL(t.tenant.url).host],
    graph: t.tenant.info.graphBaseUrl,
  };
  return `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>laster</title><script src="/msal.js"></script></head><body><script>
const c = ${JSON.stringify(config)};
(async () => {
  try {
    const pca = new msal.PublicClientApplication({ auth: { clientId: c.clientId, authority: c.authority, knownAuthorities: c.knownAuthorities, redirectUri: location.origin + '/' }, cache: { cacheLocation: 'sessionStorage' } });
    await pca.initialize();
    const result = await pca.handleRedirectPromise();
    const account = result?.account ?? pca.getAllAccounts()[0];
    if (!account) { await pca.loginRedirect({ scopes: ['User.Read'], loginHint: 'per.christian.voss@siv.example.no' }); return; }
    const token = await pca.acquireTokenSilent({ account, scopes: ['User.Read'] });
    const me = await fetch(c.graph + '/me', { headers: { Authorization: 'Bearer ' + token.accessToken } });
    const body = await me.json();
    document.title = 'OK ' + me.status + ' ' + body.displayName + ' ' + (me.headers.get('request-id') ? 'request-id' : 'no-request-id');
  } catch (e) {
    document.title = 'FEIL ' + (e && e.errorCode ? e.errorCode + ' ' : '') + String(e && e.message || e);
  }
})();
</script></body></html>`;
}

beforeAll(async () => {
  t = await startTempTenant();
  const msalBundle = readFileSync(createRequire(import.meta.url).resolve('@azure/msal-browser').replace(/msal-browser\.(c?js|mjs)$/, 'msal-browser.min.js'));
  app = createServer((req, res) => {
    if (req.url === '/msal.js') { res.writeHead(200, { 'Content-Type': 'text/javascript' }); res.end(msalBundle); return; }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(appPage());
  });
  await new Promise<void>((r) => app.listen(0, 'localhost', () => r()));
  appOrigin = `http://localhost:${(app.address() as AddressInfo).port}`;
  const spki = createHash('sha256').update(createPublicKey(readFileSync(t.tenant.info.certificatePath, 'utf8')).export({ type: 'spki', format: 'der' })).digest('base64');
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', `--ignore-certificate-errors-spki-list=${spki}`] });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await new Promise((r) => app?.close(r));
  await t.dispose();
});

describe('@azure/msal-browser against the local authority', () => {
  it('signs in by redirect (auth code + PKCE), redeems the code over CORS, and calls Graph with the token', async () => {
    const page = await browser.newPage();
    await page.goto(`${appOrigin}/`);
    await page.waitForURL((url) => url.pathname.endsWith('/oauth2/v2.0/authorize'), { timeout: 20_000 });
    // login_hint focuses the hinted user; Enter signs in, as a keyboard user would.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Per Christian Voss');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.origin === appOrigin, { timeout: 20_000 });
    await expect.poll(() => page.title(), { timeout: 20_000 }).toMatch(/^(OK|FEIL)/);
    expect(await page.title()).toBe('OK 200 Per Christian Voss request-id');
    await page.close();
  }, 60_000);
});
