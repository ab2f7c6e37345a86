import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { assertChromiumInstalled, connectChromium } from './support/appHarness';
import type { Browser } from 'playwright-core';

/**
 * The real outlook.html from the project's webpack build (development mode), opened in Chromium
 * as a plain web page: office.js must come from node_modules (served next to the app, no CDN), and
 * Office.onReady, finding no Office host, must make the pane say it is not in Outlook.
 */
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.png': 'image/png', '.svg': 'image/svg+xml' };

let outDir: string;
let server: Server;
let baseUrl: string;
let browser: Browser;
const requested: string[] = [];

beforeAll(async () => {
  assertChromiumInstalled();
  // The app as the browser project built it once for this run (e2e/support/appBuild.ts).
  outDir = inject('appBuild').dir;
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    requested.push(url.pathname);
    const file = path.join(outDir, decodeURIComponent(url.pathname));
    if (!file.startsWith(outDir) || !existsSync(file) || !statSync(file).isFile()) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await connectChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

describe('outlook.html outside Outlook', () => {
  it('loads office.js from the app itself and tells the user to open it in Outlook', async () => {
    const html = readFileSync(path.join(outDir, 'outlook.html'), 'utf8');
    expect(html).toContain('<script src="/office-js/office.js">');
    expect(html).not.toMatch(/<script[^>]+src="https:\/\/appsforoffice/);

    const context = await browser.newContext({ viewport: { width: 320, height: 700 }, locale: 'nb-NO' });
    const page = await context.newPage();
    const external: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(baseUrl) && !request.url().startsWith('data:')) external.push(request.url());
    });
    await page.goto(`${baseUrl}/outlook.html`);
    await page.getByText('Ikke åpnet i Outlook').waitFor({ timeout: 30_000 });
    expect(requested).toContain('/office-js/office.js');
    // office.js and its host scripts come from the app; none from Microsoft's CDN in development.
    expect(external.filter((url) => /appsforoffice|\/office[^/]*\.js|outlook[^/]*\.js/i.test(url))).toEqual([]);
    // Nothing else leaves the machine either: teams-js would fetch its valid-origins list from a CDN
    // at once, office.js opens its telemetry frame on Microsoft's host 3 s after loading.
    await page.waitForTimeout(4_000);
    expect(external.filter((url) => !isLocal(url))).toEqual([]);
    await context.close();
  });

  it('contains no teams-js: the Outlook pane never loads the Teams host', () => {
    // Every script outlook.html can load, now or later: the build lists them per surface.
    const scripts = (JSON.parse(readFileSync(path.join(outDir, 'surface-files.json'), 'utf8')) as Record<string, string[]>).outlook ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    const withTeamsJs = scripts.filter((name) => readFileSync(path.join(outDir, name), 'utf8').includes('node_modules/@microsoft/teams-js/'));
    expect(withTeamsJs).toEqual([]);
    expect(scripts.some((name) => readFileSync(path.join(outDir, name), 'utf8').includes('node_modules/react-dom/'))).toBe(true);
  });
});

function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return protocol === 'data:' || protocol === 'blob:' || protocol === 'about:' || hostname === 'localhost' || hostname === '127.0.0.1';
}
