// src/domain, src/documents, src/graph, src/config, src/auth and src/hosts are built as free of side effects
// (`SIDE_EFFECT_FREE_LAYERS` in webpack.config.js): a page bundles one of their modules only for exports it uses.
// That is safe while no module of theirs does anything at top level that another relies on without importing a
// name from it. This reads each of them and fails on a top-level statement that is not an import of names, an
// export, a declaration or a variable's initialiser, so a module that starts registering, patching or
// polyfilling is seen before a page loses it. The rule takes only .ts/.tsx: the .js and .mjs beside them
// (the Outlook simulator's prelude, a script the dev server serves as it is; a webpack loader) are not bundled.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..');
const LAYERS = ['src/domain', 'src/documents', 'src/graph', 'src/config', 'src/auth', 'src/hosts'];

/** The module's top-level statements that could act on something but its own declarations. */
function topLevelEffects(source: string): string[] {
  const tree = ts.createSourceFile('module.ts', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  return tree.statements
    .filter((statement) => {
      // `import './x'` is there for what x does when it runs: exactly what the build may now drop.
      if (ts.isImportDeclaration(statement)) return statement.importClause === undefined;
      if (ts.isExportDeclaration(statement) || ts.isExportAssignment(statement) || ts.isImportEqualsDeclaration(statement)) return false;
      if (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isInterfaceDeclaration(statement)) return false;
      if (ts.isTypeAliasDeclaration(statement) || ts.isEnumDeclaration(statement) || ts.isModuleDeclaration(statement)) return false;
      // A constant's initialiser (a schema, a table, a formatter) makes the value the module exports or uses.
      if (ts.isVariableStatement(statement)) return false;
      return true;
    })
    .map((statement) => statement.getText(tree).slice(0, 120));
}

function layerModules(): string[] {
  return LAYERS.flatMap((layer) =>
    readdirSync(path.join(ROOT, layer), { recursive: true })
      .map(String)
      .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
      .map((file) => path.join(layer, file)),
  );
}

describe('the layers built as free of side effects (src/domain, src/documents, src/graph, src/config, src/auth, src/hosts)', () => {
  it('are the modules the build treats as free of side effects, and only they', async () => {
    const { SIDE_EFFECT_FREE_LAYERS: rule } = (await import(pathToFileURL(path.join(ROOT, 'webpack.config.js')).href)) as { SIDE_EFFECT_FREE_LAYERS: RegExp };
    const free = (file: string) => rule.test(path.join(ROOT, file));
    expect(free('src/domain/attendance.ts')).toBe(true);
    expect(free('src/documents/meetingFacts.ts')).toBe(true);
    expect(free('src/graph/graphClient.ts')).toBe(true);
    expect(free('src/config/appConfig.ts')).toBe(true);
    expect(free('src/auth/nestedApp.ts')).toBe(true);
    expect(free('src/hosts/teams/teamsSdk.ts')).toBe(true);
    expect(free('src/hosts/outlook/simulatorPrelude.js')).toBe(false);
    expect(free('src/ui/shared/i18n.ts')).toBe(false);
    expect(free('src/ui/outlook/main.tsx')).toBe(false);
  });

  it('do nothing at top level but import names, export and declare', () => {
    const modules = layerModules();
    expect(modules.length).toBeGreaterThan(50);
    for (const layer of LAYERS) expect(modules.some((file) => file.startsWith(layer + path.sep))).toBe(true);
    const found = modules.flatMap((file) => topLevelEffects(readFileSync(path.join(ROOT, file), 'utf8')).map((statement) => `${file}: ${statement}`));
    expect(found).toEqual([]);
  });

  it('would see a module that acts on something outside itself', () => {
    expect(topLevelEffects("import { a } from './a';\nexport const B = v.object({ a: v.string() });\nexport function c() {}\n")).toEqual([]);
    expect(topLevelEffects("import './polyfill';\n")).toHaveLength(1);
    expect(topLevelEffects('globalThis.register = true;\n')).toHaveLength(1);
    expect(topLevelEffects("import { registry } from './registry';\nregistry.add('x');\n")).toHaveLength(1);
    expect(topLevelEffects('if (typeof window !== "undefined") setup();\n')).toHaveLength(1);
  });
});
