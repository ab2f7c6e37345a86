// Debian's Chromium for the browser tests and the cold-load bench, with the flags this machine needs
// (no sandbox as root, no background connections to Google's hosts, which the closed network refuses).
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** Fails loudly rather than skipping: the browser tests need Debian's chromium. */
export function assertChromiumInstalled(): void {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium mangler (${CHROMIUM_PATH}). Installer pakken "chromium" (apt-get install chromium).`);
}
