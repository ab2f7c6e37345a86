// The repository must stand alone: a clone with nothing beside it runs its tests. This finds the
// places where a file (other than documentation) reaches for the reference folder that sits beside
// the repository on the machine it was written on.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Built from parts so that this file does not match itself.
const SHARED = 'shared';
const ABSOLUTE = new RegExp(`/work/${SHARED}\\b`, 'g');
const RELATIVE = new RegExp(`((?:\\.\\./)+)${SHARED}\\b((?:/[\\w.@-]+)*)`, 'g');
// Path segments: a resolve() call with a parent segment followed by the folder name.
const SEGMENTS = new RegExp(`['"]\\.\\.['"]\\s*,\\s*['"]${SHARED}['"]`, 'g');
const MODULE_EXTENSIONS = ['', '.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'];
const LINT_PROBES = 'lint-probes/';

export interface OutsideReference {
  file: string;
  line: number;
  text: string;
}

/**
 * References in one file to a `shared` folder outside the repository. A relative path to one is fine when it
 * names something inside the repository (src/ui/shared is the app's own); it is reported when it
 * leaves the repository or names nothing that exists here.
 */
export function outsideReferences(file: string, content: string, root = REPO_ROOT, exists: (p: string) => boolean = existsSync): OutsideReference[] {
  const found: OutsideReference[] = [];
  // A lint probe is linted as if it stood at the path under lint-probes/ (lint-probes/layerRules.test.ts): its imports name the app's files.
  const standsAt = file.startsWith(LINT_PROBES) ? file.slice(LINT_PROBES.length) : file;
  const lines = content.split('\n');
  lines.forEach((text, index) => {
    const report = () => found.push({ file, line: index + 1, text: text.trim() });
    if (text.match(ABSOLUTE) || text.match(SEGMENTS)) return report();
    for (const match of text.matchAll(RELATIVE)) {
      const target = path.resolve(path.dirname(path.join(root, standsAt)), `${match[1] ?? ''}${SHARED}${match[2] ?? ''}`);
      const inside = target === root || target.startsWith(`${root}${path.sep}`);
      if (!inside || !MODULE_EXTENSIONS.some((ext) => exists(`${target}${ext}`))) return report();
    }
  });
  return found;
}

/** Every file of the repository as git sees it (tracked, and new files not ignored), except documentation. */
export function repositoryFiles(root = REPO_ROOT): string[] {
  const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return out.split('\0').filter((file) => file !== '' && !file.endsWith('.md') && existsSync(path.join(root, file)));
}

/** All references outside the repository in its files; binary files are skipped. */
export function findOutsideReferences(root = REPO_ROOT): OutsideReference[] {
  return repositoryFiles(root).flatMap((file) => {
    const bytes = readFileSync(path.join(root, file));
    if (bytes.includes(0)) return [];
    return outsideReferences(file, bytes.toString('utf8'), root);
  });
}
