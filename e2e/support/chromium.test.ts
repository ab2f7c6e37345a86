import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDevCertificate } from '../../tenant/devCert';
import { CHROMIUM_ARGS, CHROMIUM_PATH, assertChromiumInstalled, trustCertificateArgs } from './chromium';
import { serveDirectory } from './staticServer';

// What a page does with a file it prefetched (ui/shared/browserChunks.ts): the side panel's members
// download the referent's chunks at idle priority and she evaluates them from the cache (issue 14).
describe('Chromium trusting the dev certificate, against the static host', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'motebok-chromium-'));
  let served: Awaited<ReturnType<typeof serveDirectory>>;
  let browser: Browser;
  let certificate: string;

  beforeAll(async () => {
    assertChromiumInstalled();
    // Incompressible text, so the transfer is the file's whole size.
    writeFileSync(path.join(dir, 'recorder.0a1b2c3d.js'), `window.evaluated = (window.evaluated || 0) + 1; // ${randomBytes(30_000).toString('base64')}\n`);
    writeFileSync(path.join(dir, 'page.html'), '<!doctype html><title>Møtebok</title>\n');
    const cert = await ensureDevCertificate(path.join(dir, 'cert'));
    certificate = cert.cert;
    served = await serveDirectory(dir, cert.key, cert.cert);
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...trustCertificateArgs(certificate)], headless: true });
  });

  afterAll(async () => {
    await browser?.close();
    await served?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Prefetches the script, then runs it from a script element: how often it was evaluated, and the bytes each request took. */
  async function prefetchThenRun(): Promise<{ evaluatedAfterPrefetch: number; evaluated: number; transfers: number[] }> {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${served.url}/page.html`);
      return await page.evaluate(async () => {
        const link = document.createElement('link');
        link.rel = 'prefetch';
        link.href = '/recorder.0a1b2c3d.js';
        await new Promise((resolve) => {
          link.onload = resolve;
          document.head.append(link);
        });
        const state = window as unknown as { evaluated?: number };
        const evaluatedAfterPrefetch = state.evaluated ?? 0;
        const script = document.createElement('script');
        script.src = '/recorder.0a1b2c3d.js';
        await new Promise((resolve) => {
          script.onload = resolve;
          document.head.append(script);
        });
        const transfers = performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('/recorder.0a1b2c3d.js')).map((entry) => (entry as PerformanceResourceTiming).transferSize);
        return { evaluatedAfterPrefetch, evaluated: state.evaluated ?? 0, transfers };
      });
    } finally {
      await context.close();
    }
  }

  it('loads the host\'s pages without ignoring certificate errors', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(`${served.url}/page.html`);
    expect(response?.status()).toBe(200);
    await context.close();
  });

  it('runs a prefetched script from the cache: downloaded once, evaluated only when a script asks for it', async () => {
    const run = await prefetchThenRun();
    expect(run.evaluatedAfterPrefetch).toBe(0);
    expect(run.evaluated).toBe(1);
    expect(run.transfers).toHaveLength(2);
    expect(run.transfers[0]).toBeGreaterThan(20_000);
    // The second is the cache's: nothing came over the network.
    expect(run.transfers[1]).toBe(0);
  });

  it('starts no omnibox popup of its own on a profile, as the cold-load bench opens its pages', async () => {
    const profile = mkdtempSync(path.join(os.tmpdir(), 'motebok-chromium-profile-'));
    const args = [...CHROMIUM_ARGS, ...trustCertificateArgs(certificate)];
    const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, args, headless: true });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`${served.url}/page.html`);
      const browserSession = await context.browser()?.newBrowserCDPSession();
      const session = browserSession ?? (await context.newCDPSession(page));
      const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: { type: string; url: string }[] };
      // Chromium's own window parts are targets of type `browser_ui` (the popup's renderer loads ~400 files).
      expect(targetInfos.filter((target) => target.url.startsWith('chrome://omnibox-popup'))).toEqual([]);
      expect(targetInfos.some((target) => target.url === `${served.url}/page.html`)).toBe(true);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
