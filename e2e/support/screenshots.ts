// Where browser tests save their screenshots. By default that is out/screenshots, which git
// ignores, so `npm test` leaves the checkout as clean as it found it. `npm run screenshots` points
// MOTEBOK_SCREENSHOTS at docs/screenshots to refresh the README's pictures on purpose.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The folder for this run's screenshots (relative values are taken from the repository root). */
export const SCREENSHOTS = path.resolve(ROOT, process.env.MOTEBOK_SCREENSHOTS?.trim() || 'out/screenshots');

/** The path for one screenshot; makes the folder when it is missing. */
export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return path.join(SCREENSHOTS, name);
}
