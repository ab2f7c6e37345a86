/**
 * Requests and bytes to open one meeting (meeting row, item rows, committee) as the side panel and
 * the stage do, on a site whose agenda item list holds 1,000, 10,000 and 50,000 rows. The rows are
 * written through the local tenant's own storage (`seedListItems`), not through Graph, so a
 * 50,000-row list takes seconds; the tenant refuses unindexed filters past 5,000 rows as
 * SharePoint does, so the figures also prove every query is indexed. Counted from the tenant's
 * request log: HTTP requests on the wire and the bytes of their answers. The side panel's opening
 * asks who is signed in too: `/me` rides in the meeting's first `$batch` (`graph/signedInUser.ts`);
 * the stage's does not ask it.
 * Goal (issue 14): ≤ 2 requests and ≤ 200 KB at any size. `npm run bench -- openMeeting`.
 */
import { z } from 'zod';
import type { Meeting } from '../../src/domain/model';
import { fixture } from '../../src/graph/testing/noticeWorld';
import type { MeetingLink } from '../../src/domain/teamsLink';
import { seedBigSite } from '../../src/graph/testing/bigSite';
import { SECRETARY, startHarness, type Harness } from '../../src/graph/testing/localTenant';
import { defineSuite } from './harness';

const SIZES = [1_000, 10_000, 50_000];
const GOAL_REQUESTS = 2;
const GOAL_BYTES = 200_000;
const LogSchema = z.object({ value: z.array(z.object({ path: z.string(), batch: z.string().optional(), bytes: z.number() }).loose()) });
const thread = '19:meeting_YmVuY2gtbWVldGluZw@thread.v2';


interface Row {
  items: number;
  how: string;
  requests: number;
  bytes: number;
  ms: number;
}

async function measureOpen(harness: Harness, link: MeetingLink, withSignedInUser: boolean): Promise<Omit<Row, 'items' | 'how'>> {
  // A fresh session each time: nothing cached from an earlier open.
  const repository = harness.repositoryFor(harness.user('hilde.kari.maugesten'));
  await harness.control('DELETE', '/_tenant/requests');
  const started = performance.now();
  // The side panel: the meeting and who is signed in, asked together as its entry asks them (`startMeetingSurface`).
  const opened = repository.getMeetingWithCommittee(link, { withSignedInUser });
  const [found] = await Promise.all([opened, withSignedInUser ? repository.signedInUser.ask() : undefined]);
  const ms = performance.now() - started;
  if (!found) throw new Error('openMeeting bench: the meeting was not found');
  const log = LogSchema.parse(await harness.control('GET', '/_tenant/requests'));
  const wire = log.value.filter((entry) => entry.batch === undefined && entry.path.startsWith('/v1.0/'));
  return { requests: wire.length, bytes: wire.reduce((sum, entry) => sum + entry.bytes, 0), ms };
}

async function run(): Promise<Row[]> {
  const harness = await startHarness();
  try {
    const secretary = harness.repositoryFor(harness.user(SECRETARY));
    await secretary.ensureProvisioned();
    const { committee, meeting } = fixture('pm-2026');
    await secretary.saveCommittee(committee);
    const sent: Meeting = { ...meeting, onlineMeetingJoinUrl: `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(thread)}/0` };
    await secretary.saveMeeting(sent);
    const rows: Row[] = [];
    let seeded = sent.items.length;
    for (const size of SIZES) {
      // Grow the same site: the rows already there count towards the next size.
      seedBigSite(harness.tenant, meeting, size - seeded, `size${size}`);
      seeded = size;
      rows.push({ items: size, how: 'scenen, Møtebok-id', ...(await measureOpen(harness, { motebokMeetingId: sent.id }, false)) });
      rows.push({ items: size, how: 'sidepanelet, Møtebok-id + /me', ...(await measureOpen(harness, { motebokMeetingId: sent.id }, true)) });
      rows.push({ items: size, how: 'sidepanelet, Teams-chat-id + /me', ...(await measureOpen(harness, { teamsMeetingId: 'MCMxOTptZWV0aW5n', chatId: thread }, true)) });
    }
    return rows;
  } finally {
    await harness.close();
  }
}

function table(rows: readonly Row[]): string {
  const lines = rows.map((row) => {
    const ok = row.requests <= GOAL_REQUESTS && row.bytes <= GOAL_BYTES ? 'innenfor målet' : 'OVER MÅLET';
    return `${row.items.toLocaleString('nb-NO').padStart(7)} saker  ${row.how.padEnd(34)} ${String(row.requests).padStart(2)} forespørsler  ${(row.bytes / 1000).toFixed(1).padStart(6)} kB  ${row.ms.toFixed(0).padStart(5)} ms  ${ok}`;
  });
  return [`mål / goal: ≤ ${GOAL_REQUESTS} forespørsler og ≤ ${GOAL_BYTES / 1000} kB uansett listestørrelse`, ...lines].join('\n');
}

const rows = await run();

export default defineSuite({
  name: 'Åpne ett møte (møte, saker, møteorgan) på store lister',
  input: `saker skrevet rett i den lokale tenantens lager; forespørsler og svar-byte fra tenantens logg\n${table(rows)}`,
  cases: [],
});
