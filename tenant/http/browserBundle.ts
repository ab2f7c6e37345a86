// Compiles a simulator's TypeScript for the browser on request (esbuild, a dev dependency), so
// `npm run tenant` and `npm start` need no build step. The bundle is kept until one of the files
// that went into it changes, so editing a simulator and reloading the page shows the change.
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface CachedBundle {
  code: Buffer;
  /** Every input file with the modification time it had when bundled. */
  inputs: Array<[string, number]>;
}

const cache = new Map<string, CachedBundle>();
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function mtime(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return -1;
  }
}

/** One self-contained ES module for `entry` (an absolute .ts path), cached while its inputs stand still. */
export async function browserBundle(entry: string): Promise<Buffer> {
  const cached = cache.get(entry);
  if (cached && cached.inputs.every(([file, time]) => mtime(file) === time)) return cached.code;
  // Loaded on the first simulator request only: the tenant starts without it.
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    write: false,
    metafile: true,
    absWorkingDir: ROOT,
    sourcemap: 'inline',
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`esbuild produced nothing for ${entry}`);
  const inputs = Object.keys(result.metafile.inputs).map((file): [string, number] => {
    const full = path.resolve(ROOT, file);
    return [full, mtime(full)];
  });
  const bundle: CachedBundle = { code: Buffer.from(output.contents), inputs };
  cache.set(entry, bundle);
  return bundle.code;
}
