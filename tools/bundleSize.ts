/**
 * `npm run size` (first half): builds the app in production mode into out/size and writes
 * out/size/pages.json — for each page, the JavaScript files its HTML loads before the app starts
 * (the entrypoint's initial chunks) and its start-up JavaScript: those and the chunks its HTML
 * preloads because the entry imports them as it starts (MSAL, the Graph side, its screens). Chunks
 * loaded later by `import()` are in neither. size-limit (`.size-limit.js`) then gzips each page's
 * start-up JavaScript and fails when a page passes its budget.
 *
 * `npm run size -- --no-build` reuses the last build's pages.json (after changing a budget).
 * `pageSizes()` is also what `npm run bench` prints.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import webpack, { type Configuration, type StatsCompilation } from 'webpack';
import { BROWSER_CHUNKS_META } from '../src/ui/shared/browserChunksMeta.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SIZE_OUT_DIR = path.join(root, 'out/size');
export const PAGES_FILE = path.join(SIZE_OUT_DIR, 'pages.json');

/** Entry name → the initial .js files of its page, relative to the output folder. */
export type PageFiles = Record<string, string[]>;

/** pages.json: the initial files of each page, its start-up files, and the npm packages in its initial files. */
export interface PagesReport {
  files: PageFiles;
  /**
   * Initial files and what the page's HTML preloads: all a page fetches and evaluates before it is
   * ready. A page that runs in Teams and in a plain browser has one per host (`startupPerHost`).
   */
  startup: PageFiles;
  packages: Record<string, string[]>;
}

/** The initial JavaScript of each entrypoint in webpack's stats (source maps and other assets left out). */
export function initialScripts(stats: Pick<StatsCompilation, 'entrypoints'>): PageFiles {
  const pages: PageFiles = {};
  for (const [name, entrypoint] of Object.entries(stats.entrypoints ?? {})) {
    pages[name] = (entrypoint.assets ?? []).map((asset) => asset.name).filter((file) => file.endsWith('.js'));
  }
  return pages;
}

async function build(): Promise<StatsCompilation> {
  process.env.MOTEBOK_OUT_DIR = SIZE_OUT_DIR;
  // Imported by URL so TypeScript does not need types for the plain-JS webpack config.
  const module = (await import(pathToFileURL(path.join(root, 'webpack.config.js')).href)) as {
    default: (env: object, argv: { mode: string }) => Promise<Configuration>;
  };
  const config = await module.default({}, { mode: 'production' });
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error || !stats) return reject(error ?? new Error('webpack ga ingen statistikk / webpack returned no stats'));
      if (stats.hasErrors()) return reject(new Error(stats.toString('errors-only')));
      resolve(stats.toJson({ all: false, entrypoints: true, chunkGroups: true, ids: true, chunks: true, chunkModules: true, nestedModules: true }));
    });
  });
}

/**
 * Packages no page may carry in its initial JavaScript: each comes with the feature that needs it
 * (docx when a document is made, ProseMirror when a sak is opened, MSAL and the Graph client
 * by `import()` at start, Live Share and Fluid when a meeting surface joins the live channel, pdf-lib when a møtebok PDF is built). Drag and drop (dnd-kit) belongs to the workspace's agenda only. A prefix ending in "/"
 * or "-" names a family of packages.
 */
const EVERY_PAGE = ['docx', 'prosemirror-', '@azure/msal-browser', '@microsoft/microsoft-graph-client', '@microsoft/live-share', 'fluid-framework', '@fluidframework/', 'pdf-lib', '@pdf-lib/'];
export const MUST_NOT_CARRY: Record<string, readonly string[]> = {
  workspace: EVERY_PAGE,
  tabConfig: [...EVERY_PAGE, '@dnd-kit/'],
  sidePanel: [...EVERY_PAGE, '@dnd-kit/'],
  stage: [...EVERY_PAGE, '@dnd-kit/'],
  outlook: [...EVERY_PAGE, '@dnd-kit/'],
};

/** One line per page that carries a package it must not, naming the page and the packages. */
export function unwantedPackages(packages: Record<string, string[]>, rules: Record<string, readonly string[]> = MUST_NOT_CARRY): string[] {
  return Object.entries(packages).flatMap(([page, names]) => {
    const banned = rules[page] ?? EVERY_PAGE;
    const found = names.filter((name) => banned.some((rule) => (/[/-]$/.test(rule) ? name.startsWith(rule) : name === rule)));
    return found.length === 0 ? [] : [`${page}: laster ${found.join(', ')} før siden starter / loads ${found.join(', ')} up front`];
  });
}

/** The npm packages in each page's initial chunks (what `.size-limit.js` checks a page must not carry). */
export function initialPackages(stats: StatsCompilation): Record<string, string[]> {
  const chunks = new Map((stats.chunks ?? []).map((chunk) => [chunk.id, chunk]));
  const packagesOf = (modules: StatsCompilation['modules'] = []): string[] =>
    modules.flatMap((module) => [...packageNames(module.name ?? ''), ...packagesOf(module.modules)]);
  return Object.fromEntries(
    Object.entries(stats.entrypoints ?? {}).map(([name, entrypoint]) => {
      const names = (entrypoint.chunks ?? []).flatMap((id) => packagesOf(chunks.get(id)?.modules));
      return [name, [...new Set(names)].sort()];
    }),
  );
}

function packageNames(moduleName: string): string[] {
  // The last node_modules/ in the path names the package (a nested copy counts as its own name).
  const last = [...moduleName.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)].at(-1)?.[1];
  return last ? [last] : [];
}

/** Gzip size (level 9, as size-limit measures) of each page's initial JavaScript, in bytes. */
export function pageSizes(pages: PageFiles, outDir = SIZE_OUT_DIR): Record<string, number> {
  return Object.fromEntries(
    Object.entries(pages).map(([page, files]) => [
      page,
      files.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(outDir, file)), { level: 9 }).length, 0),
    ]),
  );
}

/**
 * The scripts a page's HTML preloads (`<link rel="preload" as="script">`, tools/startupPreloadPlugin.mjs):
 * the chunks its entry imports as it starts (MSAL, the Graph side, its screens, the theme). Not
 * initial JavaScript, since nothing runs until the entry imports them, but fetched and evaluated
 * before the page is ready: `npm run bench -- coldLoad` prints them beside the initial JavaScript.
 */
export function preloadedScripts(html: string): string[] {
  // The production HTML is minified: attribute values may come with or without quotes.
  const attribute = (tag: string, name: string) => new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`).exec(tag)?.slice(1).find((value) => value !== undefined);
  return [...html.matchAll(/<link\b[^>]*>/g)]
    .map((match) => match[0])
    .filter((tag) => attribute(tag, 'rel') === 'preload' && attribute(tag, 'as') === 'script')
    .map((tag) => attribute(tag, 'href')?.replace(/^\//, ''))
    .filter((file): file is string => file !== undefined);
}

/**
 * Each page's start-up JavaScript: its initial files, then the scripts its HTML preloads (each file
 * once). `htmlOf` gives an entry's built HTML, or undefined for an entry without a page of its own.
 */
export function startupScripts(initial: PageFiles, htmlOf: (entry: string) => string | undefined): PageFiles {
  return Object.fromEntries(
    Object.entries(initial).map(([entry, files]) => {
      const html = htmlOf(entry);
      return [entry, [...new Set([...files, ...(html === undefined ? [] : preloadedScripts(html))])]];
    }),
  );
}

/** The scripts a page's HTML names for a plain browser only (the `<meta>` of tools/startupPreloadPlugin.mjs), which its entry preloads there. */
export function browserOnlyScripts(html: string): string[] {
  const meta = [...html.matchAll(/<meta\b[^>]*>/g)].map((match) => match[0]).find((tag) => new RegExp(`\\bname=["']?${BROWSER_CHUNKS_META}["'\\s>]`).test(tag));
  const content = meta ? /\bcontent=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/.exec(meta)?.slice(1).find((value) => value !== undefined) : undefined;
  return (content ?? '').split(/\s+/).filter(Boolean).map((address) => address.replace(/^\//, ''));
}

/**
 * A page that runs in Teams and in a plain browser (the workspace: `teamsChunks` in webpack.config.js)
 * has a start-up per host, since its HTML preloads only what both need and its entry fetches the rest
 * first thing (src/ui/shared/hostChunksFirst.ts): in a browser, what its HTML names for a browser
 * (MSAL's standard application, the sign-in screen); in Teams, the `teamsChunks` (teams-js, MSAL's
 * nested part). Each is counted in full, as `<entry>@browser` and `<entry>@teams`, and budgeted
 * (.size-limit.js), so neither host's start-up goes uncounted. Other pages keep one start-up.
 */
export function startupPerHost(
  startup: PageFiles,
  htmlOf: (entry: string) => string | undefined,
  teamsFilesOf: (entry: string) => string[] | undefined,
): PageFiles {
  return Object.fromEntries(
    Object.entries(startup).flatMap(([entry, files]) => {
      const teams = teamsFilesOf(entry);
      if (teams === undefined) return [[entry, files]];
      const browser = browserOnlyScripts(htmlOf(entry) ?? '');
      return [
        [`${entry}@browser`, [...new Set([...files, ...browser])]],
        [`${entry}@teams`, [...new Set([...files, ...teams])]],
      ];
    }),
  );
}

/** The .js files of each named chunk group (its `import()`'s chunks) in webpack's stats; an unknown name is an error, not a chunk left uncounted. */
export function chunkGroupScripts(stats: Pick<StatsCompilation, 'namedChunkGroups'>, names: readonly string[]): string[] {
  return names.flatMap((name) => {
    const group = stats.namedChunkGroups?.[name];
    if (!group) throw new Error(`Ingen chunk «${name}» i bygget (teamsChunks i webpack.config.js) / No chunk named «${name}» in the build`);
    return (group.assets ?? []).map((asset) => asset.name).filter((file) => file.endsWith('.js'));
  });
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) {
    const started = Date.now();
    console.log('Bygger produksjonsversjonen i out/size … / Building production into out/size …');
    const stats = await build();
    const { SURFACES } = (await import(pathToFileURL(path.join(root, 'webpack.config.js')).href)) as { SURFACES: Record<string, { page: string; teamsChunks?: string[] }> };
    const files = initialScripts(stats);
    const htmlOf = (entry: string) => {
      const page = SURFACES[entry]?.page;
      return page && existsSync(path.join(SIZE_OUT_DIR, page)) ? readFileSync(path.join(SIZE_OUT_DIR, page), 'utf8') : undefined;
    };
    const teamsFilesOf = (entry: string) => {
      const names = SURFACES[entry]?.teamsChunks;
      return names ? chunkGroupScripts(stats, names) : undefined;
    };
    const report: PagesReport = { files, startup: startupPerHost(startupScripts(files, htmlOf), htmlOf, teamsFilesOf), packages: initialPackages(stats) };
    mkdirSync(SIZE_OUT_DIR, { recursive: true });
    writeFileSync(PAGES_FILE, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`Ferdig på ${Math.round((Date.now() - started) / 1000)} s / done.`);
  } else if (!existsSync(PAGES_FILE)) {
    console.error(`Fant ikke ${path.relative(root, PAGES_FILE)}: kjør «npm run size» uten --no-build først. / No previous build: run without --no-build.`);
    process.exitCode = 1;
    return;
  }
  const report = JSON.parse(readFileSync(PAGES_FILE, 'utf8')) as PagesReport;
  const problems = unwantedPackages(report.packages);
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exitCode = 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
