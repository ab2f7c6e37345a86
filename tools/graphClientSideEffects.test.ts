// The Graph client's ES modules are built as free of side effects (`GRAPH_CLIENT_ES` in webpack.config.js),
// though its package does not say so: this reads each of them and fails on a top-level statement that
// could touch anything but the module's own declarations, so an update of the package that adds one is
// seen before a page loses it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ES_DIR = path.resolve(__dirname, '../node_modules/@microsoft/microsoft-graph-client/lib/es/src');

/** The module's top-level statements that are not imports, exports, declarations, static fields of its own classes or its own enums' IIFEs. */
function sideEffects(source: string): string[] {
  const tree = ts.createSourceFile('module.js', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const declared = new Set<string>();
  for (const statement of tree.statements) {
    if ((ts.isClassDeclaration(statement) || ts.isFunctionDeclaration(statement)) && statement.name) declared.add(statement.name.text);
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) if (ts.isIdentifier(declaration.name)) declared.add(declaration.name.text);
  }
  const pureInitialiser = (node: ts.Expression | undefined): boolean =>
    !node || ts.isLiteralExpression(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isClassExpression(node) || ts.isIdentifier(node) ||
    node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword || ts.isObjectLiteralExpression(node) ||
    (ts.isArrayLiteralExpression(node) && node.elements.every((element) => pureInitialiser(element))) ||
    // 5 * 1024 * 1024; new Set([…]) of literals
    (ts.isBinaryExpression(node) && node.operatorToken.kind !== ts.SyntaxKind.EqualsToken && pureInitialiser(node.left) && pureInitialiser(node.right)) ||
    (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && ['Set', 'Map'].includes(node.expression.text) && (node.arguments ?? []).every((argument) => pureInitialiser(argument)));
  const own = (node: ts.Expression): boolean => ts.isIdentifier(node) && declared.has(node.text);
  return tree.statements
    .filter((statement) => {
      if (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) return false;
      if (ts.isClassDeclaration(statement) || ts.isFunctionDeclaration(statement)) return false;
      if (ts.isVariableStatement(statement)) return !statement.declarationList.declarations.every((declaration) => pureInitialiser(declaration.initializer));
      if (!ts.isExpressionStatement(statement)) return true;
      const expression = statement.expression;
      // X.FIELD = value, X being a class of this module.
      if (ts.isBinaryExpression(expression) && expression.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(expression.left)) {
        return !(own(expression.left.expression) && pureInitialiser(expression.right));
      }
      // (function (E) { E["A"] = "a"; … })(E || (E = {})): TypeScript's enum, E declared here.
      if (ts.isCallExpression(expression) && expression.arguments.length === 1) {
        const callee = ts.isParenthesizedExpression(expression.expression) ? expression.expression.expression : expression.expression;
        const argument = expression.arguments[0];
        const enumName = argument && ts.isBinaryExpression(argument) && ts.isIdentifier(argument.left) ? argument.left.text : undefined;
        return !(ts.isFunctionExpression(callee) && enumName !== undefined && declared.has(enumName));
      }
      return true;
    })
    .map((statement) => statement.getText(tree).slice(0, 120));
}

describe("the Graph client's ES modules", () => {
  it('are the ones the build treats as free of side effects', async () => {
    const { GRAPH_CLIENT_ES } = (await import(pathToFileURL(path.resolve(__dirname, '../webpack.config.js')).href)) as { GRAPH_CLIENT_ES: RegExp };
    expect(GRAPH_CLIENT_ES.test(path.join(ES_DIR, 'Client.js'))).toBe(true);
  });

  it('touch nothing at top level but their own declarations', () => {
    const files = readdirSync(ES_DIR, { recursive: true }).map(String).filter((file) => file.endsWith('.js'));
    expect(files.length).toBeGreaterThan(30);
    const found = files.flatMap((file) => sideEffects(readFileSync(path.join(ES_DIR, file), 'utf8')).map((statement) => `${file}: ${statement}`));
    expect(found).toEqual([]);
  });

  it('would see a module that changes something outside itself', () => {
    expect(sideEffects('export class A {}\nA.DEFAULT = 3;\n')).toEqual([]);
    expect(sideEffects('var E;\n(function (E) { E["A"] = "a"; })(E || (E = {}));\nexport { E };\n')).toEqual([]);
    expect(sideEffects('globalThis.fetch = polyfill;\n')).toHaveLength(1);
    expect(sideEffects('import { B } from "./b";\nB.patched = true;\n')).toHaveLength(1);
    expect(sideEffects('const x = register();\n')).toHaveLength(1);
    expect(sideEffects('export const HOSTS = new Set(["graph.microsoft.com"]);\nconst SIZE = 5 * 1024;\n')).toEqual([]);
  });
});
