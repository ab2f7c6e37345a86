// The production build ships what docs/hosting.md promises: the hosting configuration with the
// security headers, the tightened meta-tag policy, no source maps beside the app, and catalogues
// compiled without the compiler. Built with the project's own webpack configuration, on a tiny entry
// (one catalogue and the i18n runtime) so that the test stays quick.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textsToCompile, uncompiledTexts } from './bundleSize';
import { buildWithProjectConfig } from './projectWebpackBuild';

const temp = mkdtempSync(path.join(os.tmpdir(), 'motebok-prod-build-'));
const outDir = path.join(temp, 'site');

// A real tenant's configuration, so the pages' connection hints and policies name Microsoft's hosts, not the local tenant's one origin.
const REAL_TENANT = {
  MOTEBOK_CLIENT_ID: '11111111-2222-4333-8444-555555555555',
  MOTEBOK_AUTHORITY: 'https://login.microsoftonline.com/aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
  MOTEBOK_GRAPH_BASE_URL: 'https://graph.microsoft.com/v1.0',
  MOTEBOK_SITE_ID: 'larvik.sharepoint.com,5c1e7f3a-2b4d-4e6f-8a9c-0b1d2e3f4a5b,9e8d7c6b-5a4f-4e3d-2c1b-0a9f8e7d6c5b',
};
const envBefore = Object.fromEntries(Object.keys(REAL_TENANT).map((name) => [name, process.env[name]]));

beforeAll(async () => {
  Object.assign(process.env, REAL_TENANT);
  const entry = path.join(temp, 'entry.ts');
  // The stage's catalogue and the i18n runtime, to see what the build makes of the catalogues.
  const stageText = JSON.stringify(path.resolve(__dirname, '../src/ui/stage/stageText.ts'));
  const i18n = JSON.stringify(path.resolve(__dirname, '../src/ui/shared/i18n.ts'));
  writeFileSync(entry, `import ${stageText};\nimport { translate } from ${i18n};\ndocument.body.dataset.ready = translate('stage', 'progress', { current: 1, total: 2 });\n`);
  await buildWithProjectConfig(outDir, 'production', (config) => {
    config.entry = { workspace: entry };
    config.plugins = (config.plugins ?? []).filter((plugin) => {
      // The tiny entry imports none of the page's start-up chunks, which the preload and compile-hint plugins would rightly refuse.
      if (plugin?.constructor.name === 'StartupPreloadPlugin' || plugin?.constructor.name === 'CompileHintsPlugin') return false;
      const filename = (plugin as { userOptions?: { filename?: unknown } } | undefined)?.userOptions?.filename;
      return typeof filename !== 'string' || filename === 'workspace.html' || filename === 'outlook.html';
    });
  });
}, 120_000);

afterAll(() => {
  for (const [name, value] of Object.entries(envBefore)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  rmSync(temp, { recursive: true, force: true });
});

/** The origins a page's HTML preconnects to, each with its crossorigin attribute (minified HTML quotes a value only when it must). */
function preconnects(html: string): { href: string; crossorigin: boolean }[] {
  return [...html.matchAll(/<link ([^>]*\brel="?preconnect"?[^>]*)>/g)].map(([, attributes = '']) => ({
    href: /href="?([^"\s>]+)/.exec(attributes)?.[1] ?? '',
    crossorigin: /(^|\s)crossorigin(\s|=|$|\/)/.test(attributes),
  }));
}

describe('the production build', () => {
  it('writes the hosting configuration with the security headers next to the pages', () => {
    const swa = JSON.parse(readFileSync(path.join(outDir, 'staticwebapp.config.json'), 'utf8')) as { globalHeaders: Record<string, string> };
    expect(swa.globalHeaders['Content-Security-Policy']).toContain('frame-ancestors');
    const headers = readFileSync(path.join(outDir, '_headers'), 'utf8');
    expect(headers).toContain('/workspace.html\n  Content-Security-Policy:');
    expect(headers).toContain('/outlook.html\n  Content-Security-Policy:');
  });

  it('gives each page the tightened policy as a meta tag', () => {
    const html = readFileSync(path.join(outDir, 'workspace.html'), 'utf8');
    const meta = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(meta).toContain("base-uri 'none'");
    expect(meta).toContain("form-action 'none'");
    expect(meta).not.toContain('https:;');
    expect(meta).not.toContain('frame-ancestors');
  });

  it('has every page connect early, anonymously, to the configured Graph origin, and the workspace to the sign-in authority too (issue 14: cold load)', () => {
    const page = (name: string) => readFileSync(path.join(outDir, name), 'utf8');
    expect(preconnects(page('workspace.html'))).toEqual([
      { href: 'https://graph.microsoft.com', crossorigin: true },
      { href: 'https://login.microsoftonline.com', crossorigin: true },
    ]);
    // The Outlook pane signs in through Outlook (nested app auth): Graph only.
    expect(preconnects(page('outlook.html'))).toEqual([{ href: 'https://graph.microsoft.com', crossorigin: true }]);
    for (const name of ['workspace.html', 'outlook.html']) {
      const html = page(name);
      // Before the page's style sheets and scripts, so the connections start while they download.
      expect(html.search(/rel="?preconnect/) < html.search(/rel="?stylesheet/), name).toBe(true);
    }
  });

  it('keeps the source maps apart: none is deployed, and no bundle points to one', () => {
    const deployed = readdirSync(outDir, { recursive: true }).map(String);
    expect(deployed.filter((file) => file.endsWith('.map'))).toEqual([]);
    const bundles = deployed.filter((file) => file.endsWith('.js'));
    expect(bundles.length).toBeGreaterThan(0);
    for (const bundle of bundles) expect(readFileSync(path.join(outDir, bundle), 'utf8')).not.toContain('sourceMappingURL');
    const kept = path.join(temp, 'site-sourcemaps');
    expect(existsSync(kept) && readdirSync(kept).some((file) => file.endsWith('.js.map'))).toBe(true);
  });

  it('ships the catalogues compiled and no ICU compiler (@messageformat/parser) on any page', () => {
    const code = readdirSync(outDir, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(path.join(outDir, file), 'utf8'))
      .join('\n');
    // Booleans, so a failure names what is wrong instead of printing the whole bundle.
    expect(code.includes('["Sak ",["current"]," av ",["total"]]'), 'the stage\'s «Sak {current} av {total}» compiled').toBe(true);
    expect(code.includes('Sak {current} av {total}'), 'an ICU text left uncompiled').toBe(false);
    expect(code.includes('Unexpected message end'), '@messageformat/parser in the bundle').toBe(false);
    // Every text of the stage's catalogue that has ICU syntax, in all three languages (`npm run size` checks all of src/ui so).
    const texts = textsToCompile(path.resolve(__dirname, '../src/ui'), ['stage/messages.ts']);
    expect(texts.length).toBeGreaterThan(3);
    expect(uncompiledTexts(code, texts)).toEqual([]);
  });
});
