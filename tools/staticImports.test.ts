import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { staticallyReached } from './staticImports';

const SRC = path.resolve(__dirname, '../src');
const relative = (files: Set<string>) => [...files].map((file) => path.relative(SRC, file).split(path.sep).join('/'));

describe('staticallyReached', () => {
  it('follows imports, re-exports and bare imports, not type imports or import()', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'motebok-static-imports-'));
    const files: Record<string, string> = {
      'entry.ts': "import { a } from './a';\nimport type { T } from './typeOnly';\nexport { b } from './b';\nimport './bare';\nconst later = () => import('./later');\n",
      'a.ts': "export const a = 1;\n",
      'b.ts': "export * from './c';\n",
      'c.ts': "export const b = 2;\n",
      'bare.ts': "",
      'typeOnly.ts': "export type T = number;\n",
      'later.ts': "import { a } from './a';\n",
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    const reached = [...staticallyReached(path.join(dir, 'entry.ts'))].map((file) => path.basename(file)).sort();
    expect(reached).toEqual(['a.ts', 'b.ts', 'bare.ts', 'c.ts', 'entry.ts']);
  });
});

describe("the workspace's first view (the `workspace-app` chunk)", () => {
  it("carries neither the committee settings' validation nor their presets, which only the settings' chunk needs", () => {
    const reached = relative(staticallyReached(path.join(SRC, 'ui/workspace/WorkspaceApp.tsx')));
    expect(reached).toContain('domain/blankCommittee.ts');
    expect(reached.filter((file) => /^domain\/committee(Settings|Presets)\.ts$/.test(file))).toEqual([]);
  });
});
