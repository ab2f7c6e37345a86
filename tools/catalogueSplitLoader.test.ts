import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { transform } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { splitCatalogue } from './catalogueSplitLoader.mjs';

const uiDir = path.resolve(__dirname, '../src/ui');
/** Every surface's messages.ts: the files webpack.config.js hands to the loader. */
const files = readdirSync(uiDir)
  .map((surface) => path.join(uiDir, surface, 'messages.ts'))
  .filter((file) => existsSync(file));

/** Runs one module's TypeScript as the bundle would: types stripped, exports gathered. */
async function evaluate(source: string, imports: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const { code } = await transform(source, { loader: 'ts', format: 'cjs', supported: { 'dynamic-import': false } });
  const module = { exports: {} as Record<string, unknown> };
  // esbuild turns the split module's import() into require(): it gets the per-locale modules.
  new Function('module', 'exports', 'require', code)(module, module.exports, (id: string) => imports[id]);
  return module.exports;
}

describe('catalogueSplitLoader', () => {
  it('leaves only bokmål in each messages module and gives back nynorsk and English unchanged by import()', async () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      const original = await evaluate(source);
      const [name, catalogue] = Object.entries(original).find(([, value]) => typeof value === 'object' && value !== null && 'nn' in value) as [string, Record<'nb' | 'nn' | 'en', Record<string, string>>];
      const perLocale = Object.fromEntries(
        await Promise.all(
          (['nn', 'en'] as const).map(async (locale) => [`./messages.ts?locale=${locale}`, await evaluate(splitCatalogue(source, { locale, file: 'messages.ts', chunkPrefix: 'messages-x' }))]),
        ),
      );
      const split = splitCatalogue(source, { file: 'messages.ts', chunkPrefix: 'messages-x' });
      expect(split, file).not.toMatch(/^const (nn|en)\b/m);
      const { nb, lazy } = (await evaluate(split, perLocale))[name] as { nb: Record<string, string>; lazy: Record<'nn' | 'en', () => Promise<Record<string, string>>> };
      expect(nb, file).toEqual(catalogue.nb);
      expect(await lazy.nn(), file).toEqual(catalogue.nn);
      expect(await lazy.en(), file).toEqual(catalogue.en);
    }
  });

  it('names one chunk per surface and locale', () => {
    const source = readFileSync(path.join(uiDir, 'stage', 'messages.ts'), 'utf8');
    const split = splitCatalogue(source, { file: 'messages.ts', chunkPrefix: 'messages-stage' });
    expect(split).toContain('webpackChunkName: "messages-stage-nn"');
    expect(split).toContain('"./messages.ts?locale=en"');
  });

  it('fails the build when a messages file changes shape', () => {
    const source = 'const nb = {\n  a: "x",\n};\nexport const m = { nb };\n';
    expect(() => splitCatalogue(source, { file: 'messages.ts', chunkPrefix: 'messages-x' })).toThrow(/not the expected shape \(missing nn, en, export const/);
  });
});
