import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { transform } from 'esbuild';
import { describe, expect, it } from 'vitest';
import catalogueSplitLoader, { compileCatalogues, compileText, declaresCatalogue, splitCatalogue, SPLIT_FILE } from './catalogueSplitLoader.mjs';

const uiDir = path.resolve(__dirname, '../src/ui');
/** Every messages.ts under src/ui (a surface's, or a namespace's in a folder of its own): the files the loader splits. */
const files = readdirSync(uiDir, { recursive: true })
  .map((file) => path.join(uiDir, String(file)))
  .filter((file) => SPLIT_FILE.test(file) && existsSync(file));

/** Runs one module's TypeScript as the bundle would: types stripped, exports gathered. */
async function evaluate(source: string, imports: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const { code } = await transform(source, { loader: 'ts', format: 'cjs', supported: { 'dynamic-import': false } });
  const module = { exports: {} as Record<string, unknown> };
  // esbuild turns the split module's import() into require(): it gets the per-locale modules.
  new Function('module', 'exports', 'require', code)(module, module.exports, (id: string) => imports[id]);
  return module.exports;
}

type Texts = Record<string, unknown>;
const compiledAll = (texts: Record<string, string>): Texts => Object.fromEntries(Object.entries(texts).map(([key, text]) => [key, compileText(text)]));

describe('catalogueSplitLoader', () => {
  it('leaves only bokmål, compiled, in each messages module and gives back nynorsk and English compiled by import()', async () => {
    expect(files.length).toBeGreaterThanOrEqual(7);
    expect(files).toContain(path.join(uiDir, 'shared', 'editing', 'messages.ts'));
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      const original = await evaluate(source);
      const [name, catalogue] = Object.entries(original).find(([, value]) => typeof value === 'object' && value !== null && 'nn' in value) as [string, Record<'nb' | 'nn' | 'en', Record<string, string>>];
      const compiled = compileCatalogues(source, file);
      const perLocale = Object.fromEntries(
        await Promise.all(
          (['nn', 'en'] as const).map(async (locale) => [`./messages.ts?locale=${locale}`, await evaluate(splitCatalogue(compiled, { locale, file: 'messages.ts', chunkPrefix: 'messages-x' }))]),
        ),
      );
      const split = splitCatalogue(compiled, { file: 'messages.ts', chunkPrefix: 'messages-x' });
      expect(split, file).not.toMatch(/^const (nn|en)\b/m);
      const { nb, lazy } = (await evaluate(split, perLocale))[name] as { nb: Texts; lazy: Record<'nn' | 'en', () => Promise<Texts>> };
      expect(nb, file).toEqual(compiledAll(catalogue.nb));
      expect(await lazy.nn(), file).toEqual(compiledAll(catalogue.nn));
      expect(await lazy.en(), file).toEqual(compiledAll(catalogue.en));
    }
  });

  it('names one chunk per surface and locale', () => {
    const source = readFileSync(path.join(uiDir, 'stage', 'messages.ts'), 'utf8');
    const split = splitCatalogue(source, { file: 'messages.ts', chunkPrefix: 'messages-stage' });
    expect(split).toContain('webpackChunkName: "messages-stage-nn"');
    expect(split).toContain('"./messages.ts?locale=en"');
  });

  it("names a namespace's chunks in a folder of its own after the folders under src/ui", () => {
    const resourcePath = path.join(uiDir, 'shared', 'editing', 'messages.ts');
    const split = catalogueSplitLoader.call({ resourcePath, resourceQuery: '' }, readFileSync(resourcePath, 'utf8'));
    expect(split).toContain('webpackChunkName: "messages-shared-editing-nn"');
    expect(split).not.toMatch(/^const (nn|en)\b/m);
  });

  it('fails the build when a messages file changes shape', () => {
    const source = 'const nb = {\n  a: "x",\n};\nexport const m = { nb };\n';
    expect(() => splitCatalogue(source, { file: 'messages.ts', chunkPrefix: 'messages-x' })).toThrow(/not the expected shape \(missing nn, en, export const/);
  });
});

describe('compiling catalogues at build time', () => {
  const source = [
    'const nb = {',
    "  'plain': 'Lagret',",
    "  remove: 'Fjern {name}',",
    "  'items': '{count, plural, one {# sak} other {# saker}}',",
    '};',
    'const nn: Record<keyof typeof nb, string> = {',
    "  'plain': 'Lagra',",
    "  remove: 'Fjern {name}',",
    "  'items': '{count, plural, one {# sak} other {# saker}}',",
    '};',
    'export const m = { nb, nn };',
    '',
  ].join('\n');

  it("turns each ICU text into Lingui's compiled form and leaves plain text a string", async () => {
    const { m } = (await evaluate(compileCatalogues(source, 'x.ts'))) as { m: { nb: Texts; nn: Texts } };
    expect(m.nb).toEqual({ plain: 'Lagret', remove: ['Fjern ', ['name']], items: [['count', 'plural', { one: ['#', ' sak'], other: ['#', ' saker'] }]] });
    expect(m.nn.plain).toBe('Lagra');
    expect(compileCatalogues(source, 'x.ts')).not.toContain('{name}');
  });

  it('compiles a catalogue inline in a view (.tsx) as well', () => {
    const tsx = "const nb = {\n  'hint': 'Vis {what}',\n};\nexport function View() {\n  return <p style={{ margin: 0 }}>{nb.hint}</p>;\n}\n";
    expect(compileCatalogues(tsx, 'View.tsx')).toContain(`'hint': ["Vis ",["what"]]`);
  });

  it('fails the build on a text that is not valid ICU, naming file, locale and key', () => {
    expect(() => compileCatalogues("const nb = {\n  'broken': 'Fjern {name',\n};\n", 'src/ui/x/messages.ts')).toThrow(/src\/ui\/x\/messages\.ts: nb 'broken' is not valid ICU/);
  });

  it('fails the build on a text it cannot compile: not a string literal', () => {
    expect(() => compileCatalogues("const nb = {\n  'joined': 'a' + 'b',\n};\n", 'x.ts')).toThrow(/nb 'joined' is not a string literal/);
  });

  it('returns a module without a catalogue unread', () => {
    const plain = "import { x } from './y';\nexport const nbsp = '\\u00a0';\n";
    expect(compileCatalogues(plain, 'y.ts')).toBe(plain);
  });

  it('sees every catalogue the app registers: each is declared in a module it compiles', () => {
    const sources = readdirSync(uiDir, { recursive: true })
      .map(String)
      .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.endsWith(path.join('shared', 'i18n.ts')));
    const registrations: string[] = [];
    for (const file of sources) {
      const source = readFileSync(path.join(uiDir, file), 'utf8');
      for (const [, argument] of source.matchAll(/(?:defineNamespace|registerMessages)\(\s*'\w+',\s*([^)]+)\)/g)) {
        const name = argument!.trim();
        const imported = new RegExp(`import \\{[^}]*\\b${name}\\b[^}]*\\} from '(\\.[^']+)'`).exec(source)?.[1];
        const declaredIn = imported ? [`${imported}.ts`, `${imported}.tsx`].map((candidate) => path.join(uiDir, path.dirname(file), candidate)).find((candidate) => existsSync(candidate)) : path.join(uiDir, file);
        registrations.push(`${file}: ${name}`);
        expect(declaredIn, `${file}: ${name}`).toBeDefined();
        expect(declaresCatalogue(readFileSync(declaredIn!, 'utf8')), `${file}: ${name} in ${declaredIn}`).toBe(true);
      }
    }
    expect(registrations.length).toBeGreaterThanOrEqual(14);
  });
});
