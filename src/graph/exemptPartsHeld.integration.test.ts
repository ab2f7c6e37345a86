// A meeting row written before what the meeting records about an exempt sak moved into the sak's closed row
// (h/trust52: listRows.ts `splitMeeting`) still holds it — here the ground of an inhabilitet — for every reader of
// the list, until a save writes the row again or «Klargjør SharePoint-området» moves it. A past, approved meeting
// nobody saves again kept it, and nothing told the site. The start-up permission check now finds such rows with one
// indexed query (`ClosedRows gt 0`: only meetings with closed rows can hold them) and names the meeting
// (`exemptPartsInMeetingRow`); «Rett tilgangene» moves them, the sak's row first, then the meeting row.
// The old rows are seeded through the tenant's storage as the code before wrote them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import type { AgendaItem, Meeting } from '../domain/model';
import { startHarness, type Harness } from './testing/localTenant';
import { contractProblems } from './testing/contract';
import { exemptRowWorld, itemRowWithoutParts, type ExemptRowWorld } from './testing/exemptRowWorld';
import { fixture } from './testing/noticeWorld';

const OLD = 'pm-gammel-grunn';
const NEW = 'pm-ny-grunn';
const DECIDED = '2026-04';
const GROUND = 'forvaltningsloven § 6 første ledd bokstav b: svoger av Hansen';
const LogSchema = v.object({ value: v.array(v.looseObject({ method: v.string(), path: v.string() })) });

describe('old meeting rows still holding what is exempt: found by the start-up check, moved by «Rett tilgangene» (local tenant)', () => {
  let harness: Harness;
  let rows: ExemptRowWorld;
  let meeting: Meeting;

  const meetingRow = async (id: string) => {
    const [row] = await rows.world.repository.lists.query('MotebokMeetings', 'MeetingId', id);
    if (!row) throw new Error('møteraden mangler');
    return row;
  };
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
  const held = (findings: readonly { problem: string }[]) => findings.filter((finding) => finding.problem === 'exemptPartsInMeetingRow');

  beforeAll(async () => {
    harness = await startHarness();
    rows = await exemptRowWorld(harness);
    const base = fixture('pm-2026-unntatt').meeting;
    const decide = (item: AgendaItem): AgendaItem => (item.id === DECIDED ? { ...item, conclusion: ['Vedtatt'], outcome: 'treated' } : item);
    meeting = {
      ...base,
      id: OLD,
      status: 'minutesApproved',
      minutesApprovedAt: '2026-06-20T10:00:00Z',
      items: base.items.map(decide),
      disqualifications: [{ itemId: DECIDED, person: 'Christian Reissig', ground: GROUND, decision: 'disqualified' }],
    };
    await rows.secretariat.repository.saveMeeting(meeting);
    await rows.secretariat.sitePermissions.freeze(rows.committee, OLD);
    // The same meeting saved by today's code, a week later: its ground lies in the sak's row already.
    await rows.secretariat.repository.saveMeeting({ ...meeting, id: NEW, date: '2026-06-27', status: 'held', minutesApprovedAt: undefined });
    // As the code before wrote it: the ground in the meeting row, the sak's row without it.
    const row = await meetingRow(OLD);
    const data = JSON.parse(String(row.fields['MotebokJson'])) as Record<string, unknown>;
    data['disqualifications'] = meeting.disqualifications;
    await itemRowWithoutParts(rows, OLD, DECIDED);
    await rows.world.repository.lists.writeRows([{ kind: 'update', key: 'old', list: 'MotebokMeetings', rowId: row.id, eTag: undefined, fields: { MotebokJson: JSON.stringify(data) } }]);
    expect(await guestReadsRow(OLD)).toContain(GROUND);
    expect(await guestReadsRow(NEW)).not.toContain(GROUND);
  }, 240_000);
  afterAll(async () => harness?.close());

  it('the start-up check names the old meeting (not the one saved since) after one indexed query of the meeting rows with closed rows', async () => {
    let report: Awaited<ReturnType<typeof rows.secretariat.sitePermissions.check>> | undefined;
    const sent = await requests(async () => (report = await rows.secretariat.sitePermissions.check([rows.committee])));
    expect(held(report?.findings ?? [])).toEqual([{ problem: 'exemptPartsInMeetingRow', target: { kind: 'meeting', committeeId: rows.committee.id, committee: rows.committee.name, date: meeting.date } }]);
    // One query asks for the meeting rows with closed rows; no item row is read for it.
    expect(sent.filter((entry) => entry.path.includes('ClosedRows'))).toHaveLength(1);
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
    expect(held((await rows.secretariat.sitePermissions.check([rows.committee])).findings)).toEqual([]);
    expect(contractProblems(harness.records)).toEqual([]);
  }, 180_000);
});
