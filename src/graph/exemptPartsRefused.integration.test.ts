// «Rett tilgangene» moves what old meeting rows hold of an exempt sak into the sak's closed row (exemptPartsHeld
// .integration.test.ts). Here SharePoint refuses one meeting's sak row to whoever repairs: the row was left to the
// secretary with Read only (as the tester's site had rows without the checker's Full Control, sitePermissionsRefused
// .integration.test.ts), so the tenant's own permission check answers her write of it 403 — no fault switch. That
// meeting is left as it is, counted (`PartsInRow`) so the start-up check names it again, and the repair's report names
// it with the sak whose parts it still holds (`exemptPartsNotMoved`); the other meeting is moved. Before 7eab3a16 the
// report said only that the meeting still held parts (`exemptPartsInMeetingRow`), not that the move was refused, nor of
// which sak (a refused write already left that meeting and went on to the others; a refused READ of its sak rows stopped
// the whole move — the tenant never answers such a read 403, so that path is tested with a stub: sakRowsReadRefused.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import type { AgendaItem, Meeting } from '../domain/model';
import { EXPAND_ASSIGNMENTS, RoleAssignmentsSchema, roleIds } from './sharePointRoles';
import { restString } from './sharePointRest';
import { startHarness, type Harness } from './testing/localTenant';
import { contractProblems } from './testing/contract';
import { DECIDED, GROUND, approvedWithGround, exemptRowWorld, groundInMeetingRow, type ExemptRowWorld } from './testing/exemptRowWorld';

const REFUSED = 'pm-nektet';
const MOVED = 'pm-flyttet';
const REFUSED_DATE = '2026-06-11';
const MOVED_DATE = '2026-05-14';
const PrincipalSchema = v.looseObject({ Id: v.number() });

describe('«Rett tilgangene» when SharePoint refuses one meeting’s sak row: that meeting left, counted and named with its sak; the other moved (local tenant)', () => {
  let harness: Harness;
  let rows: ExemptRowWorld;
  let refused: Meeting;
  let moved: Meeting;

  const meetingRow = async (id: string) => {
    const [row] = await rows.world.repository.lists.query('MotebokMeetings', 'MeetingId', id);
    if (!row) throw new Error(`møteraden ${id} mangler`);
    return row;
  };
  const sakRow = async (meetingId: string) => {
    const [row] = (await rows.world.repository.lists.query('MotebokAgendaItems', 'MeetingId', meetingId)).filter((item) => item.fields['ItemId'] === DECIDED);
    if (!row) throw new Error(`saksraden ${DECIDED} av ${meetingId} mangler`);
    return row;
  };
  /** The secretary's own write of a sak row through Graph (its title, as it is): the status SharePoint answers. */
  const secretaryWrites = async (meetingId: string): Promise<number> => {
    const { id: rowId, fields } = await sakRow(meetingId);
    const token = await harness.tokenFor(harness.user('kristin.liset')).getToken(['Sites.ReadWrite.All']);
    const site = encodeURIComponent(harness.tenant.info.siteId);
    const response = await harness.fetch(`${harness.tenant.info.graphBaseUrl}/sites/${site}/lists/MotebokAgendaItems/items/${rowId}/fields`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ Title: fields['Title'] }),
    });
    await response.text();
    return response.status;
  };

  beforeAll(async () => {
    harness = await startHarness();
    rows = await exemptRowWorld(harness);
    const decide = (item: AgendaItem): AgendaItem => (item.id === DECIDED ? { ...item, conclusion: ['Vedtatt'], outcome: 'treated' } : item);
    refused = await approvedWithGround(rows.secretariat, rows.committee, REFUSED, decide, REFUSED_DATE);
    moved = await approvedWithGround(rows.secretariat, rows.committee, MOVED, decide, MOVED_DATE);
    // Both rows as the code before h/trust52 wrote them. The one to be moved counted by an earlier set-up (the start-up
    // check finds it); the refused one not counted (written before PartsInRow was), so its count after is the repair's.
    await groundInMeetingRow(rows.world.repository, moved, { fields: { PartsInRow: 1 } });
    await groundInMeetingRow(rows.world.repository, refused, { fields: { PartsInRow: 0 } });
    // The refused meeting's sak row: the secretary reads it, and nothing more (her other roles on it removed through REST).
    const row = `web/lists/getbytitle(${restString('MotebokAgendaItems')})/items(${(await sakRow(REFUSED)).id})`;
    const me = (await rows.rest.get('web/currentuser', PrincipalSchema)).Id;
    const bindings = (await rows.rest.get(`${row}/roleassignments?$expand=${EXPAND_ASSIGNMENTS}`, RoleAssignmentsSchema())).value.find((a) => a.PrincipalId === me)?.RoleDefinitionBindings ?? [];
    expect(bindings.length).toBeGreaterThan(0);
    const read = (await roleIds(rows.rest))('read');
    await rows.rest.post(`${row}/roleassignments/addroleassignment(principalid=${me},roledefid=${read})`);
    for (const binding of bindings.filter((b) => b.Id !== read)) await rows.rest.post(`${row}/roleassignments/removeroleassignment(principalid=${me},roledefid=${binding.Id})`);
    // The premise, from the tenant's own permission check: she reads the row, her write of it is refused (403); the other meeting's she writes.
    expect(String((await sakRow(REFUSED)).fields['MotebokJson'])).not.toContain(GROUND);
    expect(await secretaryWrites(REFUSED)).toBe(403);
    expect(await secretaryWrites(MOVED)).toBe(200);
    expect(String((await meetingRow(REFUSED)).fields['MotebokJson'])).toContain(GROUND);
    expect(String((await meetingRow(MOVED)).fields['MotebokJson'])).toContain(GROUND);
  }, 240_000);
  afterAll(async () => harness?.close());

  it('moves the other meeting, leaves the refused one holding its ground, counted, and names it with its sak', async () => {
    const report = await rows.secretariat.sitePermissions.repair([rows.committee]);
    const target = (date: string) => ({ kind: 'meeting', committeeId: rows.committee.id, committee: rows.committee.name, date });

    // The other meeting moved: the ground in its sak's row, its meeting row without it and counted 0.
    expect(String((await sakRow(MOVED)).fields['MotebokJson'])).toContain(GROUND);
    const movedRow = await meetingRow(MOVED);
    expect(String(movedRow.fields['MotebokJson'])).not.toContain(GROUND);
    expect(movedRow.fields['PartsInRow']).toBe(0);
    expect((await rows.world.repository.getMeeting(MOVED))?.value.disqualifications).toEqual(moved.disqualifications);

    // The refused meeting: its sak's row as it was, its meeting row still holding the ground, counted (one sak's parts).
    expect(String((await sakRow(REFUSED)).fields['MotebokJson'])).not.toContain(GROUND);
    const refusedRow = await meetingRow(REFUSED);
    expect(String(refusedRow.fields['MotebokJson'])).toContain(GROUND);
    expect(refusedRow.fields['PartsInRow']).toBe(1);
    expect((await rows.world.repository.getMeeting(REFUSED))?.value.disqualifications).toEqual(refused.disqualifications);

    // The report names the refused meeting with its sak (by case number), once: not also as the check's «still holds parts».
    const parts = report.findings.filter((f) => f.problem === 'exemptPartsNotMoved' || f.problem === 'exemptPartsInMeetingRow');
    expect(parts).toEqual([{ target: target(REFUSED_DATE), problem: 'exemptPartsNotMoved', sak: '2026.04' }]);
    // Nothing said of the moved meeting.
    expect(report.findings.filter((f) => f.target.kind === 'meeting' && f.target.date === MOVED_DATE)).toEqual([]);

    // The start-up check names the refused meeting again (its count), and only it.
    const after = await rows.secretariat.sitePermissions.check([rows.committee]);
    expect(after.findings.filter((f) => f.problem === 'exemptPartsInMeetingRow')).toEqual([{ target: target(REFUSED_DATE), problem: 'exemptPartsInMeetingRow' }]);
    expect(contractProblems(harness.records)).toEqual([]);
  }, 180_000);
});
