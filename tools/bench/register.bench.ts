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
 * One sak in ten has oppfølgingspunkter (one in four of those two), their tasks made in the tenant's
 * Planner through Graph before the rows are seeded, one task in five still open: the «Bare saker
 * med åpen oppfølging» lines count the Planner status reads (`$batch`, 20 tasks each) with the list
 * queries. `npm run bench -- register`.
 */
import * as v from 'valibot';
import { z } from 'zod';
import { SCOPES } from '../../src/auth/scopes';
import type { RegisterQuery } from '../../src/domain/decisionRegister';
import type { FollowUp, FollowUpTask } from '../../src/domain/model';
import { answerOrThrow, runBatch } from '../../src/graph/batch';
import { SharePointDecisionRegister } from '../../src/graph/decisionRegister';
import { TasksGateway } from '../../src/graph/tasksGateway';
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
  { how: 'åpen oppfølging, alle år (første side)', query: { openFollowUp: true } },
  { how: 'åpen oppfølging + år', query: { openFollowUp: true, year: 2020 } },
  { how: 'åpen oppfølging + møteorgan + år', query: { openFollowUp: true, committeeId: 'committee-03', year: 2019 } },
  { how: 'åpen oppfølging + fritekst, alle år', query: { openFollowUp: true, text: 'samhandling' } },
];

/** The committee's plan in the seeded tenant (tenant/graph/tasks.ts SEED_PLANS). */
const PLAN_ID = 'pM0ppf0lgingHelsefellesskap1';
/** Which saker have points, and how many: one in ten, one in four of those two (by the sak's serial). */
const pointsOf = (serial: number): number => (serial % 10 !== 3 ? 0 : serial % 40 === 3 ? 2 : 1);
/**
 * About one task in five is still open; the rest are completed in Planner. Scattered by a hash of
 * the task's number: a plain `n % 5` falls on the same years every time (the saker with points
 * recur with the seed's 20-year cycle), leaving some years without an open task.
 */
const isOpen = (n: number): boolean => Math.imul(n + 1, 2654435761) >>> 0 < 0xffffffff / 5;
const TaskIdSchema = v.looseObject({ id: v.string() });

/**
 * The Planner tasks the next `count` saker's points need, made through Graph (20 to a `$batch`,
 * as the secretariat), and a function handing them to the saker in serial order.
 */
async function plannerTasks(harness: Harness, count: number, made: { tasks: number }): Promise<(serial: number) => FollowUp[] | undefined> {
  let needed = 0;
  for (let serial = 0; serial < count; serial++) needed += pointsOf(serial);
  const secretary = harness.user(SECRETARY);
  const client = harness.clientsFor(secretary)(SCOPES.tasks);
  const steps = Array.from({ length: needed }, (_, n) => ({
    id: String(n),
    method: 'POST' as const,
    url: '/planner/tasks',
    body: { planId: PLAN_ID, title: `Oppfølging ${made.tasks + n + 1}`, percentComplete: isOpen(made.tasks + n) ? 0 : 100 },
  }));
  const answers = await runBatch(client, steps);
  const tasks: FollowUpTask[] = steps.map((step) => ({ kind: 'planner', taskId: answerOrThrow(answers, step.id, TaskIdSchema).id, planId: PLAN_ID }));
  made.tasks += needed;
  let next = 0;
  const who = { name: secretary.displayName, email: secretary.mail };
  return (serial) => {
    const points = pointsOf(serial);
    if (points === 0) return undefined;
    return Array.from({ length: points }, (_, n) => {
      const task = tasks[next++];
      if (!task) throw new Error('plannerTasks: too few tasks');
      return { id: `${task.taskId}-point`, what: `Følge opp sak ${serial} (${n + 1})`, who, task };
    });
  };
}

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
  const searcher = harness.user('hilde.kari.maugesten');
  const repository = harness.repositoryFor(searcher);
  const register = new SharePointDecisionRegister(repository.storageClient, repository.lists);
  // The workspace's status reader: Planner read with the searcher's own token, as she would.
  const tasks = new TasksGateway(harness.clientsFor(searcher)(SCOPES.tasks), () => harness.clientsFor(searcher)(SCOPES.signIn));
  await harness.control('DELETE', '/_tenant/requests');
  const started = performance.now();
  const search = register.search(query, { statuses: (asked) => tasks.statuses(asked) });
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
    const made = { tasks: 0 };
    for (const size of SIZES) {
      // Grow the same site: the rows already there count towards the next size.
      seedRegisterSite(harness.tenant, model, size - seeded, `size${size}`, await plannerTasks(harness, size - seeded, made));
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
      `${row.items.toLocaleString('nb-NO').padStart(7)} saker  ${row.how.padEnd(40)} ${String(row.hits).padStart(4)} treff  ${String(row.requests).padStart(2)} forespørsler (${String(row.inner).padStart(3)} i $batch)  ${row.ms.toFixed(0).padStart(6)} ms`,
  );
}

export default defineSuite({
  name: 'Vedtaksregisteret: søk på store lister',
  input: 'saker skrevet rett i den lokale tenantens lager (20 år, 30 møteorganer; hver tiende sak med oppfølgingspunkter, oppgavene i tenantens Planner, hver femte åpen); første side = 25 treff; forespørsler fra tenantens logg',
  cases: [],
  report: async () => table(await run()),
});
