/**
 * `npm run size:why -- [page …] [--depth=N]`: what each page's start-up JavaScript (its initial files
 * and what its HTML preloads, as `.size-limit.js` budgets it) is made of, after `npm run size` has
 * built into out/size. For every start-up file of a page it reads the production source map
 * (out/size-sourcemaps, hidden maps: never deployed) and finds the byte ranges each source produced.
 * Sources are grouped by npm package, or by folder under src/ (depth 2 by default: `src/ui/shared`,
 * `src/domain/conventions.ts`). Per group, two gzip figures:
 *
 * - saved: what removing the group would save, leave-one-out: gzip of the file minus gzip of the file
 *   with the group's ranges cut out, summed over the page's files. A source that repeats itself or
 *   other code (a map of `var(--x)` strings) compresses to little and saves little. These do not add
 *   up to the page's total (what two groups share is counted in neither).
 * - share: the file's gzip split in proportion to minified bytes (adds up to the total, but charges a
 *   repetitive source as much as any other code of its length).
 *
 * Written to the console and to out/size/breakdown.md. No extra dependency: webpack's stats name
 * the files, and the maps are decoded here (base64 VLQ, the format every source map uses).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { PagesReport } from './bundleSize.ts';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const SIZE_OUT_DIR = path.join(root, 'out/size');
const MAP_DIR = path.join(root, 'out/size-sourcemaps');

interface SourceMap {
  sources: string[];
  mappings: string;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUE = new Map([...BASE64].map((char, index) => [char, index]));

/** The numbers of one mapping segment (base64 VLQ). */
export function decodeSegment(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64_VALUE.get(char);
    if (digit === undefined) throw new Error(`Ugyldig tegn i kildekart / invalid source-map character: ${char}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/**
 * What webpack writes around the modules of a chunk and no source maps: each module that is not
 * concatenated with its importers (one imported from another chunk, or from several) gets a wrapper
 * (`},12345(e,t,n){`), its imports (`var r=n(678)`) and its exports' getters (`n.d(t,{x:()=>r})`).
 * Real bytes (2026-12-02: 36 kB minified on the stage, 12 kB of it in MSAL's nested part, whose modules
 * are shared with MSAL's standard application), not webpack's runtime (`webpack/runtime/…`, mapped).
 */
export const WEBPACK_GLUE = '(webpack: module wrappers, imports, export getters)';

/** A range of generated code: [start, end) offsets into the file's text. */
export type Range = [start: number, end: number];

/**
 * Generated code per source of one file, as ranges of the file's text: each segment owns the code
 * from its column to the next segment's (or the line's end). Code no segment maps (and each line
 * break) belongs to `WEBPACK_GLUE`.
 */
export function rangesPerSource(code: string, map: SourceMap): Map<string, Range[]> {
  const ranges = new Map<string, Range[]>();
  const add = (source: string, start: number, end: number): void => {
    if (end <= start) return;
    const list = ranges.get(source) ?? [];
    const last = list.at(-1);
    if (last && last[1] === start) last[1] = end;
    else list.push([start, end]);
    ranges.set(source, list);
  };
  const lines = code.split('\n');
  const mappingLines = map.mappings.split(';');
  let sourceIndex = 0;
  let lineStart = 0;
  lines.forEach((line, lineIndex) => {
    const segments = (mappingLines[lineIndex] ?? '').split(',').filter(Boolean);
    let column = 0;
    const starts: { column: number; source: string }[] = [];
    for (const segment of segments) {
      const [columnDelta = 0, sourceDelta] = decodeSegment(segment);
      column += columnDelta;
      if (sourceDelta === undefined) {
        starts.push({ column, source: WEBPACK_GLUE });
      } else {
        sourceIndex += sourceDelta;
        starts.push({ column, source: map.sources[sourceIndex] ?? WEBPACK_GLUE });
      }
    }
    // The unmapped start of the line.
    add(WEBPACK_GLUE, lineStart, lineStart + Math.min(starts[0]?.column ?? line.length, line.length));
    starts.forEach((start, index) => add(start.source, lineStart + start.column, lineStart + Math.min(starts[index + 1]?.column ?? line.length, line.length)));
    // The line break.
    if (lineIndex < lines.length - 1) add(WEBPACK_GLUE, lineStart + line.length, lineStart + line.length + 1);
    lineStart += line.length + 1;
  });
  return ranges;
}

function rangeBytes(ranges: Range[]): number {
  return ranges.reduce((sum, [start, end]) => sum + end - start, 0);
}

/** Generated bytes per source of one file (`rangesPerSource`, counted). */
export function bytesPerSource(code: string, map: SourceMap): Map<string, number> {
  return new Map([...rangesPerSource(code, map)].map(([source, ranges]) => [source, rangeBytes(ranges)]));
}

/** Gzip level 9, as `npm run size` counts. */
export function gzipBytes(code: string): number {
  return gzipSync(code, { level: 9 }).length;
}

/** `code` without the given ranges (which need not be sorted, but must not overlap). */
export function withoutRanges(code: string, ranges: Range[]): string {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const kept: string[] = [];
  let at = 0;
  for (const [start, end] of sorted) {
    kept.push(code.slice(at, start));
    at = end;
  }
  kept.push(code.slice(at));
  return kept.join('');
}

/**
 * Per group of one file: its minified bytes, what leaving it out saves in gzip (gzip of the file minus
 * gzip of the file without the group's ranges), and its share of the file's gzip in proportion to
 * minified bytes.
 */
export function gzipPerGroup(code: string, rangesByGroup: Map<string, Range[]>): Map<string, { minified: number; saved: number; share: number }> {
  const gzip = gzipBytes(code);
  const minifiedTotal = [...rangesByGroup.values()].reduce((sum, ranges) => sum + rangeBytes(ranges), 0);
  const result = new Map<string, { minified: number; saved: number; share: number }>();
  for (const [group, ranges] of rangesByGroup) {
    const minified = rangeBytes(ranges);
    result.set(group, { minified, saved: gzip - gzipBytes(withoutRanges(code, ranges)), share: minifiedTotal > 0 ? (gzip * minified) / minifiedTotal : 0 });
  }
  return result;
}

/** npm package, or src/ folder to `depth` levels, of one source path of a webpack source map. */
export function groupOf(source: string, depth = 2): string {
  const packageName = [...source.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)].at(-1)?.[1];
  if (packageName) return packageName;
  const local = source.match(/(?:^|\/)(src|tenant|tools)\/(.+)$/);
  if (local) return [local[1], ...(local[2] ?? '').split('/').slice(0, depth)].join('/');
  return source;
}

export interface PageBreakdown {
  page: string;
  gzip: number;
  /** Sorted by `saved`, largest first. */
  groups: { group: string; minified: number; saved: number; share: number }[];
}

/** One file's figures per group, kept for the pages that share the file (MSAL's, React's chunks …). */
const fileCache = new Map<string, { gzip: number; groups: Map<string, { minified: number; saved: number; share: number }> }>();

function fileBreakdown(file: string, depth: number): { gzip: number; groups: Map<string, { minified: number; saved: number; share: number }> } {
  const key = `${file}\0${depth}`;
  const cached = fileCache.get(key);
  if (cached) return cached;
  const code = readFileSync(path.join(SIZE_OUT_DIR, file), 'utf8');
  const mapFile = path.join(MAP_DIR, `${file}.map`);
  const perSource: Map<string, Range[]> = existsSync(mapFile) ? rangesPerSource(code, JSON.parse(readFileSync(mapFile, 'utf8')) as SourceMap) : new Map([['(no source map)', [[0, code.length]]]]);
  const rangesByGroup = new Map<string, Range[]>();
  for (const [source, ranges] of perSource) {
    const group = groupOf(source, depth);
    rangesByGroup.set(group, [...(rangesByGroup.get(group) ?? []), ...ranges]);
  }
  const result = { gzip: gzipBytes(code), groups: gzipPerGroup(code, rangesByGroup) };
  fileCache.set(key, result);
  return result;
}

export function pageBreakdown(page: string, files: string[], depth = 2): PageBreakdown {
  const groups = new Map<string, { minified: number; saved: number; share: number }>();
  let total = 0;
  for (const file of files) {
    const breakdown = fileBreakdown(file, depth);
    total += breakdown.gzip;
    for (const [group, sizes] of breakdown.groups) {
      const entry = groups.get(group) ?? { minified: 0, saved: 0, share: 0 };
      entry.minified += sizes.minified;
      entry.saved += sizes.saved;
      entry.share += sizes.share;
      groups.set(group, entry);
    }
  }
  return { page, gzip: total, groups: [...groups].map(([group, sizes]) => ({ group, ...sizes })).sort((a, b) => b.saved - a.saved) };
}

function kB(bytes: number): string {
  return (bytes / 1000).toFixed(1);
}

function main(): void {
  const pagesFile = path.join(SIZE_OUT_DIR, 'pages.json');
  if (!existsSync(pagesFile)) {
    console.error('Fant ikke out/size/pages.json: kjør «npm run size» først. / Run «npm run size» first.');
    process.exitCode = 1;
    return;
  }
  const args = process.argv.slice(2);
  const depth = Number(args.find((arg) => arg.startsWith('--depth='))?.slice('--depth='.length) ?? 2);
  const wanted = args.filter((arg) => !arg.startsWith('--'));
  const { startup: files } = JSON.parse(readFileSync(pagesFile, 'utf8')) as PagesReport;
  const pages = Object.keys(files).filter((page) => wanted.length === 0 || wanted.includes(page));
  const out: string[] = [
    '# Start-up JavaScript per page: initial files and what the HTML preloads (gzip level 9, per source from the source maps)',
    '',
    '- saved kB: gzip the page would lose without this source (each file gzipped with and without the source\'s code;',
    '  what sources repeat of each other counts in neither, so the column does not add up to the total)',
    '- share kB: the file\'s gzip shared among its sources in proportion to minified bytes (adds up to the total)',
    '',
  ];
  for (const page of pages) {
    const breakdown = pageBreakdown(page, files[page] ?? [], depth);
    out.push(`## ${page}: ${kB(breakdown.gzip)} kB gzip (${files[page]?.length ?? 0} files)`, '', '| saved kB | share kB | minified kB | source |', '| ---: | ---: | ---: | --- |');
    for (const { group, minified, saved, share } of breakdown.groups.filter((entry) => entry.saved >= 200 || entry.share >= 200)) {
      out.push(`| ${kB(saved)} | ${kB(share)} | ${kB(minified)} | ${group} |`);
    }
    out.push('');
  }
  writeFileSync(path.join(SIZE_OUT_DIR, 'breakdown.md'), `${out.join('\n')}\n`);
  console.log(out.join('\n'));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
