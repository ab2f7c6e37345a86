// A meeting row written before what the meeting records about an exempt sak moved into the sak's closed row
// (h/trust52: listRows.ts `splitMeeting`) still holds it — here the ground of an inhabilitet — for every reader of
// the list, until a save writes the row again or «Klargjør SharePoint-området» moves it. A past, approved meeting
// nobody saves again kept it, and nothing told the site. The start-up permission check finds such rows with one
// indexed query and names the meeting (`exemptPartsInMeetingRow`); «Rett tilgangene» moves them, the sak's row first,
// then the meeting row. h/trust52 asked for every meeting row with closed rows (`ClosedRows gt 0`): on a site with
// exempt saker that query returned, with their data, every such meeting on every start-up check, repaired or not. Each
// meeting row now counts what it still holds (`PartsInRow`, indexed, written by every save, counted by set-up), and
// the check asks `PartsInRow gt 0`: the rows to name, and none once the site is repaired.
// The old row is seeded through the tenant's storage as the code before wrote it, and counted as set-up counts a row
// whose parts it could not move (meetingWrites.ts `countHeldParts`).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import type { AgendaItem, Meeting } from '../domain/model';
import { restString } from './sharePointRest';
import { startHarness, type Harness } from './testing/localTenant';
import { contractProblems } from './testing/contract';
import { DECIDED, GROUND, approvedWithGround, exemptRowWorld, groundInMeetingRow, type ExemptRowWorld } from './testing/exemptRowWorld';

const OLD = 'pm-gammel-grunn';
const NEW = 'pm-ny-grunn';
const RowsSchema = v.object({ value: v.array(v.looseObject({ MeetingId: v.nullable(v.string()) })) });
const LogSchema = v.object({ value: v.array(v.looseObject({ method: v.string(), path: v.string() })) });

describe('old meeting rows still holding what is exempt: found by the start-up check, moved by «Rett tilgangene» (local tenant)', () => {
  let harness: Harness;
  let rows: ExemptRowWorld;
  let meeting: Meeting;

  /** The meeting row as the guest (no access to the exempt sak) reads it through Graph with her own token. */
  const guestReadsRow = async (id: string) => {
    const site = encodeURIComponent(harness.tenant.info.siteId);
    return JSON.stringify((await rows.graphGet(rows.people.gjest, `/sites/${site}/lists/MotebokMeetings/items?$expand=fields&$filter=${encodeURIComponent(`fields/MeetingId eq '${id}'`)}`)).body);
  };
  const requests = async (act: () => Promise<unknown>) => {
    await harness.control('DELETE', '/_tenant/requests');
    await act();
    return v.parse(LogSchema, await harness.control('GET', '/_tenant/requests')).value;
  };
  /** The meetings the secretariat's SharePoint REST read of the meeting rows by `filter` returns. */
  const returned = async (filter: string) =>
    v.parse(RowsSchema, await rows.rest.get(`web/lists/getbytitle(${restString('MotebokMeetings')})/items?$top=5000&$select=MeetingId&$filter=${encodeURIComponent(filter)}`, v.unknown())).value.map((row) => row.MeetingId);
  const held = (findings: readonly { problem: string }[]) => findings.filter((finding) => finding.problem === 'exemptPartsInMeetingRow');

  beforeAll(async () => {
    harness = await startHarness();
    rows = await exemptRowWorld(harness);
    const decide = (item: AgendaItem): AgendaItem => (item.id === DECIDED ? { ...item, conclusion: ['Vedtatt'], outcome: 'treated' } : item);
    meeting = await approvedWithGround(rows.secretariat, rows.committee, OLD, decide);
    // The same meeting saved by today's code, a week later: its ground lies in the sak's row already.
    await rows.secretariat.repository.saveMeeting({ ...meeting, id: NEW, date: '2026-06-27', status: 'held', minutesApprovedAt: undefined });
    // Counted as set-up counts a row whose parts it could not move (one sak's).
    await groundInMeetingRow(rows.world.repository, meeting, { fields: { PartsInRow: 1 } });
    expect(await guestReadsRow(OLD)).toContain(GROUND);
    expect(await guestReadsRow(NEW)).not.toContain(GROUND);
  }, 240_000);
  afterAll(async () => harness?.close());

  it('the start-up check names the old meeting (not the one saved since) after one indexed query, which returns that row alone', async () => {
    let report: Awaited<ReturnType<typeof rows.secretariat.sitePermissions.check>> | undefined;
    const sent = await requests(async () => (report = await rows.secretariat.sitePermissions.check([rows.committee])));
    expect(held(report?.findings ?? [])).toEqual([{ problem: 'exemptPartsInMeetingRow', target: { kind: 'meeting', committeeId: rows.committee.id, committee: rows.committee.name, date: meeting.date } }]);
    // One query of the meeting rows, by the indexed count; no item row is read for it, nothing asked by ClosedRows.
    const asked = sent.filter((entry) => entry.path.includes('PartsInRow') || entry.path.includes('ClosedRows'));
    expect(asked.map((entry) => decodeURIComponent(entry.path))).toEqual([expect.stringContaining('PartsInRow gt 0')]);
    // It returns the old meeting's row only; h/trust52's query returned every meeting with closed rows, the new one too.
    expect(await returned('PartsInRow gt 0')).toEqual([OLD]);
    expect(await returned('ClosedRows gt 0')).toEqual([OLD, NEW]);
  }, 120_000);

  it('«Rett tilgangene» moves the ground into the sak’s closed row, then writes the meeting row without it; none lost, nothing left to say', async () => {
    const report = await rows.secretariat.sitePermissions.repair([rows.committee]);
    expect(held(report.findings)).toEqual([]);
    expect(await guestReadsRow(OLD)).not.toContain(GROUND);
    const full = await rows.world.repository.getMeeting(OLD);
    expect(full?.value.disqualifications).toEqual(meeting.disqualifications);
    expect(full?.value.status).toBe('minutesApproved');
    const [decided] = (await rows.world.repository.lists.query('MotebokAgendaItems', 'MeetingId', OLD)).filter((item) => item.fields['ItemId'] === DECIDED);
    expect(String(decided?.fields['MotebokJson'])).toContain(GROUND);
    // Repaired, the check costs the same one query, and it returns no row: nothing to read, nothing to say.
    let after: Awaited<ReturnType<typeof rows.secretariat.sitePermissions.check>> | undefined;
    const sent = await requests(async () => (after = await rows.secretariat.sitePermissions.check([rows.committee])));
    expect(held(after?.findings ?? [])).toEqual([]);
    expect(sent.filter((entry) => entry.path.includes('PartsInRow') || entry.path.includes('ClosedRows'))).toHaveLength(1);
    expect(await returned('PartsInRow gt 0')).toEqual([]);
    expect(contractProblems(harness.records)).toEqual([]);
  }, 180_000);
});
