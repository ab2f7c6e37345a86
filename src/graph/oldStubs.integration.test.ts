// The public stub of an exempt sak (its row closed to those without access) said nothing of the konklusjon
// until the stubs got a version: stored before, it had none whether or not a vedtak was recorded, and a
// reader without access got a public protokoll saying «Ingen vedtak registrert.» of a decided sak. Now such
// a stub is read as withheld (domain/exemptRowAccess.ts `stubAsRead`), and «Klargjør SharePoint-området»
// — which the site's missing `StubVersion` column asks for after the upgrade — writes it again from the
// real sak (meetingWrites.ts `fillMeetingColumns`). Old stubs are seeded here through the tenant's storage,
// as the code before wrote them, in a meeting whose referat is approved and whose rows are frozen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { hiddenTexts, personViewer, publicVersion, leaksIn } from '../domain/confidentiality';
import type { AgendaItem, Meeting, MeetingFile } from '../domain/model';
import { startHarness, type Harness } from './testing/localTenant';
import { contractProblems } from './testing/contract';
import { DECIDED, GROUND, approvedWithGround, exemptRowWorld, groundInMeetingRow, type ExemptRowWorld } from './testing/exemptRowWorld';

const ID = 'pm-gamle-stubber';
const VEDLEGG = '2026-03';
const UNDECIDED = '2026-05';
const BASIS = 'offl. § 13 jf. fvl. § 13 første ledd nr. 1';
const OTHER_BASIS = 'offl. § 23 første ledd';
const SECRET = 'Hansen får permisjon i tre måneder';
const LogSchema = v.object({ value: v.array(v.looseObject({ method: v.string(), path: v.string() })) });
const StubSchema = v.looseObject({ version: v.optional(v.number()), item: v.looseObject({ id: v.string(), conclusion: v.array(v.string()) }) });
const StubsSchema = v.looseObject({ exemptStubs: v.array(StubSchema) });

describe('public stubs stored before they said whether a konklusjon was recorded, and the upgrade (local tenant, each person’s own token)', () => {
  let harness: Harness;
  let rows: ExemptRowWorld;
  let meeting: Meeting;

  const meetingRow = async () => {
    const [row] = await rows.world.repository.lists.query('MotebokMeetings', 'MeetingId', ID);
    if (!row) throw new Error('møteraden mangler');
    return row;
  };
  /** The public konklusjon of each exempt sak as the guest (no access to either) reads the meeting with her own token. */
  const guestReads = async () => {
    const read = await harness.repositoryFor(rows.people.gjest).getMeeting(ID);
    if (!read) throw new Error('møtet mangler');
    const file: MeetingFile = { committee: rows.committee, meeting: read.value };
    const shown = (id: string) => publicVersion(file).meeting.items.find((item) => item.id === id);
    expect(read.value.items.filter((item) => item.restricted).map((item) => item.id)).toEqual([VEDLEGG, DECIDED, UNDECIDED]);
    return { decided: shown(DECIDED)?.conclusion, undecided: shown(UNDECIDED)?.conclusion, json: JSON.stringify(read.value) };
  };
  const patchedMeetingRows = async (act: () => Promise<unknown>) => {
    await harness.control('DELETE', '/_tenant/requests');
    await act();
    return v.parse(LogSchema, await harness.control('GET', '/_tenant/requests')).value.filter((entry) => entry.method === 'PATCH' && entry.path.includes('MotebokMeetings'));
  };

  beforeAll(async () => {
    harness = await startHarness();
    rows = await exemptRowWorld(harness);
    const decide = (item: AgendaItem): AgendaItem => {
      if (item.id === DECIDED) return { ...item, conclusion: [SECRET], outcome: 'treated' };
      if (item.id === UNDECIDED) return { ...item, confidentiality: { exempt: { basis: OTHER_BASIS } }, conclusion: [], outcome: 'treated' };
      return item;
    };
    meeting = await approvedWithGround(rows.secretariat, rows.committee, ID, decide);
    // The meeting row as the code before the stubs' version wrote it: no version, every konklusjon empty, no StubVersion;
    // and, as the code before h/trust52 wrote it, the ground of the inhabilitet in the exempt sak in the meeting row, not in
    // the sak's row. That code wrote no PartsInRow either.
    await groundInMeetingRow(rows.world.repository, meeting, {
      edit: (data) => {
        const { exemptStubs } = v.parse(StubsSchema, data);
        // 2026-03 has an exempt vedlegg (its row is closed too, its konklusjon is public): three stubs.
        expect(exemptStubs.map((stub) => stub.version)).toEqual([2, 2, 2]);
        for (const stub of exemptStubs) {
          delete stub.version;
          stub.item.conclusion = [];
        }
        data['exemptStubs'] = exemptStubs;
      },
      fields: { StubVersion: null, PartsInRow: null },
    });
  }, 240_000);
  afterAll(async () => harness?.close());

  it('before the set-up, the guest reads the decided sak’s vedtak as exempt with its hjemmel, never as none, and nothing of it', async () => {
    const read = await guestReads();
    expect(read.decided).toEqual([`Unntatt offentlighet, ${BASIS}`]);
    // Whether the other was decided cannot be known from its stub either: said exempt too, the cautious side.
    expect(read.undecided).toEqual([`Unntatt offentlighet, ${OTHER_BASIS}`]);
    expect(read.json).not.toContain(SECRET);
  }, 60_000);

  it('«Klargjør SharePoint-området» writes the stubs again from the real saker: the decided one exempt, the other none; nothing exempt in the row', async () => {
    const patched = await patchedMeetingRows(() => rows.world.repository.provision());
    expect(patched).toHaveLength(1);
    const row = await meetingRow();
    expect(row.fields['StubVersion']).toBe(2);
    // Its parts moved, the row holds none of them, and says so for the start-up check (`PartsInRow gt 0` returns it no more).
    expect(row.fields['PartsInRow']).toBe(0);
    const stubs = v.parse(StubsSchema, JSON.parse(String(row.fields['MotebokJson']))).exemptStubs;
    expect(stubs.map((stub) => [stub.item.id, stub.version, stub.item.conclusion])).toEqual([
      [VEDLEGG, 2, []],
      [DECIDED, 2, ['Unntatt offentlighet']],
      [UNDECIDED, 2, []],
    ]);
    const read = await guestReads();
    expect(read.decided).toEqual([`Unntatt offentlighet, ${BASIS}`]);
    expect(read.undecided).toEqual([]);
    // The meeting row as the guest's own Graph read returns it holds nothing she may not see.
    const full = await rows.world.repository.getMeeting(ID);
    if (!full) throw new Error('møtet mangler');
    const hidden = hiddenTexts({ committee: rows.committee, meeting: full.value }, personViewer(rows.people.gjest.mail));
    expect(hidden).toContain(SECRET);
    const site = encodeURIComponent(harness.tenant.info.siteId);
    const ownRead = await rows.graphGet(rows.people.gjest, `/sites/${site}/lists/MotebokMeetings/items?$expand=fields&$filter=${encodeURIComponent(`fields/MeetingId eq '${ID}'`)}`);
    expect(leaksIn(JSON.stringify(ownRead.body), hidden)).toEqual([]);
    // The approved record itself is as it was.
    expect(full.value.items.find((item) => item.id === DECIDED)?.conclusion).toEqual([SECRET]);
    expect(full.value.status).toBe('minutesApproved');
    // The ground of the inhabilitet moved into the sak's closed row (the guest's read of the meeting row above has none of it), none lost.
    expect(JSON.stringify(ownRead.body)).not.toContain(GROUND);
    expect(full.value.disqualifications).toEqual(meeting.disqualifications);
  }, 120_000);

  it('a second set-up only reads: no meeting row is written again', async () => {
    expect(await patchedMeetingRows(() => rows.world.repository.provision())).toEqual([]);
    expect(contractProblems(harness.records)).toEqual([]);
  }, 120_000);
});
