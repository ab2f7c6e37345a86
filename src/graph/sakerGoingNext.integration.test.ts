import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sakerGoingTo } from '../domain/carriedCase';
import type { AgendaItem, Committee, Meeting } from '../domain/model';
import { aMeeting, anItem } from '../domain/testing/builders';
import { contractProblems } from './testing/contract';
import { fixture } from './testing/noticeWorld';
import { SECRETARY, startHarness, type Harness } from './testing/localTenant';
import { loggedRequests } from './testing/tenantRequestLog';

const { committee: base } = fixture('pm-2026');
const KOMMUNESTYRET: Committee = { ...base, id: 'ks', name: 'Kommunestyret', shortName: 'KS' };
const committeeNo = (index: number): Committee => ({ ...base, id: `u${index}`, name: `Utvalg ${index}`, shortName: `U${index}` });

/**
 * Four held meetings of a committee in the year before the kommunestyre's meeting of 2026-06-11, each with a sak that goes on
 * to Kommunestyret (the meeting of 2026-03 with two), one that ends there, and one whose route sends it elsewhere first.
 */
function meetingsOf(committee: Committee): Meeting[] {
  return ['2025-09-10', '2025-11-12', '2026-03-04', '2026-05-06'].map((date, index) =>
    aMeeting({
      id: `${committee.id}-${date}`,
      committeeId: committee.id,
      date,
      status: 'held',
      items: [
        anItem(`${committee.id}-${index}-ks`, { title: `Til kommunestyret ${index}`, outcome: 'treated', caseRoute: [{ body: committee.name }, { body: 'Kommunestyret' }] }),
        anItem(`${committee.id}-${index}-own`, { title: `Avgjort her ${index}`, outcome: 'treated' }),
        anItem(`${committee.id}-${index}-fsk`, { title: `Via formannskapet ${index}`, outcome: 'treated', caseRoute: [{ body: committee.name }, { body: 'Formannskapet' }, { body: 'Kommunestyret' }] }),
        ...(index === 2 ? [anItem(`${committee.id}-${index}-ks2`, { title: `Også til kommunestyret ${index}`, outcome: 'treated', caseRoute: [{ body: 'kommunestyret ' }] })] : []),
      ],
    }),
  );
}

const goingOn = (committees: readonly Committee[]) =>
  committees.flatMap((committee) => meetingsOf(committee).flatMap((meeting) => meeting.items.filter((item) => item.id.endsWith('-ks') || item.id.endsWith('-ks2')).map((item) => item.id))).sort();

describe('«Hent sak fra et annet utvalg» against the local tenant: what goes on to Kommunestyret, at 2 and at 20 committees', () => {
  let harness: Harness;
  const seeded: Committee[] = [];

  async function seed(committees: readonly Committee[]): Promise<void> {
    const secretary = harness.repositoryFor(harness.user(SECRETARY));
    for (const committee of committees) {
      await secretary.saveCommittee(committee);
      for (const meeting of meetingsOf(committee)) await secretary.saveMeeting(meeting);
      seeded.push(committee);
    }
  }

  async function read() {
    const workspace = harness.repositoryFor(harness.user(SECRETARY));
    let found: Awaited<ReturnType<typeof workspace.listSakerGoingNextTo>> = { saker: [], unread: 0 };
    const log = await loggedRequests(harness, async () => (found = await workspace.listSakerGoingNextTo('Kommunestyret', '2025-06-11', '2026-06-11')));
    return { found, log };
  }

  beforeAll(async () => {
    harness = await startHarness();
    const secretary = harness.repositoryFor(harness.user(SECRETARY));
    await secretary.ensureProvisioned();
    await secretary.saveCommittee(KOMMUNESTYRET);
    await secretary.saveMeeting(aMeeting({ id: 'ks-2026-06-11', committeeId: 'ks', date: '2026-06-11' }));
    await seed([committeeNo(1)]);
  }, 180_000);
  afterAll(async () => harness?.close());

  it('reads the saker going on there and the meetings of the year in one $batch of two indexed queries, the same at 2 committees and at 20', async () => {
    const two = await read();
    expect(two.found.saker.map((sak) => sak.item.id).sort()).toEqual(goingOn([committeeNo(1)]));
    expect(two.found.unread).toBe(0);
    await seed(Array.from({ length: 18 }, (_, index) => committeeNo(index + 2)));
    const twenty = await read();
    expect(seeded).toHaveLength(19);
    expect(twenty.found.saker.map((sak) => sak.item.id).sort()).toEqual(goingOn(seeded));
    expect(twenty.found.unread).toBe(0);
    // Each sak with its meeting as the meeting's row says: whose, when, held.
    const first = twenty.found.saker.find((sak) => sak.item.id === 'u7-2-ks2');
    expect(first?.meeting).toEqual({ id: 'u7-2026-03-04', committeeId: 'u7', date: '2026-03-04', status: 'held' });
    for (const { log } of [two, twenty]) {
      expect(log.requests).toEqual(['POST /v1.0/$batch']);
      // The saker by the indexed NextBody column, then the date window; the meetings by the indexed date, their light columns only.
      expect(log.inner).toEqual([
        expect.stringMatching(/^GET .*MotebokAgendaItems\/items\?\$select=id,eTag&\$expand=fields\(\$select=MeetingId,SortOrder,MotebokJson\)&\$filter=fields\/NextBody eq 'kommunestyret' and fields\/MeetingDate ge '2025-06-11T00:00:00Z' and fields\/MeetingDate le '2026-06-11T00:00:00Z'/),
        expect.stringMatching(/^GET .*MotebokMeetings\/items\?\$select=id&\$expand=fields\(\$select=MeetingId,CommitteeId,MeetingDate,Status\)&\$filter=fields\/MeetingDate ge/),
      ]);
    }
  }, 600_000);

  it('every sak found goes on to Kommunestyret by its route, as the dialog checks', async () => {
    const { found } = await read();
    const byId = new Map(seeded.map((committee) => [committee.id, committee]));
    const treated = found.saker.map(({ meeting, item }) => ({ committee: byId.get(meeting.committeeId) ?? KOMMUNESTYRET, meeting, item }));
    expect(sakerGoingTo(treated, KOMMUNESTYRET)).toHaveLength(found.saker.length);
    expect(found.saker.some((sak) => sak.item.title.startsWith('Via formannskapet'))).toBe(false);
  });

  it('a route changed moves the sak out of the answer; set-up fills the column on a row written before it', async () => {
    const secretary = harness.repositoryFor(harness.user(SECRETARY));
    const stored = await secretary.getMeeting('u1-2025-09-10');
    if (!stored) throw new Error('seed missing');
    const rerouted = (item: AgendaItem): AgendaItem => (item.id === 'u1-0-ks' ? { ...item, caseRoute: [{ body: 'Utvalg 1' }, { body: 'Formannskapet' }] } : item);
    await secretary.saveMeeting({ ...stored.value, items: stored.value.items.map(rerouted) }, stored.version);
    expect((await read()).found.saker.map((sak) => sak.item.id)).not.toContain('u1-0-ks');
    // A row as a site set up before the column had it: the column empty, the sak routed to Kommunestyret.
    const [row] = await secretary.lists.query('MotebokAgendaItems', 'ItemId', 'u1-1-ks');
    if (!row) throw new Error('seed missing');
    await secretary.lists.writeRows([{ kind: 'update', key: 'old', list: 'MotebokAgendaItems', rowId: row.id, eTag: row.eTag, fields: { NextBody: '' } }]);
    expect((await read()).found.saker.map((sak) => sak.item.id)).not.toContain('u1-1-ks');
    await secretary.ensureProvisioned();
    expect((await read()).found.saker.map((sak) => sak.item.id)).toContain('u1-1-ks');
  }, 120_000);

  it('sent only request bodies that are valid against the Graph v1.0 OpenAPI description', () => {
    expect(harness.records.length).toBeGreaterThan(0);
    expect(contractProblems(harness.records)).toEqual([]);
  });
});
