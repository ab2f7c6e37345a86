/**
 * `npm run bench`: runs every tools/bench/*.bench.ts (or only those whose name contains one of
 * the arguments: `npm run bench -- documents`) and prints the figures.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { formatResults, measure, type BenchSuite } from './harness';
import { PAGES_FILE, pageSizes, type PagesReport } from '../bundleSize';

function isSuite(value: unknown): value is BenchSuite {
  return typeof value === 'object' && value !== null && 'name' in value && 'cases' in value && Array.isArray(value.cases);
}

async function main(): Promise<void> {
  const folder = dirname(fileURLToPath(import.meta.url));
  const filters = process.argv.slice(2);
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.bench.ts'))
    .filter((name) => filters.length === 0 || filters.some((filter) => name.includes(filter)))
    .sort();
  if (files.length === 0 && !filters.includes('size')) {
    console.error(`Fant ingen benchmark-filer (*.bench.ts) i ${folder}${filters.length > 0 ? ` som passer ${filters.join(', ')}` : ''}.`);
    process.exitCode = 1;
    return;
  }
  console.log(`Node ${process.version}, ${new Date().toISOString()}\n`);
  for (const file of files) {
    const module: unknown = await import(pathToFileURL(join(folder, file)).href);
    const suite = typeof module === 'object' && module !== null && 'default' in module ? module.default : undefined;
    if (!isSuite(suite)) {
      console.error(`${file}: eksporterer ingen suite (export default defineSuite({...})); hoppet over.`);
      process.exitCode = 1;
      continue;
    }
    console.log(`== ${suite.name} (${file})${suite.input === undefined ? '' : `\n   ${suite.input}`}`);
    if (suite.cases.length > 0 || !suite.report) console.log(formatResults(await measure(suite)));
    if (suite.report) console.log((await suite.report()).join('\n'));
    console.log('');
  }
  if (filters.length === 0 || filters.includes('size')) await printPageSizes(folder);
}

/** Start-up JavaScript per page of the last `npm run size` build (a production build takes minutes), against the budgets. */
async function printPageSizes(folder: string): Promise<void> {
  console.log('== Oppstarts-JavaScript per side (gzip: første filer + det HTML-en forhåndslaster) / start-up JS per page (initial + preloaded)');
  if (!existsSync(PAGES_FILE)) {
    console.log('   Ingen bygg i out/size: kjør «npm run size» først. / No build in out/size: run «npm run size» first.\n');
    return;
  }
  const { BUDGETS } = (await import(pathToFileURL(join(folder, '..', '..', '.size-limit.js')).href)) as { BUDGETS: Record<string, { goal: string; limit: string }> };
  const report = JSON.parse(readFileSync(PAGES_FILE, 'utf8')) as PagesReport;
  const initial = pageSizes(report.files);
  for (const [entry, bytes] of Object.entries(pageSizes(report.startup ?? report.files))) {
    const budget = BUDGETS[entry];
    // A page that runs in Teams and in a browser is counted once per host (`workspace@teams`), with the same initial files.
    const page = entry.split('@')[0] ?? entry;
    console.log(`   ${entry.padEnd(17)} ${(bytes / 1000).toFixed(1).padStart(6)} kB (første / initial ${((initial[page] ?? 0) / 1000).toFixed(1)} kB)   mål / goal ${budget?.goal ?? '–'}, CI ${budget?.limit ?? '–'}`);
  }
  console.log('');
}

/**
 * Each suite releases what it holds (BenchSuite.teardown), so the process ends by itself. If a
 * suite leaks a server or timer, say which kind and end with an error rather than hang: the timer
 * is unref'd, so it only fires while something else still keeps the process alive.
 */
function failIfStillRunning(graceMs = 5_000): void {
  setTimeout(() => {
    console.error(`npm run bench: noe holder fortsatt prosessen i gang etter siste suite (${process.getActiveResourcesInfo().join(', ')}); en suite mangler teardown.`);
    process.exit(1);
  }, graceMs).unref();
}

void main().finally(() => failIfStillRunning());
