import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import type { StatsCompilation } from 'webpack';
import {
  browserOnlyScripts,
  chunkGroupScripts,
  duplicatedAtStartup,
  initialPackages,
  initialScripts,
  linkedStylesheets,
  NOT_AT_STARTUP,
  pageStylesheets,
  preloadedScripts,
  sizeLines,
  shippedCompiler,
  startupPackages,
  unconcatenated,
  startupPerHost,
  startupScripts,
  startupWithRole,
  textsToCompile,
  uncompiledTexts,
  unwantedPackages,
} from './bundleSize';

// A trimmed copy of what webpack's stats say for two pages sharing a vendor chunk, with a chunk
// loaded later by import() that neither page lists among its initial chunks.
const stats: StatsCompilation = {
  entrypoints: {
    stage: { name: 'stage', chunks: ['vendor', 'stage'], assets: [{ name: 'vendor.1a.js', size: 10 }, { name: 'stage.2b.js', size: 5 }] },
    workspace: {
      name: 'workspace',
      chunks: ['vendor', 'workspace'],
      assets: [{ name: 'vendor.1a.js', size: 10 }, { name: 'workspace.3c.js', size: 7 }, { name: 'workspace.3c.js.LICENSE.txt', size: 1 }],
    },
  },
  chunks: [
    { id: 'vendor', modules: [{ name: './node_modules/react/index.js' }, { name: './node_modules/@fluentui/react-button/lib/index.js + 4 modules', modules: [{ name: './node_modules/@fluentui/react-button/lib/Button.js' }] }] },
    { id: 'stage', modules: [{ name: './src/ui/stage/main.tsx' }] },
    { id: 'workspace', modules: [{ name: './src/ui/workspace/main.tsx + 2 modules', modules: [{ name: './node_modules/@dnd-kit/core/dist/core.esm.js' }] }] },
    { id: 'documents', modules: [{ name: './node_modules/docx/dist/index.mjs' }] },
  ],
} as unknown as StatsCompilation;

describe('bundle size tool', () => {
  it('takes each page’s initial JavaScript files from the entrypoints, nothing else', () => {
    expect(initialScripts(stats)).toEqual({ stage: ['vendor.1a.js', 'stage.2b.js'], workspace: ['vendor.1a.js', 'workspace.3c.js'] });
  });

  it('names the packages in a page’s initial chunks, concatenated modules included, and not those of lazy chunks', () => {
    expect(initialPackages(stats)).toEqual({ stage: ['@fluentui/react-button', 'react'], workspace: ['@dnd-kit/core', '@fluentui/react-button', 'react'] });
  });

  it('names the page and the package when a page carries what it must not', () => {
    const problems = unwantedPackages({ stage: ['@dnd-kit/core', 'react', 'docx'], workspace: ['@dnd-kit/core', 'react'], outlook: ['prosemirror-view'] });
    expect(problems).toEqual([
      'stage: laster @dnd-kit/core, docx før siden starter / loads @dnd-kit/core, docx up front',
      'outlook: laster prosemirror-view før siden starter / loads prosemirror-view up front',
    ]);
  });

  it('keeps Live Share and the Fluid runtime out of the meeting pages’ initial JavaScript', () => {
    expect(unwantedPackages({ stage: ['react', '@microsoft/live-share', '@fluidframework/container-loader'], sidePanel: ['fluid-framework'] })).toEqual([
      'stage: laster @microsoft/live-share, @fluidframework/container-loader før siden starter / loads @microsoft/live-share, @fluidframework/container-loader up front',
      'sidePanel: laster fluid-framework før siden starter / loads fluid-framework up front',
    ]);
  });

  it('does not mistake a package whose name merely begins like a banned one', () => {
    expect(unwantedPackages({ stage: ['docx-preview-not-really'] })).toEqual([]);
  });
});

describe('preloadedScripts', () => {
  it("names the scripts a page's HTML preloads, not its stylesheets or its own scripts", () => {
    const html =
      '<script defer src="/stage.1a.js"></script><link rel="preload" as="script" href="/msal.2b.js" fetchpriority="low">' +
      '<link href="/graph.3c.js" rel="preload" as="script"><link rel="preload" as="style" href="/x.css"><link rel="icon" href="data:,">';
    expect(preloadedScripts(html)).toEqual(['msal.2b.js', 'graph.3c.js']);
    // As the production build writes it (minified: no quotes).
    expect(preloadedScripts('<link rel=icon href=data:,><link rel=preload as=script href=/stage-app.4d.js fetchpriority=low>')).toEqual(['stage-app.4d.js']);
  });
});

describe('the start-up CSS beside the start-up JavaScript', () => {
  it("names the style sheets a page's HTML links, not what it preloads, quoted or not", () => {
    const html = '<link rel="stylesheet" href="/stage.1a.css"><link rel=preload as=script href=/msal.2b.js><link rel=preload as=style href=/x.css><link href=/sidePanel.3c.css rel=stylesheet><link rel=icon href=data:,>';
    expect(linkedStylesheets(html)).toEqual(['stage.1a.css', 'sidePanel.3c.css']);
    expect(pageStylesheets(['stage', 'reference'], (entry) => (entry === 'stage' ? html : undefined))).toEqual({ stage: ['stage.1a.css', 'sidePanel.3c.css'], reference: [] });
  });

  it('prints each page’s JavaScript and CSS apart, gzip, a page counted per host with its one sheet', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bundle-size-'));
    try {
      // Incompressible bytes, so gzip leaves the sizes apart.
      const noise = (length: number) => Array.from({ length }, (_, index) => String.fromCharCode(33 + ((index * 7919) % 89))).join('');
      writeFileSync(path.join(dir, 'a.js'), noise(3000));
      writeFileSync(path.join(dir, 'b.js'), noise(1000));
      writeFileSync(path.join(dir, 'w.css'), noise(2000));
      const lines = sizeLines({ startup: { 'workspace@browser': ['a.js'], 'workspace@teams': ['a.js', 'b.js'], stage: ['b.js'] }, styles: { workspace: ['w.css'], stage: [] } }, dir);
      expect(lines).toHaveLength(3);
      const [browser, teams, stage] = lines.map((line) => /^(\S+): JS ([\d.]+) kB \+ CSS ([\d.]+) kB \(gzip\)$/.exec(line));
      expect([browser?.[1], teams?.[1], stage?.[1]]).toEqual(['workspace@browser', 'workspace@teams', 'stage']);
      expect(Number(teams?.[2])).toBeGreaterThan(Number(browser?.[2]));
      expect(browser?.[3]).toBe(teams?.[3]);
      expect(Number(browser?.[3])).toBeGreaterThan(0);
      expect(stage?.[3]).toBe('0.0');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('startupScripts', () => {
  it('counts what the HTML preloads with the initial files, each file once, and a page without HTML by its initial files', () => {
    const initial = { stage: ['stage.1a.js'], workspace: ['shared.9z.js', 'workspace.2b.js'], reference: ['reference.3c.js'] };
    const html: Record<string, string> = {
      stage: '<script defer src=/stage.1a.js></script><link rel=preload as=script href=/msal.4d.js><link rel=preload as=script href=/stage-app.5e.js>',
      workspace: '<link rel=preload as=script href=/shared.9z.js><link rel=preload as=script href=/msal.4d.js>',
    };
    expect(startupScripts(initial, (entry) => html[entry])).toEqual({
      stage: ['stage.1a.js', 'msal.4d.js', 'stage-app.5e.js'],
      workspace: ['shared.9z.js', 'workspace.2b.js', 'msal.4d.js'],
      reference: ['reference.3c.js'],
    });
  });
});

describe('startupPerHost', () => {
  it('counts a page that runs in Teams and in a browser once per host, each with what that host fetches at start', () => {
    const startup = { workspace: ['workspace.1a.js', 'graph.2b.js'], stage: ['stage.3c.js', 'teams-js.4d.js'] };
    const html: Record<string, string> = {
      workspace: '<meta name=motebok-browser-chunks content="/msal.5e.js /sign-in.6f.js"><link rel=preload as=script href=/graph.2b.js>',
      stage: '<meta name="motebok-browser-chunks" content="/msal.5e.js">',
    };
    const teams: Record<string, string[]> = { workspace: ['teams-js.4d.js', 'msal-nested.7g.js'] };
    expect(startupPerHost(startup, (entry) => html[entry], (entry) => teams[entry])).toEqual({
      'workspace@browser': ['workspace.1a.js', 'graph.2b.js', 'msal.5e.js', 'sign-in.6f.js'],
      'workspace@teams': ['workspace.1a.js', 'graph.2b.js', 'teams-js.4d.js', 'msal-nested.7g.js'],
      // A page without Teams chunks of its own keeps one start-up.
      stage: ['stage.3c.js', 'teams-js.4d.js'],
    });
  });

  it('reads the browser-only chunks from the built HTML, quoted or not', () => {
    expect(browserOnlyScripts('<meta charset=utf-8><meta name="motebok-browser-chunks" content="/msal.5e.js /9976.1a.js">')).toEqual(['msal.5e.js', '9976.1a.js']);
    expect(browserOnlyScripts('<meta content=/sign-in.6f.js name=motebok-browser-chunks>')).toEqual(['sign-in.6f.js']);
    expect(browserOnlyScripts('<meta name=viewport content=width=device-width>')).toEqual([]);
  });
});

describe('startupWithRole', () => {
  it('keeps everyone’s start-up and adds the role’s line: that start-up and the chunks fetched once the page knows, each file once', () => {
    const startup = { sidePanel: ['sidePanel.1a.js', 'side-panel-app.2b.js', 'graph-shared.3c.js'], stage: ['stage.4d.js'] };
    const referent: Record<string, string[]> = { sidePanel: ['graph-shared.3c.js', 'editor-shared.5e.js', 'side-panel-recorder.6f.js', 'richTextEditor.7g.js'] };
    expect(startupWithRole(startup, 'referent', (entry) => referent[entry])).toEqual({
      sidePanel: ['sidePanel.1a.js', 'side-panel-app.2b.js', 'graph-shared.3c.js'],
      'sidePanel@referent': ['sidePanel.1a.js', 'side-panel-app.2b.js', 'graph-shared.3c.js', 'editor-shared.5e.js', 'side-panel-recorder.6f.js', 'richTextEditor.7g.js'],
      stage: ['stage.4d.js'],
    });
  });
});

describe('duplicatedAtStartup', () => {
  // The stage fetches the Graph side and its screens side by side; the workspace fetches its screens later.
  const built = {
    chunks: [
      { id: 1, files: ['graph.1.js'] },
      { id: 2, files: ['stage-app.2.js', 'stage-app.2.js.LICENSE.txt'] },
      { id: 3, files: ['workspace-app.3.js'] },
    ],
    modules: [
      { type: 'module', name: './src/domain/conventions.ts', chunks: [1, 2] },
      { type: 'module', name: './src/domain/model.ts', chunks: [1, 3] },
      { type: 'module', name: './src/ui/stage/StageApp.tsx + 3 modules', chunks: [2] },
      { type: 'runtime', name: 'webpack/runtime/load script', chunks: [1, 2] },
    ],
  } as unknown as StatsCompilation;

  it('names each module a page carries in two of its start-up files, and only those', () => {
    expect(duplicatedAtStartup(built, { stage: ['graph.1.js', 'stage-app.2.js'], workspace: ['workspace-app.3.js'] })).toEqual([
      'stage: ./src/domain/conventions.ts i / in graph.1.js, stage-app.2.js',
    ]);
  });

  it('lets a page keep the copies it is allowed, per page (each host of a page alike)', () => {
    expect(duplicatedAtStartup(built, { 'workspace@teams': ['graph.1.js', 'workspace-app.3.js'], stage: ['graph.1.js', 'workspace-app.3.js'] }, { workspace: ['./src/domain/model.ts'] })).toEqual([
      'stage: ./src/domain/model.ts i / in graph.1.js, workspace-app.3.js',
    ]);
  });

  it('counts a copy wherever a page fetches two files that hold it', () => {
    expect(duplicatedAtStartup(built, { stage: ['stage-app.2.js'], workspace: ['graph.1.js', 'workspace-app.3.js', 'stage-app.2.js'] })).toEqual([
      'workspace: ./src/domain/conventions.ts i / in graph.1.js, stage-app.2.js',
      'workspace: ./src/domain/model.ts i / in graph.1.js, workspace-app.3.js',
    ]);
  });
});

describe('startupPackages', () => {
  it('names the packages of every file a page fetches at start, concatenated modules included, so the stage is told when Fluent’s MessageBar comes back', () => {
    const built = {
      chunks: [
        { id: 1, files: ['stage-app.1.js'] },
        { id: 2, files: ['problem-bars.2.js'] },
      ],
      modules: [
        { type: 'module', name: './src/ui/stage/StageApp.tsx + 2 modules', chunks: [1], modules: [{ name: './node_modules/@fluentui/react-spinner/lib/Spinner.js' }, { name: './src/ui/stage/stageText.ts' }] },
        { type: 'module', name: './node_modules/@fluentui/react-message-bar/lib/MessageBar.js', chunks: [2] },
      ],
    } as unknown as StatsCompilation;
    const found = startupPackages(built, { stage: ['stage-app.1.js'], later: ['stage-app.1.js', 'problem-bars.2.js'] });
    expect(found).toEqual({ stage: ['@fluentui/react-spinner'], later: ['@fluentui/react-message-bar', '@fluentui/react-spinner'] });
    expect(unwantedPackages({ stage: found.later ?? [] }, NOT_AT_STARTUP)).toEqual(['stage: laster @fluentui/react-message-bar før siden starter / loads @fluentui/react-message-bar up front']);
    expect(unwantedPackages({ stage: found.stage ?? [] }, NOT_AT_STARTUP)).toEqual([]);
  });
});

describe('chunkGroupScripts', () => {
  it('names the scripts of each chunk group, and fails on a name the build does not have', () => {
    const stats = { namedChunkGroups: { 'teams-js': { assets: [{ name: 'teams-js-lib.1a.js' }, { name: 'teams-js.2b.js' }, { name: 'teams-js.2b.js.map' }] } } };
    expect(chunkGroupScripts(stats, ['teams-js'])).toEqual(['teams-js-lib.1a.js', 'teams-js.2b.js']);
    expect(() => chunkGroupScripts(stats, ['msal-nested'])).toThrow(/msal-nested/);
  });
});

const ROOT = path.join(import.meta.dirname, '..');

/** The file a relative import names, as TypeScript resolves it in this project (undefined when it is no source file). */
function resolveSource(from: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(from), specifier);
  return [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), base].find((file) => /\.tsx?$/.test(file) && existsSync(file));
}

/**
 * The webpackChunkName of each `import()` that calling `name` (a function of `file`) reaches: in its
 * body and in the app's own functions it calls, followed through their relative imports. Read from
 * the sources, as the build reads the names; a function passed around rather than called is not followed.
 */
function chunksReachedBy(file: string, name: string, seen = new Set<string>()): string[] {
  if (seen.has(`${file}#${name}`)) return [];
  seen.add(`${file}#${name}`);
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const imported = new Map<string, [string, string]>();
  const declared = new Map<string, ts.Node>();
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier) && statement.moduleSpecifier.text.startsWith('.')) {
      const module = resolveSource(file, statement.moduleSpecifier.text);
      const bindings = statement.importClause?.namedBindings;
      if (module && bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) imported.set(element.name.text, [module, (element.propertyName ?? element.name).text]);
      }
    } else if (ts.isFunctionDeclaration(statement) && statement.name && statement.body) {
      declared.set(statement.name.text, statement.body);
    } else if (ts.isVariableStatement(statement)) {
      for (const variable of statement.declarationList.declarations) {
        if (ts.isIdentifier(variable.name) && variable.initializer) declared.set(variable.name.text, variable.initializer);
      }
    }
  }
  const body = declared.get(name);
  if (!body) throw new Error(`${path.relative(ROOT, file)} has no function ${name}`);
  const chunks: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const [argument] = node.arguments;
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword && argument) {
        const chunk = /webpackChunkName:\s*["']([^"']+)["']/.exec(source.text.slice(argument.pos, argument.getStart()))?.[1];
        if (!chunk) throw new Error(`${path.relative(ROOT, file)}: an import() without a webpackChunkName`);
        chunks.push(chunk);
      } else if (ts.isIdentifier(node.expression)) {
        const callee = node.expression.text;
        const from = imported.get(callee);
        if (from) chunks.push(...chunksReachedBy(from[0], from[1], seen));
        else if (declared.has(callee)) chunks.push(...chunksReachedBy(file, callee, seen));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(body);
  return [...new Set(chunks)];
}

describe('the Teams-first chunks of a page that runs in Teams and in a browser', () => {
  it('are counted as they are fetched: teamsChunks in webpack.config.js names each import() hostChunksFirst.ts makes, and only those pages use it', async () => {
    const { SURFACES } = (await import(pathToFileURL(path.join(ROOT, 'webpack.config.js')).href)) as { SURFACES: Record<string, { entry: string; teamsChunks?: string[] }> };
    const fetched = chunksReachedBy(path.join(ROOT, 'src/ui/shared/hostChunksFirst.ts'), 'startHostChunksEarly');
    // Through its loader too (hosts/teams/loadTeamsJs.ts), not only the import()s written in the file.
    expect(fetched).toContain('teams-js');
    const fetchingFirst = Object.entries(SURFACES).filter(([, surface]) => /^import ['"][./]+shared\/hostChunksFirst['"]/m.test(readFileSync(path.join(ROOT, surface.entry), 'utf8')));
    expect(fetchingFirst.map(([entry]) => entry)).toEqual(Object.entries(SURFACES).filter(([, surface]) => surface.teamsChunks).map(([entry]) => entry));
    for (const [, surface] of fetchingFirst) expect([...(surface.teamsChunks ?? [])].sort()).toEqual([...fetched].sort());
  });
});

describe('the compile hints of the pages started in halves', () => {
  it('cover every start-up chunk a page evaluates after its host’s handshake has begun: its Graph side and its screens (the workspace’s too)', async () => {
    const { SURFACES } = (await import(pathToFileURL(path.join(ROOT, 'webpack.config.js')).href)) as {
      SURFACES: Record<string, { startupChunks?: string[]; compileHintChunks?: string[] }>;
    };
    // teams-js and MSAL's nested part start the handshake: compiling them whole would hold it back (tools/compileHintsPlugin.mjs).
    const handshake = new Set(['teams-js', 'msal-nested']);
    const pages = Object.entries(SURFACES).filter(([, surface]) => surface.startupChunks);
    expect(pages.map(([entry]) => entry)).toEqual(expect.arrayContaining(['sidePanel', 'stage', 'workspace']));
    for (const [entry, surface] of pages) {
      const evaluatedAfter = (surface.startupChunks ?? []).filter((chunk) => !handshake.has(chunk));
      expect({ entry, missing: evaluatedAfter.filter((chunk) => !(surface.compileHintChunks ?? []).includes(chunk)) }).toEqual({ entry, missing: [] });
    }
  });
});

describe('the referent’s chunks of the side panel', () => {
  it('are counted as they are fetched: referentChunks in webpack.config.js names each import() the recorder’s loader and the recorder make as it starts, and none is preloaded for everyone', async () => {
    const { SURFACES } = (await import(pathToFileURL(path.join(ROOT, 'webpack.config.js')).href)) as {
      SURFACES: Record<string, { startupChunks?: string[]; referentChunks?: string[] }>;
    };
    // The recorder's chunk; not the rich-text editor, fetched after her start (LazyRichTextEditor.tsx).
    const fetched = chunksReachedBy(path.join(ROOT, 'src/ui/sidePanel/recorderChunk.ts'), 'recorderChunk');
    expect(fetched).toEqual(['side-panel-recorder']);
    // Downloaded at once when the panel learns she records: recorderChunk.ts preloads the files the build names for the referent.
    expect(readFileSync(path.join(ROOT, 'src/ui/sidePanel/recorderChunk.ts'), 'utf8')).toContain('preloadChunksNamedIn(REFERENT_CHUNKS_META');
    expect([...(SURFACES['sidePanel']?.referentChunks ?? [])].sort()).toEqual([...fetched].sort());
    // Fetched only for the referent: not among what the page's HTML preloads for everyone.
    expect(SURFACES['sidePanel']?.startupChunks?.filter((chunk) => fetched.includes(chunk))).toEqual([]);
  });
});

describe('shippedCompiler', () => {
  it('names every module of the ICU message compiler in the build, on any chunk and inside concatenated modules', () => {
    const built = {
      modules: [
        { type: 'module', name: './node_modules/@lingui/core/dist/index.mjs + 1 modules', chunks: [1], modules: [{ name: './node_modules/@lingui/core/dist/index.mjs' }, { name: './node_modules/@lingui/message-utils/dist/compileMessage.mjs' }] },
        { type: 'module', name: './node_modules/@messageformat/parser/lib/parser.js', chunks: [7] },
        { type: 'module', name: './node_modules/moo/moo.js', chunks: [7] },
        { type: 'module', name: './node_modules/moods/index.js', chunks: [7] },
      ],
    } as unknown as StatsCompilation;
    expect(shippedCompiler(built)).toEqual(['./node_modules/@lingui/message-utils/dist/compileMessage.mjs', './node_modules/@messageformat/parser/lib/parser.js', './node_modules/moo/moo.js']);
    expect(shippedCompiler({ modules: [{ name: './node_modules/@lingui/core/dist/index.mjs' }] } as unknown as StatsCompilation)).toEqual([]);
  });
});

describe('unconcatenated', () => {
  const group = { 'msal-nested': { chunks: [7] } };
  it('accepts a chunk that is one module, however many webpack concatenated into it', () => {
    const stats = {
      namedChunkGroups: group,
      modules: [
        { type: 'module', name: './src/auth/nestedApp.ts + 117 modules', chunks: [7] },
        { type: 'module', name: './node_modules/@azure/msal-common/dist/index.mjs', chunks: [3] },
        { type: 'runtime', name: 'webpack/runtime/define property getters', chunks: [7] },
      ],
    } as unknown as StatsCompilation;
    expect(unconcatenated(stats)).toEqual([]);
  });

  it('names the chunk and its modules when they stay apart (shared with another chunk, MSAL as it was)', () => {
    const stats = {
      namedChunkGroups: group,
      modules: [
        { type: 'module', name: './src/auth/nestedApp.ts', chunks: [7] },
        { type: 'module', name: './node_modules/@azure/msal-browser/dist/controllers/NestedAppAuthController.mjs', chunks: [7, 3] },
      ],
    } as unknown as StatsCompilation;
    expect(unconcatenated(stats)).toEqual(['msal-nested: 2 moduler / modules (./src/auth/nestedApp.ts, ./node_modules/@azure/msal-browser/dist/controllers/NestedAppAuthController.mjs …)']);
  });

  it('fails on a chunk the build no longer has, rather than passing it unchecked', () => {
    expect(unconcatenated({ namedChunkGroups: {}, modules: [] } as unknown as StatsCompilation)).toEqual(['msal-nested: ingen slik chunk i bygget / no such chunk in the build']);
  });
});

describe('catalogue texts left uncompiled in the build', () => {
  it('lists the ICU texts of the catalogues under src/ui, not those with nothing to compile', () => {
    const texts = textsToCompile(path.resolve(__dirname, '../src/ui'), ['stage/messages.ts']);
    expect(texts).toContain('Sak {current} av {total}');
    expect(texts.every((text) => /[{}']/.test(text))).toBe(true);
  });

  it('finds a text that stands in the code as written, in any quotes, and not one that was compiled', () => {
    const texts = ['Åpne {name} i SharePoint', "Det er ''{name}'' sin", 'Sak {current} av {total}'];
    const code = `a="Åpne {name} i SharePoint";b='Det er \\'\\'{name}\\'\\' sin';c=["Sak ",["current"]," av ",["total"]]`;
    expect(uncompiledTexts(code, texts)).toEqual(['Åpne {name} i SharePoint', "Det er ''{name}'' sin"]);
  });
});
