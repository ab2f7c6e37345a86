import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer rules of ARCHITECTURE.md, checked against deliberately wrong (and right) files.
// A probe at lint-probes/<path> is linted with the repository's own eslint.config.js as if it were
// the file <path>, so its imports resolve exactly as they would there. Each line marked
// `// ✗ <rule>` must be reported by that rule, and nothing else may be reported.

const repo = fileURLToPath(new URL('..', import.meta.url));
const probesDir = path.join(repo, 'lint-probes');
const eslint = new ESLint({ cwd: repo });

// Every row of the import table, probed both ways.
const LAYER_FOLDERS = ['src/domain', 'src/documents', 'src/config', 'src/auth', 'src/graph', 'src/hosts', 'src/hosts/teams', 'src/hosts/outlook', 'src/ui', 'tenant', 'tenant/simulator'];

function probesUnder(folder: string): string[] {
  return readdirSync(path.join(probesDir, folder), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(folder, entry.name);
    if (entry.isDirectory()) return probesUnder(relative);
    return /\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

const probes = ['src', 'tenant'].flatMap((folder) => probesUnder(folder));

function expectedReports(text: string): string[] {
  return text.split('\n').flatMap((line, index) => {
    const rule = /\/\/ ✗ (\S+)\s*$/.exec(line)?.[1];
    return rule ? [`${index + 1} ${rule}`] : [];
  });
}

async function reports(probe: string): Promise<string[]> {
  const text = readFileSync(path.join(probesDir, probe), 'utf8');
  const [result] = await eslint.lintText(text, { filePath: path.join(repo, probe) });
  return (result?.messages ?? []).map((message) => `${message.line} ${message.ruleId ?? message.message}`);
}

describe('the layer rules of ARCHITECTURE.md', () => {
  it('are probed in every layer by a file they must fail and a file they must pass', () => {
    for (const folder of LAYER_FOLDERS) {
      const here = probes.filter((probe) => path.posix.dirname(probe) === folder);
      const marked = here.map((probe) => expectedReports(readFileSync(path.join(probesDir, probe), 'utf8')).length > 0);
      expect({ folder, wrong: marked.some(Boolean), right: marked.some((isWrong) => !isWrong) }).toEqual({ folder, wrong: true, right: true });
    }
  });

  it('leave the probes out of `npm run lint`, which lints the real files in their place', async () => {
    for (const probe of probes) {
      expect({ probe, ignored: await eslint.isPathIgnored(path.join(probesDir, probe)) }).toEqual({ probe, ignored: true });
      expect({ probe, ignored: await eslint.isPathIgnored(path.join(repo, probe)) }).toEqual({ probe, ignored: false });
    }
    expect(await eslint.isPathIgnored(fileURLToPath(import.meta.url))).toBe(false);
  });

  it.each(probes)('report exactly the marked lines of %s', async (probe) => {
    expect(existsSync(path.join(repo, probe)), `${probe} would stand for a real file`).toBe(false);
    const text = readFileSync(path.join(probesDir, probe), 'utf8');
    expect(await reports(probe)).toEqual(expectedReports(text));
  });
});
