/**
 * The files a module's static imports reach, as webpack puts them into the module's chunk: `import … from`,
 * `export … from` and bare `import '…'`, followed through the project's relative paths; `import type` (erased) and
 * `import()` (a chunk of its own) are not followed, nor are packages. For tests that keep a page's start-up chunk
 * from carrying what only a later view needs (issue 14).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm;
const EXTENSIONS = ['', '.ts', '.tsx', '.mjs', '.js', '/index.ts', '/index.tsx'];

function resolve(from: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(from), specifier);
  return EXTENSIONS.map((extension) => base + extension).find((file) => existsSync(file) && statSync(file).isFile());
}

/** Every project file `entry` reaches by static imports, `entry` included (absolute paths). */
export function staticallyReached(entry: string): Set<string> {
  const reached = new Set<string>();
  const queue = [path.resolve(entry)];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (reached.has(file)) continue;
    reached.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(STATIC_IMPORT)) {
      const target = resolve(file, match[1] as string);
      if (target !== undefined && !reached.has(target)) queue.push(target);
    }
  }
  return reached;
}
