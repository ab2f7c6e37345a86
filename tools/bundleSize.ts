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
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import webpack, { type Configuration, type StatsCompilation } from 'webpack';
import { BROWSER_CHUNKS_META } from '../src/ui/shared/browserChunksMeta.mjs';
import { catalogueTexts, compileText } from './catalogueSplitLoader.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SIZE_OUT_DIR = path.join(root, 'out/size');
export const PAGES_FILE = path.join(SIZE_OUT_DIR, 'pages.json');

/** Entry name → the initial .js files of its page, relative to the output folder. */
export type PageFiles = Record<string, string[]>;

/** pages.json: the initial files of each page, its start-up files, its style sheets, and the npm packages in its initial files. */
export interface PagesReport {
  files: PageFiles;
  /**
   * Initial files and what the page's HTML preloads: all a page fetches and evaluates before it is
   * ready. A page that runs in Teams and in a plain browser has one per host (`startupPerHost`); the
   * side panel has a second for the referent, with the chunks it fetches once it knows she records
   * (`startupWithRole`).
   */
  startup: PageFiles;
  /**
   * The style sheets a page's HTML links (`<link rel="stylesheet">`): Griffel's CSS rules, moved out of
   * the JavaScript into one sheet per page (tools/griffelPageCssPlugin.mjs). Fetched before the first
   * paint, so shown beside the start-up JavaScript (not against its budget: `.size-limit.js` counts JS).
   */
  styles: PageFiles;
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
      resolve(
        stats.toJson({ all: false, entrypoints: true, chunkGroups: true, ids: true, chunks: true, chunkModules: true, nestedModules: true, modules: true }),
      );
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

/**
 * Packages a page's whole start-up (its initial files and what its HTML preloads) must not carry:
 * the stage shows Fluent's MessageBar and Button only when something is wrong, so they come in a
 * chunk of their own (ui/shared/lateProblemBars.tsx), fetched once the stage is idle; its progress bar
 * has a value, so no motion library (`ui/shared/ValueProgressBar.tsx`); and teams-js's bundled `debug`
 * (with `ms`) is replaced by silent loggers at build time (tools/teamsJsDebugPlugin.mjs).
 */
export const NOT_AT_STARTUP: Record<string, readonly string[]> = {
  stage: ['@fluentui/react-message-bar', '@fluentui/react-button', '@fluentui/react-motion', 'debug', 'ms'],
};

/**
 * Packages no file of the build may carry, on any page, at start or later: the ICU message compiler.
 * The catalogues are compiled at build time (tools/catalogueSplitLoader.mjs) and Lingui's runtime only
 * runs compiled messages; `@lingui/core` imports the compiler for development builds alone, so a
 * production build carrying it means that guard stopped working (tests compile at registration).
 */
export const NEVER_SHIPPED: readonly string[] = ['@lingui/message-utils', '@messageformat/', 'moo'];

/** The modules of the whole build (concatenated ones included) from packages in `never`, one line each. */
export function shippedCompiler(stats: Pick<StatsCompilation, 'modules'>, never: readonly string[] = NEVER_SHIPPED): string[] {
  const all = (stats.modules ?? []).flatMap((module) => [module, ...(module.modules ?? [])]);
  return [
    ...new Set(
      all
        .map((module) => module.name ?? '')
        .filter((name) => packageNames(name).some((found) => never.some((rule) => (rule.endsWith('/') ? found.startsWith(rule) : found === rule)))),
    ),
  ].sort();
}

/** The npm packages in the files of each page's start-up, concatenated modules included (for `NOT_AT_STARTUP`). */
export function startupPackages(stats: Pick<StatsCompilation, 'chunks' | 'modules'>, startup: PageFiles): Record<string, string[]> {
  const chunkOfFile = new Map((stats.chunks ?? []).flatMap((chunk) => (chunk.files ?? []).map((file) => [file, chunk.id] as const)));
  return Object.fromEntries(
    Object.entries(startup).map(([page, files]) => {
      const chunks = new Set(files.map((file) => chunkOfFile.get(file)));
      const names = (stats.modules ?? [])
        .filter((module) => (module.chunks ?? []).some((id) => chunks.has(id)))
        .flatMap((module) => [module, ...(module.modules ?? [])])
        .flatMap((module) => packageNames(module.name ?? ''));
      return [page, [...new Set(names)].sort()];
    }),
  );
}

/**
 * The catalogue texts of the modules under `dir` (src/ui, tests left out) that the build must compile:
 * those with ICU syntax (an argument, a plural, a quote), which tools/catalogueSplitLoader.mjs turns
 * into Lingui's compiled form. `files` narrows it to some modules (relative to `dir`).
 */
export function textsToCompile(dir = path.join(root, 'src/ui'), files?: readonly string[]): string[] {
  const modules = files ?? readdirSync(dir, { recursive: true }).map(String).filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file));
  const texts = modules.flatMap((file) => catalogueTexts(readFileSync(path.join(dir, file), 'utf8'), file).map(({ text }) => text));
  return [...new Set(texts.filter((text) => typeof compileText(text) !== 'string'))].sort();
}

/**
 * The texts of `texts` that stand in the built code as written, as a string literal in any quotes: a
 * catalogue the loader did not compile, which a production page would show as raw ICU (i18n.ts then
 * reports it and shows its best guess).
 */
export function uncompiledTexts(code: string, texts: readonly string[]): string[] {
  const escaped = (text: string, quote: string) => text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replaceAll(quote, `\\${quote}`);
  const literals = (text: string) => [JSON.stringify(text), `'${escaped(text, "'")}'`, `\`${escaped(text, '`').replace(/\$\{/g, '\\${')}\``];
  return texts.filter((text) => literals(text).some((literal) => code.includes(literal)));
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

/** An attribute's value in one HTML tag: the production HTML is minified, so values come with or without quotes. */
function attributeOf(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`).exec(tag)?.slice(1).find((value) => value !== undefined);
}

/**
 * The scripts a page's HTML preloads (`<link rel="preload" as="script">`, tools/startupPreloadPlugin.mjs):
 * the chunks its entry imports as it starts (MSAL, the Graph side, its screens). Not
 * initial JavaScript, since nothing runs until the entry imports them, but fetched and evaluated
 * before the page is ready: `npm run bench -- coldLoad` prints them beside the initial JavaScript.
 */
export function preloadedScripts(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*>/g)]
    .map((match) => match[0])
    .filter((tag) => attributeOf(tag, 'rel') === 'preload' && attributeOf(tag, 'as') === 'script')
    .map((tag) => attributeOf(tag, 'href')?.replace(/^\//, ''))
    .filter((file): file is string => file !== undefined);
}

/** The style sheets a page's HTML links (`<link rel="stylesheet">`), quoted or not. */
export function linkedStylesheets(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*>/g)]
    .map((match) => match[0])
    .filter((tag) => attributeOf(tag, 'rel') === 'stylesheet')
    .map((tag) => attributeOf(tag, 'href')?.replace(/^\//, ''))
    .filter((file): file is string => file !== undefined);
}

/** Each page's style sheets (`linkedStylesheets`); an entry without a page of its own has none. */
export function pageStylesheets(entries: readonly string[], htmlOf: (entry: string) => string | undefined): PageFiles {
  return Object.fromEntries(entries.map((entry) => {
    const html = htmlOf(entry);
    return [entry, html === undefined ? [] : linkedStylesheets(html)];
  }));
}

/** One line per page: its start-up JavaScript and its style sheets, gzip, in kB (1,000 bytes). */
export function sizeLines(report: Pick<PagesReport, 'startup' | 'styles'>, outDir = SIZE_OUT_DIR): string[] {
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  const scripts = pageSizes(report.startup, outDir);
  const sheets = pageSizes(report.styles, outDir);
  return Object.keys(report.startup).map((page) => {
    const host = page.split('@')[0] ?? page;
    return `${page}: JS ${kB(scripts[page] ?? 0)} + CSS ${kB(sheets[host] ?? 0)} (gzip)`;
  });
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

/**
 * A page whose person decides what it fetches next (the side panel: the referent's recorder, `referentChunks`
 * in webpack.config.js, fetched once the panel knows she records, never for a member) keeps its start-up
 * (everyone's, budgeted as before) and gets a second line, `<entry>@<role>`: that start-up and the role's
 * chunks, each file once, budgeted too (.size-limit.js), so nothing moved out of the start-up goes
 * uncounted for the person who needs it. `roleFilesOf` gives an entry's role chunks' files, or undefined.
 */
export function startupWithRole(startup: PageFiles, role: string, roleFilesOf: (entry: string) => string[] | undefined): PageFiles {
  return Object.fromEntries(
    Object.entries(startup).flatMap(([page, files]) => {
      const extra = roleFilesOf(page);
      return extra === undefined ? [[page, files]] : [[page, files], [`${page}@${role}`, [...new Set([...files, ...extra])]]];
    }),
  );
}

/**
 * Copies a page may carry: the workspace's entry starts its first reads before the Graph side is here,
 * the case numbers of the open meeting's year among them (`sameYearNumbering`, which reads a meeting's
 * year with `dates.ts`), so it has its own `dates.ts` (and `errors.ts`, which dates.ts throws); the
 * Graph side has one for the pages whose entry does not (about 1 kB gzip).
 */
export const TWICE_ALLOWED: Record<string, readonly string[]> = {
  workspace: ['./src/domain/dates.ts', './src/domain/errors.ts'],
};

/**
 * Modules a page fetches twice at start: in two of its start-up files (one line per page and module).
 * Chunks kept whole (WHOLE_CHUNKS in webpack.config.js) each carry a copy of what they share unless a
 * cache group gives it a file of its own (`sharedAtStartup`); `npm run size` fails on a copy that
 * comes back (issue 14: the stage and the side panel carried their domain code twice).
 */
export function duplicatedAtStartup(stats: Pick<StatsCompilation, 'chunks' | 'modules'>, startup: PageFiles, allowed: Record<string, readonly string[]> = TWICE_ALLOWED): string[] {
  const chunkOfFile = new Map((stats.chunks ?? []).flatMap((chunk) => (chunk.files ?? []).map((file) => [file, chunk.id] as const)));
  return Object.entries(startup).flatMap(([page, files]) => {
    const fileOf = new Map(files.flatMap((file) => (chunkOfFile.has(file) ? [[chunkOfFile.get(file), file] as const] : [])));
    const mayBeTwice = new Set(allowed[page.split('@')[0] ?? page] ?? []);
    return (stats.modules ?? [])
      .filter((module) => module.type === 'module' && !mayBeTwice.has(module.name ?? ''))
      .flatMap((module) => {
        const carriers = (module.chunks ?? []).flatMap((id) => fileOf.get(id) ?? []);
        return carriers.length > 1 ? [`${page}: ${module.name ?? module.identifier} i / in ${carriers.join(', ')}`] : [];
      });
  });
}

/**
 * Chunks whose code must be one module, concatenated by webpack (no module wrappers, imports or export
 * getters between its parts): MSAL's nested app auth, fetched at start by the side panel, the stage,
 * the Outlook pane and the workspace in Teams. Its MSAL modules are its own (the layer `msal-nested`,
 * webpack.config.js); shared with MSAL's standard application (chunk "msal") they could not be
 * concatenated, and their wrappers cost about 12 kB minified (issue 14).
 */
export const CONCATENATED_CHUNKS = ['msal-nested'] as const;

/** One line per chunk of `names` that holds more than one module (the modules named), from webpack's stats. */
export function unconcatenated(stats: Pick<StatsCompilation, 'namedChunkGroups' | 'modules'>, names: readonly string[] = CONCATENATED_CHUNKS): string[] {
  return names.flatMap((name) => {
    const group = stats.namedChunkGroups?.[name];
    if (!group) return [`${name}: ingen slik chunk i bygget / no such chunk in the build`];
    const ids = new Set(group.chunks ?? []);
    const modules = (stats.modules ?? []).filter((module) => module.type === 'module' && (module.chunks ?? []).some((id) => ids.has(id)));
    return modules.length > 1 ? [`${name}: ${modules.length} moduler / modules (${modules.map((module) => module.name ?? module.identifier).slice(0, 5).join(', ')} …)`] : [];
  });
}

/** The .js files of each named chunk group (its `import()`'s chunks) in webpack's stats; an unknown name is an error, not a chunk left uncounted. */
export function chunkGroupScripts(stats: Pick<StatsCompilation, 'namedChunkGroups'>, names: readonly string[]): string[] {
  return names.flatMap((name) => {
    const group = stats.namedChunkGroups?.[name];
    if (!group) throw new Error(`Ingen chunk «${name}» i bygget (teamsChunks, referentChunks i webpack.config.js) / No chunk named «${name}» in the build`);
    return (group.assets ?? []).map((asset) => asset.name).filter((file) => file.endsWith('.js'));
  });
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) {
    const started = Date.now();
    console.log('Bygger produksjonsversjonen i out/size … / Building production into out/size …');
    const stats = await build();
    const { SURFACES } = (await import(pathToFileURL(path.join(root, 'webpack.config.js')).href)) as { SURFACES: Record<string, { page: string; teamsChunks?: string[]; referentChunks?: string[] }> };
    const files = initialScripts(stats);
    const htmlOf = (entry: string) => {
      const page = SURFACES[entry]?.page;
      return page && existsSync(path.join(SIZE_OUT_DIR, page)) ? readFileSync(path.join(SIZE_OUT_DIR, page), 'utf8') : undefined;
    };
    const teamsFilesOf = (entry: string) => {
      const names = SURFACES[entry]?.teamsChunks;
      return names ? chunkGroupScripts(stats, names) : undefined;
    };
    const referentFilesOf = (entry: string) => {
      const names = SURFACES[entry]?.referentChunks;
      return names ? chunkGroupScripts(stats, names) : undefined;
    };
    const report: PagesReport = {
      files,
      startup: startupWithRole(startupPerHost(startupScripts(files, htmlOf), htmlOf, teamsFilesOf), 'referent', referentFilesOf),
      styles: pageStylesheets(Object.keys(files), htmlOf),
      packages: initialPackages(stats),
    };
    const late = startupPackages(stats, report.startup);
    const early = unwantedPackages(Object.fromEntries(Object.keys(NOT_AT_STARTUP).map((page) => [page, late[page] ?? []])), NOT_AT_STARTUP);
    if (early.length > 0) {
      console.error(early.join('\n'));
      process.exitCode = 1;
    }
    const compiler = shippedCompiler(stats);
    if (compiler.length > 0) {
      console.error(`Meldingskompilatoren er med i bygget (katalogene skal kompileres ved bygging) / the message compiler is in the build:\n${compiler.join('\n')}`);
      process.exitCode = 1;
    }
    const code = readdirSync(SIZE_OUT_DIR, { recursive: true }).map(String).filter((file) => file.endsWith('.js')).map((file) => readFileSync(path.join(SIZE_OUT_DIR, file), 'utf8')).join('\n');
    const raw = uncompiledTexts(code, textsToCompile());
    if (raw.length > 0) {
      console.error(`Katalogtekster som ikke er kompilert i bygget / catalogue texts left uncompiled in the build:\n${raw.join('\n')}`);
      process.exitCode = 1;
    }
    const twice = duplicatedAtStartup(stats, report.startup);
    if (twice.length > 0) {
      console.error(`Moduler som en side henter to ganger ved oppstart / modules a page fetches twice at start:\n${twice.join('\n')}`);
      process.exitCode = 1;
    }
    const apart = unconcatenated(stats);
    if (apart.length > 0) {
      console.error(`Chunker som skal være én modul / chunks that must be one module:\n${apart.join('\n')}`);
      process.exitCode = 1;
    }
    mkdirSync(SIZE_OUT_DIR, { recursive: true });
    writeFileSync(PAGES_FILE, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`Ferdig på ${Math.round((Date.now() - started) / 1000)} s / done.`);
  } else if (!existsSync(PAGES_FILE)) {
    console.error(`Fant ikke ${path.relative(root, PAGES_FILE)}: kjør «npm run size» uten --no-build først. / No previous build: run without --no-build.`);
    process.exitCode = 1;
    return;
  }
  const report = JSON.parse(readFileSync(PAGES_FILE, 'utf8')) as PagesReport;
  // The style sheets beside the JavaScript, so bytes moved from one to the other show (size-limit budgets the JS).
  if (report.styles) console.log(['Oppstart per side / start-up per page:', ...sizeLines(report)].join('\n  '));
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
