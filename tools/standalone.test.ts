import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SPEC_PATH } from '../tenant/contract/graphContract';
import { findOutsideReferences, outsideReferences, REPO_ROOT } from './standalone';

const root = '/repo';
const existing = new Set(['/repo/src/ui/shared/MotebokProvider.tsx', '/repo/src/ui/shared']);
const exists = (p: string) => existing.has(p);
const up = '..';

describe('the repository stands alone', () => {
  it('no file outside documentation refers to a folder beside the repository', () => {
    expect(findOutsideReferences()).toEqual([]);
  });

  it('reads the Graph OpenAPI description from inside the repository', () => {
    expect(path.relative(REPO_ROOT, SPEC_PATH)).toBe(path.join('tenant', 'contract', 'openapi', 'graph-v1.0-subset.relaxed.openapi.json'));
  });

  it('reports a relative path that leaves the repository, an absolute one, and path segments', () => {
    const text = [
      `const dir = '${up}/${up}/${up}/shared/graph-openapi';`,
      `// from /work/${'shared'}/seeds/001.txt`,
      `path.resolve(repoRoot, '${up}', 'shared', 'graph-openapi');`,
    ].join('\n');
    expect(outsideReferences('tenant/contract/x.ts', text, root, exists).map((r) => r.line)).toEqual([1, 2, 3]);
  });

  it('reports a relative path that stays inside but names nothing there (a copied comment)', () => {
    expect(outsideReferences('src/graph/testing/x.ts', `// (${up}/shared/graph-openapi)`, root, exists)).toHaveLength(1);
  });

  it("reads a lint probe's import from where the probe is linted as standing, and still reports one that names nothing there", () => {
    expect(outsideReferences('lint-probes/src/ui/outlook/x.tsx', `import { MotebokProvider } from '${up}/shared/MotebokProvider';`, root, exists)).toEqual([]);
    expect(outsideReferences('lint-probes/src/ui/outlook/x.tsx', `import { Nothing } from '${up}/shared/Nothing';`, root, exists)).toHaveLength(1);
  });

  it("accepts the app's own src/ui/shared and the word shared", () => {
    const text = [`import { MotebokProvider } from '${up}/shared/MotebokProvider';`, '// the machine is shared', 'const shared = 1;'].join('\n');
    expect(outsideReferences('src/ui/outlook/x.tsx', text, root, exists)).toEqual([]);
  });
});
