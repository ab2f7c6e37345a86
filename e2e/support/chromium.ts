// Debian's Chromium for the browser tests and the cold-load bench, with the flags this machine needs
// (no sandbox as root, no background connections to Google's hosts, which the closed network refuses).
// Without the last flag a browser with a window (the cold-load bench's, on a profile of its own) also
// started a renderer for Chromium's omnibox popup (`--top-chrome-webui`: chrome://omnibox-popup.top-chrome,
// about 400 of its own files loaded and run in the browser's first second). Headless, nobody sees it; on
// two cores it took CPU from the page the run had just opened — the reference, the floor or the page, at
// random (2 of 9 traces of 2026-12-07 14:22 UTC had it inside the measured window). Any of the three
// features starts it, so all three are off. `chromium.test.ts` checks it is gone.
import { createHash, X509Certificate } from 'node:crypto';
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup',
];

/** Fails loudly rather than skipping: the browser tests need Debian's chromium. */
export function assertChromiumInstalled(): void {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium mangler (${CHROMIUM_PATH}). Installer pakken "chromium" (apt-get install chromium).`);
}

/**
 * Chromium's flag that trusts the dev certificate (PEM) by its public key, as a browser trusts a real
 * host's certificate. Not the same as Playwright's `ignoreHTTPSErrors`: Chromium keeps nothing in its
 * HTTP cache from a host whose certificate it only ignores, so a page's prefetched file was fetched a
 * second time when used, and a production host's cache rules could not be measured (issue 14: the
 * cold-load bench). Its value is the base64 SHA-256 of the certificate's SubjectPublicKeyInfo.
 */
export function trustCertificateArgs(certificatePem: string): string[] {
  const spki = new X509Certificate(certificatePem).publicKey.export({ type: 'spki', format: 'der' });
  return [`--ignore-certificate-errors-spki-list=${createHash('sha256').update(spki).digest('base64')}`];
}
