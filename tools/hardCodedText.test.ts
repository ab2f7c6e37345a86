import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * What the screens say comes from the catalogues (nb, nn, en): an error carries data (a kind, a reason)
 * and a language-free line for logs, and a view's text is a key. A Norwegian sentence written straight into
 * an error of the Graph side or the screens, or into a view's JSX, reaches a nynorsk or English user in
 * bokmål («Uventet svar fra …»), so these checks read the source as TypeScript and name each one.
 *
 * What they see: the first argument of `new …Error(…)` (a string or a template's literal parts) in
 * `src/graph`, `src/auth`, `src/hosts` and `src/ui`; in `src/ui`'s views, JSX text and the strings of the
 * attributes a user reads (`aria-label`, `title`, `placeholder`, `label`, `alt`); and in `src/ui`,
 * `src/graph` and `src/hosts` (an Outlook or Teams failure is a code the screens word) every string
 * outside a catalogue (a `messages.ts` or `…Messages.ts`, a top-level `const nb`/`nn`/`en`, an
 * `nb:`/`nn:`/`en:` entry) but in the files of `MICROSOFT_365_CONTENT`, which write what the committee
 * keeps in SharePoint and Outlook in its own language form, not what a screen says. Tests and test helpers
 * are not read. The bench's floor page (`tools/bench/floor`) is not product but it is a page, checked as
 * the screens are: it writes English lines for the engineer who runs the bench, as the app's logs do.
 * Norwegian is told by its letters (æ, ø, å; «Møtebok» aside) or one of its small words,
 * none of them English: a sentence is caught, a lone word without those letters («Lukk») is not — no
 * list of words could tell every Norwegian word from an English one without also naming English text.
 */

const repo = fileURLToPath(new URL('..', import.meta.url));
const ERROR_LAYERS = ['src/graph', 'src/auth', 'src/hosts', 'src/ui', 'tools/bench/floor'];
const VIEW_LAYERS = ['src/ui', 'tools/bench/floor'];
/** Where every Norwegian string must be in a catalogue; the hosts' failures are data the screens word. */
const CATALOGUED_LAYERS = ['src/ui', 'src/graph', 'src/hosts', 'tools/bench/floor'];
const READ_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'label', 'alt', 'aria-description']);

/** Text that is the committee's content in Microsoft 365, not the screens' words: why each file may hold Norwegian. */
const MICROSOFT_365_CONTENT: Record<string, string> = {
  'src/graph/listDefinitions.ts': 'the lists’ and columns’ names in SharePoint, made once per site',
  'src/graph/listRows.ts': 'a meeting row’s Title in SharePoint when it has no theme',
  'src/graph/tasksGateway.ts': 'the name of the To Do list the follow-up tasks go in',
  'src/graph/confidentialNotice.ts': 'the mail with the links to exempt documents, in the committee’s language form (nb or nn)',
  'src/graph/sharePointRoles.ts': 'the description of the permission level a later body’s grants carry, as the site’s owners read it in SharePoint',
};

const NORWEGIAN_WORDS = /\b(ikke|ikkje|ble|vart|finnes|finst|mangler|manglar|fra|frå|svar|svarte|svara|kunne|kan|må|og|er|på|til|eller|med|noe|noko|har|fant|fann|prøv|lagre|lagra|møtet|saken|saka)\b/i;

/** Whether `text` reads as Norwegian (the product's name is the same in every language). */
export function looksNorwegian(text: string): boolean {
  const plain = text.replace(/Møtebok/g, '');
  return /[æøåÆØÅ]/.test(plain) || NORWEGIAN_WORDS.test(plain);
}

function sourceFiles(folder: string): string[] {
  return readdirSync(join(repo, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.(test|d)\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !path.split(/[\\/]/).includes('testing'));
}

/** The literal text of a string or template (its literal parts; what is filled in is left out). */
function literalText(node: ts.Node | undefined): string | undefined {
  if (!node) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
  return undefined;
}

interface Finding {
  at: string;
  text: string;
}

const isCatalogueFile = (fileName: string): boolean => /(^|[\\/])messages\.ts$|Messages\.ts$/.test(fileName);
const isCatalogueName = (name: string): boolean => name === 'nb' || name === 'nn' || name === 'en';

/** Norwegian strings of `file` outside its catalogues (its `nb`/`nn`/`en` texts), imports aside. */
export function stringsOutsideCatalogues(fileName: string, source: string): Finding[] {
  if (isCatalogueFile(fileName)) return [];
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: Finding[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isVariableDeclaration(node) || ts.isPropertyAssignment(node)) && isCatalogueName(node.name.getText(file))) return;
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    const text = literalText(node);
    if (text !== undefined && looksNorwegian(text)) {
      const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
      found.push({ at: `${fileName}:${line + 1}`, text: text.trim() });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** The Norwegian texts of `file` the checks name: error messages, and (`views`) JSX text and read attributes. */
export function hardCodedTexts(fileName: string, source: string, views: boolean): Finding[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: Finding[] = [];
  const note = (node: ts.Node, text: string | undefined) => {
    if (text === undefined || !looksNorwegian(text)) return;
    const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
    found.push({ at: `${fileName}:${line + 1}`, text: text.trim() });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isNewExpression(node) && /Error$/.test(node.expression.getText(file))) note(node, literalText(node.arguments?.[0]));
    if (views && ts.isJsxText(node)) note(node, node.text.trim() || undefined);
    if (views && ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(file))) {
      const value = node.initializer;
      note(node, value && ts.isJsxExpression(value) ? literalText(value.expression) : literalText(value));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function findings(layers: readonly string[], views: boolean): string[] {
  return layers.flatMap((layer) =>
    sourceFiles(layer).flatMap((path) => hardCodedTexts(relative(repo, path), readFileSync(path, 'utf8'), views).map((finding) => `${finding.at}: ${finding.text}`)),
  );
}

describe('no Norwegian written past the catalogues in the Graph side, the hosts and the screens', () => {
  it('throws errors with language-free lines: their words are the screens’, by kind or reason', () => {
    expect(findings(ERROR_LAYERS, false)).toEqual([]);
  });

  it('puts no Norwegian text straight into a view’s JSX or the attributes a user reads', () => {
    expect(findings(VIEW_LAYERS, true)).toEqual([]);
  });

  it('keeps every Norwegian string of the screens, the Graph side and the hosts in a catalogue, but the committee’s content in Microsoft 365', () => {
    const outside = CATALOGUED_LAYERS.flatMap((layer) =>
      sourceFiles(layer)
        .map((path) => relative(repo, path).split('\\').join('/'))
        .filter((path) => MICROSOFT_365_CONTENT[path] === undefined)
        .flatMap((path) => stringsOutsideCatalogues(path, readFileSync(join(repo, path), 'utf8')).map((finding) => `${finding.at}: ${finding.text}`)),
    );
    expect(outside).toEqual([]);
  });

  it('would name a Norwegian string outside a catalogue, and not one inside', () => {
    const source = [
      "const nb = { 'save.error': 'Ikke lagret' };",
      "export const bootTexts = { nb: { reload: 'Last inn på nytt' }, en: { reload: 'Reload' } };",
      "this.errorMessage = describe?.(error) ?? 'Kunne ikke lagre. Prøver igjen.';",
      "import { x } from './møte';",
    ].join('\n');
    expect(stringsOutsideCatalogues('src/ui/shared/probe.ts', source).map((finding) => finding.at)).toEqual(['src/ui/shared/probe.ts:3']);
    expect(stringsOutsideCatalogues('src/ui/shared/probeMessages.ts', source)).toEqual([]);
  });

  it('would name a bokmål sentence in an error, a view’s text or a label, and lets a language-free line pass', () => {
    const source = [
      "throw new Error(`Uventet svar fra Microsoft Graph: ${issues}`);",
      "throw new StorageError('server', 'SharePoint 500 to GET web/currentuser');",
      "throw new ConflictError('Møtet finnes allerede');",
      "const view = <Button aria-label=\"Lukk møtet\">Lagre</Button>;",
      "const fine = <Text>{t('save')}</Text>;",
      "throw new Error('Møtebok: #root is missing from the page');",
    ].join('\n');
    expect(hardCodedTexts('probe.tsx', source, true).map((finding) => finding.at)).toEqual(['probe.tsx:1', 'probe.tsx:3', 'probe.tsx:4', 'probe.tsx:4']);
  });
});
