// Griffel's build-time transform reaches every style the app defines itself (webpack.config.js,
// GRIFFEL_LOADER; issue 14): each `makeStyles` call of src/ is built into `__styles` with its classes
// and CSS rules computed, so no page resolves the app's style objects in the browser, and Griffel's
// extraction then moves those rules to the page's style sheet (GRIFFEL_EXTRACTION_LOADER,
// tools/griffelPageCssPlugin.mjs), leaving `__css` with the class names alone. Every styled file goes
// through both loaders (checked on the rules); a few of them, one per surface, are built with the
// project's own webpack configuration, each alone (its imports left outside the bundle): the
// evaluation of style objects at build time takes a second or more a file.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Configuration } from 'webpack';
import { buildWithProjectConfig, projectWebpackConfigModule } from './projectWebpackBuild';

const root = path.join(import.meta.dirname, '..');
const temp = mkdtempSync(path.join(os.tmpdir(), 'motebok-griffel-'));
/** Every file of src/ that calls `makeStyles`/`makeResetStyles` (tests aside): the files the loader must transform. */
const styledFiles = readdirSync(path.join(root, 'src'), { recursive: true })
  .map(String)
  .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
  .filter((file) => /\b(makeStyles|makeResetStyles)\(/.test(readFileSync(path.join(root, 'src', file), 'utf8')));
const entryName = (file: string) => file.replace(/[\\/.]/g, '_');
/** One styled file per surface, and the provider with the global (static) styles. */
const builtFiles = ['ui/stage/StageApp.tsx', 'ui/sidePanel/SidePanelApp.tsx', 'ui/workspace/WorkspaceApp.tsx', 'ui/outlook/paneStyles.ts', 'ui/tabConfig/TabConfigApp.tsx', 'ui/shared/MotebokProvider.tsx'];
let config: Configuration;
let griffelLoader: unknown;
let extractionLoader: unknown;

beforeAll(async () => {
  ({ GRIFFEL_LOADER: griffelLoader, GRIFFEL_EXTRACTION_LOADER: extractionLoader } = await projectWebpackConfigModule());
  config = await buildWithProjectConfig(temp, 'development', (narrowed) => {
    narrowed.entry = Object.fromEntries(builtFiles.map((file) => [entryName(file), `./src/${file}`]));
    // Each file alone: whatever it imports stays outside (`require`), only its own code is built;
    // its `.griffel.css` (its extracted rules) stays inside, for its sheet.
    narrowed.externals = ({ request, contextInfo }, callback) => (contextInfo?.issuer && !request?.includes('.griffel.css!=!') ? callback(undefined, `commonjs ${request}`) : callback());
    narrowed.plugins = (narrowed.plugins ?? []).filter((plugin) => ['DefinePlugin', 'GriffelPageCssPlugin'].includes(plugin?.constructor.name ?? ''));
    narrowed.devtool = false;
    narrowed.optimization = { splitChunks: false };
  });
}, 120_000);

afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe("Griffel's build-time transform", () => {
  it("hands every styled file of src/ to Griffel's loader, after esbuild, and then to Griffel's extraction", () => {
    expect(styledFiles.length).toBeGreaterThanOrEqual(40);
    const rules = (config.module?.rules ?? []) as { test?: unknown; exclude?: RegExp; use?: unknown[] }[];
    for (const file of styledFiles) {
      const resource = path.join(root, 'src', file);
      const matching = rules.filter(
        (rule) => rule.test instanceof RegExp && rule.test.test(resource) && !rule.exclude?.test(resource) && Array.isArray(rule.use),
      );
      // Loaders run last to first: Griffel's transform sees esbuild's JavaScript, the extraction its output.
      expect(matching.map((rule) => rule.use?.slice(0, 2)), file).toEqual([[extractionLoader, griffelLoader]]);
    }
  });

  it('builds makeStyles into class maps whose rules are in the sheet, and compiles no static styles at run time', () => {
    for (const file of builtFiles) {
      const built = readFileSync(path.join(temp, `${entryName(file)}.js`), 'utf8');
      expect(built, file).not.toMatch(/\.(makeStyles|makeResetStyles)\)\(/);
      // `__css`/`__resetCSS` map class names; `__styles` would insert rules at run time.
      expect(built, file).toMatch(/\.(__css|__resetCSS)\)\(/);
      expect(built, file).not.toMatch(/\b(__styles|__resetStyles)\b/);
      expect(built, file).not.toMatch(/var\(--/);
      // '@fluentui/react-components' has no `__staticStyles`, so the page's global rules are in
      // ui/shared/page.html rather than a makeStaticStyles that Griffel would compile in the browser.
      expect(built, file).not.toMatch(/makeStaticStyles/);
    }
    const provider = readFileSync(path.join(temp, `${entryName('ui/shared/MotebokProvider.tsx')}.css`), 'utf8');
    // The pre-computed rules use Fluent's tokens as CSS variables: one set of rules for every theme.
    expect(provider).toMatch(/var\(--colorNeutralBackground2\)/);
  });
});
