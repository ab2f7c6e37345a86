import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renumberItems } from '../domain/caseNumbering';
import type { Meeting } from '../domain/model';
import { fixture } from './testing/noticeWorld';
import { SECRETARY, startHarness, type Harness } from './testing/localTenant';
import { loggedRequests } from './testing/tenantRequestLog';

/** A query by meeting: the meeting's row or its agenda item rows (the committee's meeting list needs neither). */
const byMeeting = (request: string) => request.includes('/lists/') && request.includes('fields/MeetingId eq');

describe('the workspace opening a committee with 20 meetings', () => {
  let harness: Harness;
  const { committee, meeting: base } = fixture('pm-2026');
  const meetings: Meeting[] = [];

  beforeAll(async () => {
    harness = await startHarness();
    const secretary = harness.repositoryFor(harness.user(SECRETARY));
    await secretary.ensureProvisioned();
    await secretary.saveCommittee(committee);
    // Four meetings a year, 2022–2026, each with the seed's agenda numbered on from the year's earlier meetings.
    for (let index = 0; index < 20; index += 1) {
      const year = 2022 + Math.floor(index / 4);
      const date = `${year}-${String(2 + 3 * (index % 4)).padStart(2, '0')}-11`;
      const draft: Meeting = { ...base, id: `pm-${date}`, date, status: 'draft', items: base.items.map((item) => ({ ...item, attachments: [] })) };
      const numbered = renumberItems(draft, committee, meetings);
      await secretary.saveMeeting(numbered);
      meetings.push(numbered);
    }
  }, 180_000);
  afterAll(async () => harness?.close());

  it('lists the meetings in one request that reads meeting rows only, no agenda item', async () => {
    const workspace = harness.repositoryFor(harness.user(SECRETARY));
    let listed: Awaited<ReturnType<typeof workspace.listMeetingRows>> = [];
    const log = await loggedRequests(harness, async () => (listed = await workspace.listMeetingRows(committee.id)));
    expect(log.requests).toHaveLength(1);
    expect(log.requests[0]).toMatch(/MotebokMeetings|fields\/CommitteeId eq/);
    expect([...log.requests, ...log.inner].filter(byMeeting)).toEqual([]);
    expect(listed.map((meeting) => meeting.id)).toEqual(meetings.map((meeting) => meeting.id));
    expect(listed.every((meeting) => !('items' in meeting))).toBe(true);
  });

  it('opens one meeting in two requests: its rows, and the case numbers of the other meetings of its year only', async () => {
    const workspace = harness.repositoryFor(harness.user(SECRETARY));
    const open = meetings[18];
    if (!open) throw new Error('seed missing');
    const sameYear = meetings.filter((meeting) => meeting.date.slice(0, 4) === open.date.slice(0, 4) && meeting.id !== open.id);
    let read: Awaited<ReturnType<typeof workspace.getMeeting>>;
    let numbered: Awaited<ReturnType<typeof workspace.listCaseNumbers>> = [];
    // As the workspace does when a meeting opens: both at once.
    const log = await loggedRequests(harness, async () => {
      [read, numbered] = await Promise.all([workspace.getMeeting(open.id), workspace.listCaseNumbers(sameYear)]);
    });
    expect(log.requests).toEqual(['POST /v1.0/$batch', 'POST /v1.0/$batch']);
    // This meeting whole (its row and its items); of the others only their numbers (`$select` of the CaseNumber column).
    const reads = log.inner.filter(byMeeting);
    expect(reads).toHaveLength(2 + sameYear.length);
    const whole = reads.filter((request) => !request.includes('fields($select=CaseNumber)'));
    expect(whole).toEqual([expect.stringContaining(`fields/MeetingId eq '${open.id}'`), expect.stringContaining(`fields/MeetingId eq '${open.id}'`)]);
    expect(read?.value).toEqual(open);
    // The numbers are the ones the whole meetings carry, so numbering goes on exactly as before.
    const numbersOf = (items: readonly { caseNumber: string | null }[]) => items.map((item) => item.caseNumber ?? '').sort();
    const summary = (meeting: { id: string; committeeId: string; date: string; items: Parameters<typeof numbersOf>[0] }) => [
      meeting.id,
      meeting.committeeId,
      meeting.date,
      numbersOf(meeting.items),
    ];
    expect(numbered.map(summary)).toEqual(sameYear.map(summary));
    expect(renumberItems(open, committee, numbered)).toEqual(renumberItems(open, committee, meetings));
  });

  it('reads nothing for numbering when no other meeting shares the year', async () => {
    const workspace = harness.repositoryFor(harness.user(SECRETARY));
    const log = await loggedRequests(harness, async () => expect(await workspace.listCaseNumbers([])).toEqual([]));
    expect(log.requests).toEqual([]);
  });
});
