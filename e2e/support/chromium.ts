// Debian's Chromium for the browser tests and the cold-load bench, with the flags this machine needs
// (no sandbox as root, no background connections to Google's hosts, which the closed network refuses).
import { createHash, X509Certificate } from 'node:crypto';
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

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
