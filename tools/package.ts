import { existsSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import dotenv from 'dotenv';
import JSZip from 'jszip';
import { renderColorIcon, renderOutlineIcon } from './icons';
import { validateLocalization, validateManifest } from './manifestSchema';

/**
 * `npm run package`: builds appPackage.zip — the one unified Microsoft 365 app package that
 * carries the Teams tabs and the Outlook add-in — from manifest/manifest.template.json.
 * Configuration: MOTEBOK_APP_URL (where the web build is served) and MOTEBOK_CLIENT_ID (the Entra
 * app registration). Defaults fit the local tenant and `npm start`.
 */
export const DEFAULT_APP_URL = 'https://localhost:3000';
/** The local tenant's app registration (tenant/). */
export const DEFAULT_CLIENT_ID = '7d9e2b4c-1a3f-4e5d-9c8b-6a0f1e2d3c4b';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const TEMPLATE_PATH = path.join(ROOT, 'manifest', 'manifest.template.json');
/** The language files `localizationInfo.additionalLanguages` names (nynorsk and English users see the app's names in their language). */
export const LOCALIZATION_DIR = path.join(ROOT, 'manifest', 'localization');
export const DEFAULT_OUT_FILE = path.join(ROOT, 'appPackage.zip');

export interface PackageConfig {
  appUrl: string;
  clientId: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The environment with the repository's `.env` under it, as the build reads it (webpack.config.js:
 * dotenv, the environment winning). Without this, settings kept in `.env` reached the build but not
 * the package, which then silently pointed at the dev server with the local tenant's client id.
 */
export function withDotEnv(env: Record<string, string | undefined>, root: string = ROOT): Record<string, string | undefined> {
  const file = path.join(root, '.env');
  if (!existsSync(file)) return env;
  const fromFile = dotenv.parse(readFileSync(file));
  return { ...fromFile, ...Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined)) };
}

/**
 * Reads and checks the configuration, with messages a person running the script can act on.
 * `forPackage: false` is for tools that only read the address (`npm run test:m365`, `npm run doctor`): they
 * install nothing on anyone's machine, so a client id without an address is no mistake there.
 */
export function packageConfigFrom(env: Record<string, string | undefined>, { forPackage = true }: { forPackage?: boolean } = {}): PackageConfig {
  const rawUrl = env.MOTEBOK_APP_URL?.trim() || DEFAULT_APP_URL;
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    throw new Error(`MOTEBOK_APP_URL er ikke en gyldig adresse: «${rawUrl}».`);
  }
  if (url.protocol !== 'https:') throw new Error('MOTEBOK_APP_URL må bruke https:// (Teams og Outlook laster bare sikre sider).');
  if (url.search || url.hash) throw new Error('MOTEBOK_APP_URL kan ikke ha spørring (?) eller anker (#).');
  // A real host with the local tenant's client id would name an app registration that does not exist in
  // webApplicationInfo: refuse it rather than fill it in.
  if (env.MOTEBOK_APP_URL?.trim() && !env.MOTEBOK_CLIENT_ID?.trim()) {
    throw new Error('MOTEBOK_CLIENT_ID mangler: når MOTEBOK_APP_URL er satt, må app-pakken få klient-ID-en til app-registreringen deres (Entra ID → Appregistreringer → Møtebok → «Program-ID (klient)»).');
  }
  const clientId = env.MOTEBOK_CLIENT_ID?.trim() || DEFAULT_CLIENT_ID;
  if (!GUID.test(clientId)) throw new Error(`MOTEBOK_CLIENT_ID må være en GUID, fikk «${clientId}».`);
  // The other way round too: a real registration packaged for the dev server (the default address) would
  // install tabs and an add-in that open https://localhost:3000 on every user's machine.
  if (forPackage && env.MOTEBOK_CLIENT_ID?.trim() && !env.MOTEBOK_APP_URL?.trim()) {
    throw new Error(
      'MOTEBOK_APP_URL mangler: når MOTEBOK_CLIENT_ID er satt, må app-pakken få adressen nettappen (dist/) ligger på, https://<vert>. ' +
        'For utviklingsserveren: MOTEBOK_APP_URL=https://localhost:3000.',
    );
  }
  // No trailing slash: the template writes "{{HOST}}/outlook.html".
  return { appUrl: `${url.origin}${url.pathname.replace(/\/+$/, '')}`, clientId: clientId.toLowerCase() };
}

/** Fills the placeholders. {{HOST_NAME}} (host[:port][/path], no scheme) is derived for validDomains and the SSO resource. */
export function fillManifest(template: string, config: PackageConfig): unknown {
  const hostName = config.appUrl.replace(/^https:\/\//, '');
  const filled = template
    .replaceAll('{{HOST}}', config.appUrl)
    .replaceAll('{{HOST_NAME}}', hostName)
    .replaceAll('{{CLIENT_ID}}', config.clientId);
  const leftover = filled.match(/\{\{[A-Z_]+\}\}/);
  if (leftover) throw new Error(`Manifestmalen har en ukjent plassholder: ${leftover[0]}`);
  return JSON.parse(filled);
}

/** Every absolute URL in the manifest (tabs, add-in page, icons, developer pages). */
export function manifestUrls(manifest: unknown): string[] {
  const urls = new Set<string>();
  const walk = (value: unknown, key: string): void => {
    if (typeof value === 'string') {
      if (/^https?:\/\//i.test(value) && key !== '$schema') urls.add(value);
    } else if (Array.isArray(value)) {
      value.forEach((v) => walk(v, key));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, k);
    }
  };
  walk(manifest, '');
  return [...urls].sort();
}

/** The files of `localizationInfo.additionalLanguages`, which the package must carry beside manifest.json. */
export function languageFiles(manifest: unknown): string[] {
  const info = (manifest as { localizationInfo?: { additionalLanguages?: { file: string }[] } }).localizationInfo;
  return (info?.additionalLanguages ?? []).map((language) => language.file);
}

export async function buildAppPackage(config: PackageConfig, outFile: string = DEFAULT_OUT_FILE): Promise<{ outFile: string; manifest: unknown }> {
  const manifest = fillManifest(await readFile(TEMPLATE_PATH, 'utf8'), config);
  const problems = validateManifest(manifest);
  if (problems.length > 0) {
    throw new Error(`Manifestet er ugyldig:\n${problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`);
  }
  const zip = new JSZip();
  // Fixed dates keep the zip byte-identical between runs with the same configuration.
  const date = new Date('2026-01-01T00:00:00Z');
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`, { date });
  for (const file of languageFiles(manifest)) {
    const text = await readFile(path.join(LOCALIZATION_DIR, file), 'utf8');
    const languageProblems = validateLocalization(JSON.parse(text));
    if (languageProblems.length > 0) throw new Error(`Språkfilen ${file} er ugyldig:\n${languageProblems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`);
    zip.file(file, text, { date });
  }
  zip.file('color.png', await renderColorIcon(192), { date });
  zip.file('outline.png', await renderOutlineIcon(32), { date });
  await writeFile(outFile, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return { outFile, manifest };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  (async () => {
    const config = packageConfigFrom(withDotEnv(process.env));
    const { outFile } = await buildAppPackage(config, process.env.MOTEBOK_PACKAGE_OUT || DEFAULT_OUT_FILE);
    console.log(`Skrev ${path.relative(process.cwd(), outFile) || outFile} for ${config.appUrl} (klient-id ${config.clientId}).`);
  })().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
