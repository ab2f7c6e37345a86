import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import type { RegisterHit, RegisterQuery, RegisterSearchOptions } from '../domain/decisionRegister';
import { withFollowUp } from '../domain/followUp';
import { SCOPES } from '../auth/scopes';
import { SEED_PLANS } from '../../tenant/graph/tasks';
import { graphCall, graphSend } from './graphCall';
import { TasksGateway } from './tasksGateway';
import { LIST_VIEW_THRESHOLD } from '../../tenant/graph/lists';
import { fixture } from './testing/noticeWorld';
import { RARE_WORD, REGISTER_YEARS, seedRegisterSite } from './testing/registerSite';
import { SECRETARY, startHarness, type Harness } from './testing/localTenant';
import { fillRegisterColumns, SharePointDecisionRegister } from './decisionRegister';
import { itemFields } from './listRows';
import { REGISTER_COLUMNS } from './listDefinitions';
import type { SharePointMeetingRepository } from './sharePointMeetingRepository';
import { contractProblems } from './testing/contract';

const LogSchema = v.object({
  value: v.array(
    v.looseObject({
      method: v.string(),
      path: v.string(),
      batch: v.optional(v.string()),
      status: v.optional(v.number()),
    }),
  ),
});

/** The Graph requests `read` made: on the wire, and inside $batch (decoded). */
async function logged(harness: Harness, read: () => Promise<unknown>): Promise<{ requests: string[]; inner: string[] }> {
  await harness.control('DELETE', '/_tenant/requests');
  await read();
  const log = v.parse(LogSchema, await harness.control('GET', '/_tenant/requests'));
  const graph = log.value.filter((entry) => entry.path.startsWith('/v1.0/'));
  return { requests: graph.filter((entry) => entry.batch === undefined).map((entry) => `${entry.method} ${entry.path}`), inner: graph.filter((entry) => entry.batch !== undefined).map((entry) => decodeURIComponent(entry.path)) };
}

/** Every page of a search. */
async function everything(register: SharePointDecisionRegister, query: RegisterQuery, options: RegisterSearchOptions = {}): Promise<RegisterHit[]> {
  const search = register.search(query, options);
  const hits: RegisterHit[] = [];
  for (;;) {
    const page = await search.nextPage();
    hits.push(...page.hits);
    if (page.done) return hits;
  }
}

/** Each item-list read is one equality on one indexed column (ordered by the indexed date), or a one-row read ordered by the indexed year. */
const INDEXED_READ = /MotebokAgendaItems\/items\?.*(\$filter=fields\/(CaseNumber|ItemId|CommitteeYear|MeetingYear) eq [^&]+?( and fields\/FollowUpCount gt 0)?&\$orderby=fields\/MeetingDate desc|\$orderby=fields\/MeetingYear (asc|desc)&\$top=1|\$skiptoken=)/;

describe('the decision register on a site past the list view threshold', () => {
  let harness: Harness;
  let secretary: SharePointMeetingRepository;
  const pm2024 = fixture('pm-2024');
  const size = LIST_VIEW_THRESHOLD + 500;

  beforeAll(async () => {
    harness = await startHarness();
    secretary = harness.repositoryFor(harness.user(SECRETARY));
    await secretary.ensureProvisioned();
    await secretary.saveCommittee(pm2024.committee);
    const minutes = await secretary.uploadDocument(pm2024.committee, pm2024.meeting, 'Referat PM 30.05.24.docx', new TextEncoder().encode('Referat'));
    await secretary.saveMeeting({ ...pm2024.meeting, minutes });
    seedRegisterSite(harness.tenant, fixture('pm-2026').meeting, size);
  }, 120_000);
  afterAll(async () => harness?.close());

  const register = () => {
    const reader = harness.repositoryFor(harness.user(SECRETARY));
    return new SharePointDecisionRegister(reader.storageClient, reader.lists);
  };

  it('finds a word of a 2024 konklusjon among 5,500 saker in every year, reading indexed windows only', async () => {
    let hits: RegisterHit[] = [];
    const log = await logged(harness, async () => (hits = await everything(register(), { text: 'handlingsplan' })));
    expect(hits.map((hit) => `${hit.caseNumber} ${hit.meetingId}`)).toEqual(['2024.4 pm-2024-05-30']);
    expect(hits[0]?.conclusion).toContain('«Handlingsplan for Helsefellesskapet i Vestfold 2025»');
    expect(hits[0]?.minutesUrl).toMatch(/^https:\/\/localhost:\d+\/.*Referat/);
    const itemReads = log.inner.filter((path) => path.includes('MotebokAgendaItems'));
    expect(itemReads.length).toBeGreaterThan(REGISTER_YEARS.last - REGISTER_YEARS.first);
    for (const read of itemReads) expect(read).toMatch(INDEXED_READ);
    // 20 years and the meeting header: a few $batch requests, not one per window.
    expect(log.requests.length).toBeLessThanOrEqual(4);
  });

  it('finds the rare word in each year it was seeded, newest first', async () => {
    const hits = await everything(register(), { text: RARE_WORD.toUpperCase() });
    expect(hits.length).toBe(Math.floor(size / 1000));
    expect(hits.every((hit) => hit.conclusion.includes(RARE_WORD))).toBe(true);
    const dates = hits.map((hit) => hit.meetingDate);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('narrows by committee and year in one window, and by sakstype and case number', async () => {
    const both = await everything(register(), { committeeId: 'committee-03', year: 2010 });
    expect(both.length).toBeGreaterThan(0);
    expect(both.every((hit) => hit.committeeId === 'committee-03' && hit.meetingDate.startsWith('2010'))).toBe(true);
    const kind = await everything(register(), { committeeId: 'committee-03', year: 2010, kind: 'Orientering' });
    expect(kind.length).toBeGreaterThan(0);
    expect(kind.length).toBeLessThan(both.length);
    expect(kind.every((hit) => hit.kinds.includes('Orientering'))).toBe(true);
    const byNumber = await everything(register(), { caseNumber: '2024.4' });
    expect(byNumber.map((hit) => hit.title)).toEqual([pm2024.meeting.items.find((item) => item.caseNumber === '2024.4')?.title]);
  });

  it('finds only saker with an open oppfølgingspunkt: each window narrowed by the indexed point count, statuses from Planner per page', async () => {
    const member = harness.user('per.christian.voss');
    const tasks = new TasksGateway(harness.clientsFor(harness.user(SECRETARY))(SCOPES.tasks), () => harness.clientsFor(harness.user(SECRETARY))(SCOPES.signIn));
    const who = { name: member.displayName, email: member.mail, directoryId: member.id };
    const link = { webUrl: 'https://localhost:3000/workspace.html', title: 'Sak' };
    const plan = SEED_PLANS[0]?.id;
    const openTask = await tasks.create({ what: 'Følg opp handlingsplanen', who, link }, plan);
    const doneTask = await tasks.create({ what: 'Send brev', who, link }, plan);
    // The member completes one in Planner with his own token.
    const memberClient = harness.clientsFor(member)(SCOPES.tasks);
    const etag = (await graphCall(v.looseObject({ '@odata.etag': v.string() }), () => memberClient.api(`/planner/tasks/${doneTask.taskId}`).get()))['@odata.etag'];
    await graphSend(() => memberClient.api(`/planner/tasks/${doneTask.taskId}`).header('If-Match', etag).patch({ percentComplete: 100 }));

    const read = await secretary.getMeeting(pm2024.meeting.id);
    if (!read) throw new Error('møtet mangler');
    const [first, second] = read.value.items.filter((item) => item.conclusion.some((point) => point.trim() !== ''));
    if (!first || !second) throw new Error('to saker med konklusjon trengs');
    const point = (id: string, task: typeof openTask) => ({ id, what: 'Oppfølging', who, task });
    const items = read.value.items.map((item) => (item.id === first.id ? withFollowUp(item, point('f1', openTask)) : item.id === second.id ? withFollowUp(item, point('f2', doneTask)) : item));
    const stored = await secretary.saveMeeting({ ...read.value, items }, read.version);

    const statuses: RegisterSearchOptions = { statuses: (asked) => tasks.statuses(asked) };
    let hits: RegisterHit[] = [];
    const log = await logged(harness, async () => (hits = await everything(register(), { openFollowUp: true }, statuses)));
    expect(hits.map((hit) => hit.itemId)).toEqual([first.id]);
    const itemReads = log.inner.filter((path) => path.includes('MotebokAgendaItems/items?'));
    for (const path of itemReads) expect(path).toMatch(INDEXED_READ);
    expect(itemReads.filter((path) => path.includes('$filter')).every((path) => path.includes(' and fields/FollowUpCount gt 0'))).toBe(true);
    // Both tasks of the one page with points asked of Planner together, not one request per sak.
    expect(log.inner.filter((path) => path.includes('/planner/tasks/'))).toHaveLength(2);

    // Without a status reader nothing counts as open; a removed point takes the sak out of the window.
    expect(await everything(register(), { openFollowUp: true, year: 2024 })).toEqual([]);
    const withoutFollowUps = stored.value.items.map((item) => (item.id === first.id ? { ...item, followUps: [] } : item));
    await secretary.saveMeeting({ ...stored.value, items: withoutFollowUps }, stored.version);
    expect(await everything(register(), { openFollowUp: true, year: 2024 }, statuses)).toEqual([]);
    // «Nytt møte»'s Oppfølgingsliste: the saker with points of two years in one request, on a list past the threshold.
    let found: Awaited<ReturnType<typeof secretary.listFollowUpItems>> = [];
    const listing = await logged(harness, async () => (found = await secretary.listFollowUpItems(pm2024.committee.id, [2023, 2024])));
    expect(found.map((entry) => [entry.meetingId, entry.item.id])).toEqual([[pm2024.meeting.id, second.id]]);
    expect(listing.requests).toHaveLength(1);
    expect(listing.inner.every((path) => /fields\/CommitteeYear eq '[^']+' and fields\/FollowUpCount gt 0/.test(path))).toBe(true);
  }, 60_000);

  it('pages a whole year as the user scrolls: 25 at a time, no hit twice, until done', async () => {
    const search = register().search({ year: 2015 });
    const first = await search.nextPage();
    expect(first.hits).toHaveLength(25);
    expect(first.done).toBe(false);
    const seen = new Set(first.hits.map((hit) => hit.itemId));
    let page = first;
    while (!page.done) {
      page = await search.nextPage();
      for (const hit of page.hits) {
        expect(seen.has(hit.itemId)).toBe(false);
        seen.add(hit.itemId);
      }
    }
    // The seed puts meeting n in year 2007 + n % 20, ten saker each.
    const meetings2015 = Array.from({ length: size / 10 }, (_, n) => n).filter((n) => 2007 + (n % 20) === 2015).length;
    expect(seen.size).toBe(meetings2015 * 10);
  });

  it('fills the register columns of rows written before they existed, once', async () => {
    const old = fixture('pm-2024').meeting;
    const stripped = (item: (typeof old.items)[number], index: number) => Object.fromEntries(Object.entries(itemFields({ ...old, id: 'old-2024' }, item, index)).filter(([column]) => !(REGISTER_COLUMNS as readonly string[]).includes(column)));
    await secretary.saveMeeting({ ...old, id: 'old-2024', items: [] });
    harness.tenant.seedListItems('MotebokAgendaItems', old.items.map((item, index) => stripped({ ...item, id: `old-${item.id}` }, index)));
    const withConclusion = old.items.filter((item) => item.conclusion.some((point) => point.trim() !== ''));
    expect(withConclusion.length).toBeGreaterThan(0);
    expect((await everything(register(), { year: 2024 })).filter((hit) => hit.meetingId === 'old-2024')).toEqual([]);
    await secretary.ensureProvisioned();
    const found = (await everything(register(), { year: 2024 })).filter((hit) => hit.meetingId === 'old-2024');
    expect(found).toHaveLength(withConclusion.length);
    expect(await fillRegisterColumns(secretary.storageClient, secretary.lists)).toBe(0);
  }, 120_000);

  it('sent only request bodies that are valid against the Graph v1.0 OpenAPI description', () => {
    expect(contractProblems(harness.records)).toEqual([]);
  });
});

describe('«Bare saker med åpen oppfølging» on a register where one sak in ten has points', () => {
  let harness: Harness;
  const size = 3_000;
  const plan = SEED_PLANS[0]?.id ?? 'plan';
  /** The saker with points and their tasks: one in ten, one in four of those with two. */
  const pointsOf = (serial: number): number => (serial % 10 !== 3 ? 0 : serial % 40 === 3 ? 2 : 1);
  let withPoints = 0;

  beforeAll(async () => {
    harness = await startHarness();
    await harness.repositoryFor(harness.user(SECRETARY)).ensureProvisioned();
    const who = { name: 'Kristin Liset' };
    seedRegisterSite(harness.tenant, fixture('pm-2026').meeting, size, 'points', (serial) => {
      const count = pointsOf(serial);
      if (count > 0) withPoints++;
      return count > 0 ? Array.from({ length: count }, (_, n) => ({ id: `p${serial}-${n}`, what: 'Oppfølging', who, task: { kind: 'planner' as const, taskId: `t${serial}-${n}`, planId: plan } })) : undefined;
    });
  }, 120_000);
  afterAll(async () => harness?.close());

  it('asks Planner for the statuses a page needs, in the order hits are shown, not for every sak with points read ahead', async () => {
    const reader = harness.repositoryFor(harness.user(SECRETARY));
    const register = new SharePointDecisionRegister(reader.storageClient, reader.lists);
    const asked: string[][] = [];
    // Every task open: each sak with points is a hit.
    const statuses: RegisterSearchOptions = { statuses: async (tasks) => (asked.push(tasks.map((task) => task.taskId)), new Map(tasks.map((task) => [task.taskId, { state: 'open', percentComplete: 0 } as const]))) };
    const search = register.search({ openFollowUp: true }, statuses);
    const first = await search.nextPage();
    expect(first.hits).toHaveLength(25);
    // 25 saker have at most 50 tasks; asked a status request's worth (20) at a time.
    expect(asked.every((tasks) => tasks.length <= 20)).toBe(true);
    expect(asked.flat().length).toBeLessThanOrEqual(50);
    // The first asked are the first shown.
    expect(asked[0]?.[0]).toBe(first.hits[0]?.followUpTasks?.[0]?.taskId);

    const hits = [...first.hits];
    for (let page = first; !page.done; ) {
      page = await search.nextPage();
      hits.push(...page.hits);
    }
    expect(new Set(hits.map((hit) => hit.itemId)).size).toBe(withPoints);
    expect(hits).toHaveLength(withPoints);
    const dates = hits.map((hit) => hit.meetingDate);
    expect(dates).toEqual([...dates].sort().reverse());
    // Each task asked once over the whole search.
    expect(new Set(asked.flat()).size).toBe(asked.flat().length);

    // Sparse windows (one committee, each of its years a handful of saker with points): one status
    // request holds the saker of several windows, not one request per window.
    asked.length = 0;
    const sparse = register.search({ openFollowUp: true, committeeId: 'committee-03' }, statuses);
    const few = await sparse.nextPage();
    expect(few.hits.length).toBeGreaterThan(5);
    expect(few.hits.every((hit) => hit.committeeId === 'committee-03')).toBe(true);
    const tasksOfHits = few.hits.reduce((sum, hit) => sum + (hit.followUpTasks?.length ?? 0), 0);
    expect(asked.length).toBeLessThanOrEqual(Math.ceil(tasksOfHits / 20) + 1);
  }, 120_000);
});
