// Found by h/qa52b: the meeting row (MotebokMeetings, read by everyone with Read on the list) held, in full, what the
// meeting records about an exempt sak — the ground of an inhabilitet in it, who from outside came only for it, and a
// written treatment's answers and comments on it. The vara's, the observer's and the guest's own tokens read them
// through Graph. Those parts now lie in the sak's closed row (listRows.ts `meetingItemFields`, `MeetingPartsSchema`)
// and are joined back on reading for whoever can read that row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reopenApprovedMinutes } from '../domain/minutesApproval';
import type { Committee, Meeting } from '../domain/model';
import type { Versioned } from '../domain/ports';
import type { GraphServices } from './graphServices';
import type { ListRow } from './listsGateway';
import { startHarness, type Harness, type TenantUserInfo } from './testing/localTenant';
import { exemptRowWorld, type ExemptRole, type ExemptRowWorld } from './testing/exemptRowWorld';
import { fixture, type NoticeWorld } from './testing/noticeWorld';

const EXEMPT = '2026-04';
const OPEN = '2026-05';
const GROUND = 'forvaltningsloven § 6 første ledd bokstav b: bror av pasienten i saken';
const GUEST = 'Torstein Vergemål Hauge';
const COMMENT = 'Pasienten bør få avlastning i Re kommune før sommeren';
const OPEN_GROUND = 'Styreleder i leverandøren av tiltaket';
const NOT_ENTITLED: ExemptRole[] = ['vara', 'observatør', 'gjest'];

describe('what the meeting records about an exempt sak, kept in the sak’s closed row (local tenant, each person’s own token)', () => {
  let harness: Harness;
  let rows: ExemptRowWorld;
  let world: NoticeWorld;
  let secretariat: GraphServices;
  let committee: Committee;
  let referent: TenantUserInfo;
  let full: Meeting;
  let saved: Versioned<Meeting>;
  const checked: string[] = [];

  const site = () => encodeURIComponent(harness.tenant.info.siteId);
  const filter = () => encodeURIComponent(`fields/MeetingId eq '${full.id}'`);
  /** The meeting row as the user's own Graph read of the list returns it (not the app's read). */
  const meetingRowRead = async (user: TenantUserInfo) =>
    JSON.stringify((await rows.graphGet(user, `/sites/${site()}/lists/MotebokMeetings/items?$expand=fields&$filter=${filter()}`)).body);
  const recorded = (meeting: Meeting | undefined) => ({
    disqualifications: meeting?.disqualifications,
    attendance: meeting?.attendance,
    written: meeting?.written,
  });
  const storedRows = async (): Promise<{ header: ListRow; exempt: ListRow }> => {
    const [header] = await world.repository.lists.query('MotebokMeetings', 'MeetingId', full.id);
    const exempt = (await world.repository.lists.query('MotebokAgendaItems', 'MeetingId', full.id)).find((row) => row.fields['ItemId'] === EXEMPT);
    if (!header || !exempt) throw new Error('radene mangler');
    return { header, exempt };
  };

  /** The meeting row and the sak's row as a save wrote them before the parts moved: everything in the header, nothing in the sak's row. */
  async function writeAsBefore(): Promise<void> {
    const { header, exempt } = await storedRows();
    const { items: _items, ...oldHeader } = { ...(JSON.parse(String(header.fields['MotebokJson'])) as Meeting), ...recorded(full) };
    const { meetingParts: _parts, ...oldItem } = JSON.parse(String(exempt.fields['MotebokJson'])) as Record<string, unknown>;
    await world.repository.lists.writeRows([
      { kind: 'update', key: 'meeting', list: 'MotebokMeetings', rowId: header.id, eTag: undefined, fields: { MotebokJson: JSON.stringify(oldHeader) } },
      { kind: 'update', key: 'item', list: 'MotebokAgendaItems', rowId: exempt.id, eTag: undefined, fields: { MotebokJson: JSON.stringify(oldItem) } },
    ]);
  }

  async function expectNoTrace(when: string): Promise<void> {
    for (const role of NOT_ENTITLED) {
      const user = rows.people[role];
      const raw = await meetingRowRead(user);
      expect(raw, `${role}: the meeting row is read ${when}`).toContain(full.id);
      // What the meeting records about the open sak stays in the meeting row: only the exempt sak's parts moved.
      expect(raw, `${role}: the open sak's ground ${when}`).toContain(OPEN_GROUND);
      for (const secret of [GROUND, GUEST, COMMENT]) expect(raw, `${role}: «${secret}» in the meeting row ${when}`).not.toContain(secret);
      const read = JSON.stringify((await harness.repositoryFor(user).getMeeting(full.id))?.value);
      for (const secret of [GROUND, GUEST, COMMENT]) expect(read, `${role}: «${secret}» in the app's read ${when}`).not.toContain(secret);
      checked.push(`${role}: the meeting row and the app's read ${when}: no ground, no guest, no comment on sak 2026.04`);
    }
  }

  beforeAll(async () => {
    harness = await startHarness();
    rows = await exemptRowWorld(harness);
    ({ world, secretariat } = rows);
    referent = harness.user('hilde.kari.maugesten');
    committee = { ...rows.committee, referents: [{ name: referent.displayName, email: referent.mail }] };
    const stored = (await secretariat.repository.listCommittees()).find((entry) => entry.value.id === committee.id);
    await secretariat.repository.saveCommittee(committee, stored?.version);
    await secretariat.sitePermissions.repair([committee]);
    const base = fixture('pm-2026-unntatt').meeting;
    const member = rows.people.medlem;
    full = {
      ...base,
      id: 'pm-deler',
      theme: 'Partnerskapsmøtet deler',
      attendance: [
        { person: { name: member.displayName, email: member.mail }, status: 'present' },
        { person: { name: GUEST, organisation: 'Pårørende' }, status: 'present', role: 'invited', items: [{ from: EXEMPT }] },
        { person: { name: 'Åse Tiltak', organisation: 'Re kommune' }, status: 'present', role: 'invited', items: [{ from: OPEN }] },
      ],
      disqualifications: [
        { itemId: OPEN, person: member.displayName, ground: OPEN_GROUND, decision: 'disqualified' },
        { itemId: EXEMPT, person: member.displayName, ground: GROUND, decision: 'disqualified', vote: 'Samrøystes' },
      ],
      written: {
        answers: [
          { itemId: OPEN, member: member.mail, answer: 'agree' },
          { itemId: EXEMPT, member: member.mail, answer: 'disagree', comment: COMMENT },
        ],
      },
    };
    // The app's own wiring: the save closes the exempt sak's row before its content is written.
    saved = await secretariat.repository.saveMeeting(full);
  }, 240_000);
  afterAll(async () => {
    console.info(`Checked through Graph:\n  ${checked.join('\n  ')}`);
    await harness?.close();
  });

  it('leaves no trace of the ground, the guest who came only for the sak or the written answer in the meeting row the vara, the observer and the guest read', async () => {
    await expectNoTrace('after the save');
    // Who stepped out, and that the sak had a decision on it, stay for every reader, as the views show them.
    const varaRead = await harness.repositoryFor(rows.people.vara).getMeeting(full.id);
    expect(varaRead?.value.disqualifications).toEqual([
      { itemId: OPEN, person: rows.people.medlem.displayName, ground: OPEN_GROUND, decision: 'disqualified' },
      { itemId: EXEMPT, person: rows.people.medlem.displayName, decision: 'disqualified', vote: 'Samrøystes' },
    ]);
  });

  it('gives the referent, the secretariat and the entitled member the meeting with all three, as it was saved', async () => {
    expect(recorded(saved.value)).toEqual(recorded(full));
    for (const [who, user] of [['referent', referent], ['sekretariat', world.secretary], ['medlem', rows.people.medlem]] as const) {
      const read = await harness.repositoryFor(user).getMeeting(full.id);
      expect(recorded(read?.value), who).toEqual(recorded(full));
      checked.push(`${who}: getMeeting holds the ground, the guest and the answer`);
    }
    const { header, exempt } = await storedRows();
    expect(String(exempt.fields['MotebokJson'])).toContain(COMMENT);
    expect(String(header.fields['MotebokJson'])).not.toContain(GROUND);
  });

  it('reads an old meeting row holding the parts in its header as before, and the next save moves them into the sak’s row', async () => {
    await writeAsBefore();
    expect(await meetingRowRead(rows.people.vara)).toContain(GROUND); // the old row, as h/qa52b found it
    const old = await harness.repositoryFor(referent).getMeeting(full.id);
    if (!old) throw new Error('møtet mangler');
    expect(recorded(old.value)).toEqual(recorded(full));
    expect(old.value).toEqual(saved.value);

    // The referent's next save, of something else entirely, moves them.
    const next = await harness.repositoryFor(referent).saveMeeting({ ...old.value, place: 'Tønsberg' }, old.version);
    expect(recorded(next.value)).toEqual(recorded(full));
    await expectNoTrace('after the next save of the old row');
    const read = await harness.repositoryFor(referent).getMeeting(full.id);
    expect(read?.value).toEqual({ ...saved.value, place: 'Tønsberg' });
    expect(String((await storedRows()).exempt.fields['MotebokJson'])).toContain(GUEST);

    // And a save that changes nothing writes nothing more: the moved rows are versioned as a save writes them.
    if (!read) throw new Error('møtet mangler');
    const before = (await storedRows()).header.eTag;
    await harness.repositoryFor(referent).saveMeeting(read.value, read.version);
    expect((await storedRows()).header.eTag).toBe(before);
  }, 120_000);

  it('keeps an approved meeting’s old rows as they are until it is reopened (its saker’s rows are frozen), then the next save moves the parts', async () => {
    const read = await world.repository.getMeeting(full.id);
    if (!read) throw new Error('møtet mangler');
    const approved = await world.repository.saveMeeting({ ...read.value, status: 'held' }, read.version).then((held) =>
      world.repository.saveMeeting({ ...held.value, status: 'minutesApproved', minutesApprovedAt: '2026-06-20T08:00:00.000Z' }, held.version),
    );
    await secretariat.sitePermissions.freeze(committee, full.id);
    await writeAsBefore();
    const old = await harness.repositoryFor(referent).getMeeting(full.id);
    if (!old) throw new Error('møtet mangler');
    expect(old.value).toEqual(approved.value);
    // The reopening writes the meeting row only (frozenChangeRefusal): the parts stay in it, none is lost.
    const reopened = await world.repository.saveMeeting(reopenApprovedMinutes(old.value, { by: 'Kristin Liset', at: '2026-06-21T08:00:00.000Z', reason: 'Feil i konklusjonen' }), old.version);
    await secretariat.sitePermissions.unfreeze(committee, full.id);
    expect(recorded((await harness.repositoryFor(referent).getMeeting(full.id))?.value)).toEqual(recorded(full));
    const again = await harness.repositoryFor(referent).getMeeting(full.id);
    if (!again) throw new Error('møtet mangler');
    expect(again.value).toEqual(reopened.value);
    await harness.repositoryFor(referent).saveMeeting(again.value, again.version);
    await expectNoTrace('after the reopened meeting’s next save');
    expect(recorded((await harness.repositoryFor(referent).getMeeting(full.id))?.value)).toEqual(recorded(full));
  }, 120_000);
});
