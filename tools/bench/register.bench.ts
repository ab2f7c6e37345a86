/**
 * The decision register at 1,000, 10,000 and 50,000 saker (20 years, 30 committees): Graph
 * requests and time for the first page of a few kinds of search, and for reading a free-text
 * search to its end. The rows go straight into the local tenant's storage (`seedRegisterSite`), and
 * the tenant refuses any query past 5,000 rows that SharePoint would refuse (an unindexed or too
 * wide first clause), so the figures also show every search stays on indexed windows. Counted from
 * the tenant's request log: HTTP requests on the wire, and the list queries inside their `$batch`.
 * Times are the local tenant's: it has no index and filters its in-memory rows on every query, so
 * its time grows with the list; SharePoint answers an indexed window from the index. The request
 * counts are what carries over (2 resource units per list query, README "The decision register").
 * `npm run bench -- register`.
 */
import { z } from 'zod';
import type { RegisterQuery } from '../../src/domain/decisionRegister';
import { SharePointDecisionRegister } from '../../src/graph/decisionRegister';
import { fixture } from '../../src/graph/testing/noticeWorld';
import { RARE_WORD, seedRegisterSite } from '../../src/graph/testing/registerSite';
import { SECRETARY, startHarness, type Harness } from '../../src/graph/testing/localTenant';
import { defineSuite } from './harness';

const SIZES = [1_000, 10_000, 50_000];
const LogSchema = z.object({ value: z.array(z.object({ path: z.string(), batch: z.string().optional() }).loose()) });

const SEARCHES: Array<{ how: string; query: RegisterQuery; toEnd?: boolean }> = [
  { how: 'fritekst, alle år (første side)', query: { text: 'budsjett samhandling' } },
  { how: 'sjelden fritekst, alle år, til slutt', query: { text: RARE_WORD }, toEnd: true },
  { how: 'fritekst + år', query: { text: 'rapport', year: 2020 } },
  { how: 'møteorgan + år (liste)', query: { committeeId: 'committee-03', year: 2019 } },
  { how: 'møteorgan + sakstype, alle år', query: { committeeId: 'committee-03', kind: 'Orientering' } },
  { how: 'saksnummer', query: { caseNumber: '2016.03' } },
];

interface Row {
  items: number;
  how: string;
  hits: number;
  requests: number;
  inner: number;
  ms: number;
}

async function measure(harness: Harness, query: RegisterQuery, toEnd: boolean): Promise<Omit<Row, 'items' | 'how'>> {
  // A fresh session each time: no years or meetings cached from an earlier search.
  const repository = harness.repositoryFor(harness.user('hilde.kari.maugesten'));
  const register = new SharePointDecisionRegister(repository.storageClient, repository.lists);
  await harness.control('DELETE', '/_tenant/requests');
  const started = performance.now();
  const search = register.search(query);
  let hits = 0;
  for (;;) {
    const page = await search.nextPage();
    hits += page.hits.length;
    if (page.done || !toEnd) break;
  }
  const ms = performance.now() - started;
  const log = LogSchema.parse(await harness.control('GET', '/_tenant/requests'));
  const graph = log.value.filter((entry) => entry.path.startsWith('/v1.0/'));
  return { hits, requests: graph.filter((entry) => entry.batch === undefined).length, inner: graph.filter((entry) => entry.batch !== undefined).length, ms };
}

async function run(): Promise<Row[]> {
  const harness = await startHarness();
  try {
    const secretary = harness.repositoryFor(harness.user(SECRETARY));
    await secretary.ensureProvisioned();
    const model = fixture('pm-2026').meeting;
    const rows: Row[] = [];
    let seeded = 0;
    for (const size of SIZES) {
      // Grow the same site: the rows already there count towards the next size.
      seedRegisterSite(harness.tenant, model, size - seeded, `size${size}`);
      seeded = size;
      for (const search of SEARCHES) {
        const row: Row = { items: size, how: search.how, ...(await measure(harness, search.query, search.toEnd === true)) };
        // As it goes (the 50,000 rows take minutes in the local tenant): the table follows at the end.
        process.stderr.write(`${table([row]).join('')}\n`);
        rows.push(row);
      }
    }
    return rows;
  } finally {
    await harness.close();
  }
}

function table(rows: readonly Row[]): string[] {
  return rows.map(
    (row) =>
      `${row.items.toLocaleString('nb-NO').padStart(7)} saker  ${row.how.padEnd(38)} ${String(row.hits).padStart(4)} treff  ${String(row.requests).padStart(2)} forespørsler (${String(row.inner).padStart(3)} i $batch)  ${row.ms.toFixed(0).padStart(6)} ms`,
  );
}

export default defineSuite({
  name: 'Vedtaksregisteret: søk på store lister',
  input: 'saker skrevet rett i den lokale tenantens lager (20 år, 30 møteorganer); første side = 25 treff; forespørsler fra tenantens logg',
  cases: [],
  report: async () => table(await run()),
});
