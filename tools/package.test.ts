import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import sharp from 'sharp';
import { buildAppPackage, DEFAULT_CLIENT_ID, fillManifest, languageFiles, manifestUrls, packageConfigFrom, TEMPLATE_PATH, withDotEnv } from './package';
import { validateLocalization, validateManifest } from './manifestSchema';
import { ASSETS_DIR, RIBBON_ICON_SIZES, ribbonIconPath } from './icons';
import { msalConfiguration } from '../src/auth/createAuth';
import { configFromEnv } from '../src/config/configFromEnv';

let workDir: string;
let zip: JSZip;
let manifest: unknown;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'motebok-package-'));
  const config = packageConfigFrom({ MOTEBOK_APP_URL: 'https://motebok.example.no/app/', MOTEBOK_CLIENT_ID: 'AAAAAAAA-1111-4222-8333-444444444444' });
  const { outFile } = await buildAppPackage(config, path.join(workDir, 'appPackage.zip'));
  zip = await JSZip.loadAsync(await readFile(outFile));
  const text = await zip.file('manifest.json')?.async('string');
  manifest = JSON.parse(text ?? 'null');
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

async function zipped(name: string): Promise<Buffer> {
  const file = zip.file(name);
  if (!file) throw new Error(`${name} mangler i pakken`);
  return file.async('nodebuffer');
}

describe('appPackage.zip', () => {
  it('holds exactly the manifest, its language files and the two icons at the root', () => {
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'en-us.json', 'manifest.json', 'nn-no.json', 'outline.png']);
  });

  it('names the app in nynorsk and English for users whose Teams or Outlook is in those languages, each file valid', async () => {
    expect(manifest).toMatchObject({ localizationInfo: { defaultLanguageTag: 'nb-no', additionalLanguages: [{ languageTag: 'nn-no' }, { languageTag: 'en-us' }] } });
    expect(languageFiles(manifest)).toEqual(['nn-no.json', 'en-us.json']);
    for (const file of languageFiles(manifest)) expect(validateLocalization(JSON.parse((await zipped(file)).toString('utf8'))), file).toEqual([]);
  });

  it('translates in each language file the same texts, each a text the manifest has', async () => {
    const keysOf = async (file: string) => Object.keys(JSON.parse((await zipped(file)).toString('utf8')) as object).filter((key) => key !== '$schema');
    const nynorsk = await keysOf('nn-no.json');
    expect(await keysOf('en-us.json')).toEqual(nynorsk);
    for (const key of nynorsk) {
      const value = key.split(/\.(?![^[]*\])|(?=\[)/).reduce<unknown>((at, step) => {
        const index = /^\[(\d+)\]$/.exec(step);
        const here = at as Record<string, unknown> | undefined;
        return index ? (here as unknown[] | undefined)?.[Number(index[1])] : here?.[step];
      }, manifest);
      expect(typeof value, key).toBe('string');
    }
    expect(nynorsk).toContain('extensions[0].ribbons[1].tabs[0].groups[0].controls[0].supertip.description');
  });

  it('carries a manifest that validates against the official schema shipped in @microsoft/app-manifest', () => {
    expect(validateManifest(manifest)).toEqual([]);
  });

  it('fills in the configured host and client id everywhere and leaves no placeholder', async () => {
    const text = await zipped('manifest.json').then((b) => b.toString('utf8'));
    expect(text).not.toMatch(/\{\{/);
    expect(manifest).toMatchObject({
      webApplicationInfo: { id: 'aaaaaaaa-1111-4222-8333-444444444444', resource: 'api://motebok.example.no/app/aaaaaaaa-1111-4222-8333-444444444444' },
      validDomains: ['motebok.example.no/app'],
      // Teams' own context placeholders stay, for Teams to replace as it opens the tab.
      staticTabs: [{ contentUrl: 'https://motebok.example.no/app/workspace.html?locale={app.locale}&theme={app.theme}' }],
    });
    for (const url of manifestUrls(manifest)) expect(url.startsWith('https://motebok.example.no/app/')).toBe(true);
  });

  it('declares the Outlook task pane for organiser and attendee on the default ribbon tab', () => {
    const text = JSON.stringify(manifest);
    expect(text).toContain('"meetingDetailsOrganizer"');
    expect(text).toContain('"meetingDetailsAttendee"');
    expect(text).toContain('"builtInTabId":"TabDefault"');
    expect(text).toContain('"page":"https://motebok.example.no/app/outlook.html"');
  });

  it('declares the meeting contexts of the configurable tab', () => {
    expect(manifest).toMatchObject({
      configurableTabs: [
        {
          configurationUrl: 'https://motebok.example.no/app/config.html',
          context: ['channelTab', 'privateChatTab', 'meetingChatTab', 'meetingDetailsTab', 'meetingSidePanel', 'meetingStage'],
        },
      ],
    });
  });

  it('has a 192×192 colour icon', async () => {
    const meta = await sharp(await zipped('color.png')).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 192, 192]);
  });

  it('has a 32×32 outline icon that is white on transparent', async () => {
    const { data, info } = await sharp(await zipped('outline.png')).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([32, 32]);
    let transparent = 0;
    let opaque = 0;
    for (let i = 0; i < data.length; i += 4) {
      const alpha = data[i + 3] ?? 0;
      if (alpha === 0) transparent++;
      else {
        expect([data[i], data[i + 1], data[i + 2]]).toEqual([255, 255, 255]);
        if (alpha === 255) opaque++;
      }
    }
    expect(transparent).toBeGreaterThan(32 * 32 * 0.5);
    expect(opaque).toBeGreaterThan(20);
  });
});

describe('the URLs in the manifest', () => {
  it('are all served by the web build (an HTML page of webpack.config.js or a file copied from assets/)', async () => {
    // Imported by URL so TypeScript does not need types for the plain-JS webpack config.
    const webpackModule: unknown = await import(pathToFileURL(path.join(ASSETS_DIR, '..', 'webpack.config.js')).href);
    const makeConfig: unknown = webpackModule && typeof webpackModule === 'object' && 'default' in webpackModule ? webpackModule.default : undefined;
    if (typeof makeConfig !== 'function') throw new Error('webpack.config.js eksporterer ingen konfigurasjonsfunksjon');
    const config: unknown = await makeConfig({}, { mode: 'production' });
    const plugins: unknown = config && typeof config === 'object' && 'plugins' in config ? config.plugins : [];
    const pages = new Set<string>();
    let assetsCopied = false;
    for (const plugin of Array.isArray(plugins) ? plugins : []) {
      if (!plugin || typeof plugin !== 'object') continue;
      if ('userOptions' in plugin && plugin.userOptions && typeof plugin.userOptions === 'object' && 'filename' in plugin.userOptions) {
        pages.add(String(plugin.userOptions.filename));
      }
      if ('patterns' in plugin && Array.isArray(plugin.patterns)) {
        assetsCopied ||= plugin.patterns.some((p: unknown) => typeof p === 'object' && p !== null && 'from' in p && 'to' in p && p.from === path.resolve(ASSETS_DIR) && p.to === 'assets');
      }
    }
    expect(assetsCopied).toBe(true);
    const base = 'https://motebok.example.no/app/';
    const urls = manifestUrls(manifest);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      const relative = new URL(url).pathname.replace('/app/', '');
      if (relative.startsWith('assets/')) expect(existsSync(path.join(ASSETS_DIR, relative.slice('assets/'.length))), url).toBe(true);
      else expect(pages.has(relative), `${url} er ikke en side i webpack-bygget`).toBe(true);
      expect(url.startsWith(base)).toBe(true);
    }
  });

  it('include the ribbon icons in 16, 32 and 80 px, committed in assets/ at those sizes', async () => {
    const urls = manifestUrls(manifest);
    for (const size of RIBBON_ICON_SIZES) {
      expect(urls).toContain(`https://motebok.example.no/app/assets/icon-${size}.png`);
      const meta = await sharp(await readFile(ribbonIconPath(size))).metadata();
      expect([meta.width, meta.height]).toEqual([size, size]);
    }
  });
});

describe('the privacy page the manifest links to (assets/about.html)', () => {
  it('says where sign-in keeps its tokens: the cache MSAL is configured with, not «only in memory»', async () => {
    const page = await readFile(path.join(ASSETS_DIR, 'about.html'), 'utf8');
    const cache = msalConfiguration(configFromEnv({})).cache?.cacheLocation;
    expect(cache).toBeDefined();
    expect(page).toContain(`(${String(cache)})`);
    expect(page).not.toMatch(/bare i minnet/);
  });
});

describe('package configuration', () => {
  it('defaults to the dev server and the local tenant client id', () => {
    expect(packageConfigFrom({})).toEqual({ appUrl: 'https://localhost:3000', clientId: DEFAULT_CLIENT_ID });
  });

  it('refuses plain http, a malformed URL and a client id that is not a GUID, in Norwegian', () => {
    expect(() => packageConfigFrom({ MOTEBOK_APP_URL: 'http://localhost:3000' })).toThrow(/må bruke https/);
    expect(() => packageConfigFrom({ MOTEBOK_APP_URL: 'ikke en adresse' })).toThrow(/ikke en gyldig adresse/);
    expect(() => packageConfigFrom({ MOTEBOK_CLIENT_ID: 'min-app' })).toThrow(/må være en GUID/);
  });

  it('reads MOTEBOK_APP_URL and MOTEBOK_CLIENT_ID from .env as the build does, the environment winning', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'motebok-package-env-'));
    try {
      writeFileSync(path.join(root, '.env'), 'MOTEBOK_APP_URL=https://motebok.sivhf.no\nMOTEBOK_CLIENT_ID=11111111-2222-4333-8444-555555555555\n');
      expect(packageConfigFrom(withDotEnv({}, root))).toEqual({ appUrl: 'https://motebok.sivhf.no', clientId: '11111111-2222-4333-8444-555555555555' });
      expect(packageConfigFrom(withDotEnv({ MOTEBOK_APP_URL: 'https://test.sivhf.no' }, root)).appUrl).toBe('https://test.sivhf.no');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('refuses a real host without the client id instead of packaging the local tenant\'s', () => {
    expect(() => packageConfigFrom({ MOTEBOK_APP_URL: 'https://motebok.sivhf.no' })).toThrow(/MOTEBOK_CLIENT_ID mangler/);
  });

  it('refuses a real client id without MOTEBOK_APP_URL rather than package it for the dev server, naming the setting', () => {
    expect(() => packageConfigFrom({ MOTEBOK_CLIENT_ID: '11111111-2222-4333-8444-555555555555' })).toThrow(/MOTEBOK_APP_URL mangler/);
    expect(packageConfigFrom({ MOTEBOK_CLIENT_ID: '11111111-2222-4333-8444-555555555555', MOTEBOK_APP_URL: 'https://localhost:3000' }).appUrl).toBe('https://localhost:3000');
  });

  it('puts a port into validDomains and the SSO resource for the local dev server', async () => {
    const filled = fillManifest(await readFile(TEMPLATE_PATH, 'utf8'), packageConfigFrom({}));
    expect(filled).toMatchObject({ validDomains: ['localhost:3000'], webApplicationInfo: { resource: `api://localhost:3000/${DEFAULT_CLIENT_ID}` } });
    expect(validateManifest(filled)).toEqual([]);
  });

  it('reports a schema violation with its path instead of writing a broken package', () => {
    const problems = validateManifest({ manifestVersion: '1.30', version: '1', id: 'ikke-guid' });
    expect(problems.map((p) => p.path)).toContain('/id');
  });
});
