// Issue 11: an exempt sak's row in MotebokAgendaItems holds its real title, body and konklusjon in
// MotebokJson. Before this, anyone with Read on the list (a vara without the committee's consent, an
// observer, a guest from another organisation) could read them through Graph with their own token.
// The send now closes the row (exemptFilePermissions.ts `protectExemptRows`); the check, the repair,
// the freeze and the reopening keep it closed (meetingFreeze.ts `applyRowAccess`).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { hiddenTexts, leaksIn, personViewer } from '../domain/confidentiality';
import { reopenApprovedMinutes } from '../domain/minutesApproval';
import type { AgendaItem, Committee, Meeting, MeetingFile } from '../domain/model';
import type { Versioned } from '../domain/ports';
import { protectExempt } from './exemptFilePermissions';
import type { GraphServices } from './graphServices';
import { sendNotice } from './noticeSender';
import type { SharePointRest } from './sharePointRest';
import { startHarness, type Harness, type TenantUserInfo } from './testing/localTenant';
import { exemptRowWorld, type ExemptRowWorld } from './testing/exemptRowWorld';
import { bytes, fixture, type NoticeWorld } from './testing/noticeWorld';

const EXEMPT = '2026-04';
const OPEN = '2026-05';

describe('an exempt sak’s list row, opened through Graph with each person’s own token (local tenant)', () => {
  let harness: Harness;
  let world: NoticeWorld;
  let secretariat: GraphServices;
  let rest: SharePointRest;
  let committee: Committee;
  let sent: Versioned<Meeting>;
  let rowIds: Map<string, string>;
  const people: Record<'medlem' | 'vara' | 'observatør' | 'gjest', TenantUserInfo> = {} as never;
  const checked: string[] = [];

  let rows: ExemptRowWorld;
  /** The row by id: 200, or 404 when SharePoint hides it. */
  const openRow = async (user: TenantUserInfo, itemId: string) => (await rows.openRow(user, rowIds.get(itemId) ?? '')).status;
  /** The saker whose rows the user's list query returns. */
  const listed = (user: TenantUserInfo) => rows.listed(user, sent.value.id);
  const file = (): MeetingFile => ({ committee, meeting: sent.value });
  const deps = () => ({ rest, graph: world.repository.storageClient, siteId: harness.tenant.info.siteId });

  beforeAll(async () => {
    harness = await startHarness();
    rows = await exemptRowWorld(harness);
    ({ world, committee, secretariat, rest } = rows);
    Object.assign(people, rows.people);
    const base: Meeting = { ...fixture('pm-2026-unntatt').meeting, id: 'pm-rader', theme: 'Partnerskapsmøtet rader' };
    const items: AgendaItem[] = [];
    for (const [index, item] of base.items.entries()) {
      const attachments = [];
      for (const attachment of item.attachments) attachments.push({ ...attachment, ...(await world.repository.uploadDocument(committee, base, attachment.fileName, bytes(2_000, index))), fileName: attachment.fileName, contentType: 'application/pdf' });
      items.push({ ...item, attachments });
    }
    const draft = await world.repository.saveMeeting({ ...base, items });
    await secretariat.sitePermissions.repair([committee]);
    rowIds = new Map(
      (await world.repository.lists.query('MotebokAgendaItems', 'MeetingId', base.id)).map((row) => [String(row.fields['ItemId']), row.id]),
    );
    // The draft was saved without the app's row step (a plain repository): «Rett tilgangene» closes an
    // exempt row of a draft too, not only of a sent meeting (the app's own save closes it at once,
    // exemptRowMarking.integration.test.ts).
    expect(await openRow(people.vara, EXEMPT)).toBe(404);
    sent = await sendNotice({ ...world.deps, protectExempt: (meetingFile) => protectExempt(deps(), meetingFile) }, committee, draft);
  }, 240_000);
  afterAll(async () => {
    console.info(`Checked through Graph:\n  ${checked.join('\n  ')}`);
    await harness?.close();
  });

  it('is open to the member and closed to the vara, the observer and the guest once the innkalling is sent; other saker stay open to all', async () => {
    const expected = { medlem: 200, vara: 404, observatør: 404, gjest: 404 } as const;
    for (const [role, user] of Object.entries(people) as [keyof typeof expected, TenantUserInfo][]) {
      expect(await openRow(user, EXEMPT), `${role}: GET …/items/{id} of sak 2026.04`).toBe(expected[role]);
      expect(await openRow(user, OPEN), `${role}: GET …/items/{id} of sak 2026.05`).toBe(200);
      const saker = await listed(user);
      expect(saker.includes(EXEMPT), `${role}: list query`).toBe(role === 'medlem');
      expect(saker).toContain(OPEN);
      checked.push(`${role}: sak 2026.04's row by id (${expected[role]}) and in the list query (${role === 'medlem' ? 'there' : 'left out'})`);
    }
  });

  it('leaves no exempt text in what each person’s own $batch read of the meeting returns', async () => {
    for (const [role, user] of Object.entries(people)) {
      const read = await harness.repositoryFor(user).getMeeting(sent.value.id);
      expect(read, role).toBeDefined();
      const hidden = hiddenTexts(file(), personViewer(user.mail));
      expect(leaksIn(JSON.stringify(read?.value), hidden), `${role}: the meeting as read`).toEqual([]);
      const exempt = read?.value.items.find((item) => item.id === EXEMPT);
      // The sak is still there for everyone, in its place: from its row for the member, from the meeting row's stub for the others.
      expect(read?.value.items.map((item) => item.id)).toEqual(sent.value.items.map((item) => item.id));
      if (role === 'medlem') expect(exempt?.title).toBe(sent.value.items.find((item) => item.id === EXEMPT)?.title);
      else expect(exempt).toMatchObject({ restricted: true, caseNumber: '2026.04', confidentiality: { exempt: { basis: 'offl. § 13 jf. fvl. § 13 første ledd nr. 1' } } });
      checked.push(`${role}: the meeting's $batch read (${hidden.length} exempt texts looked for)`);
    }
  });

  it('saves a meeting holding a restricted sak without writing, creating or deleting that sak’s row, and keeps its stub', async () => {
    // As a writer who could not read the row would save (here with the secretariat's token and the vara's read).
    const varaRead = await harness.repositoryFor(people.vara).getMeeting(sent.value.id);
    if (!varaRead) throw new Error('møtet mangler');
    expect(varaRead.value.items.find((item) => item.id === EXEMPT)?.restricted).toBe(true);
    await world.repository.saveMeeting({ ...varaRead.value, place: 'Tønsberg' }, varaRead.version);
    const full = await world.repository.getMeeting(sent.value.id);
    expect(full?.value.place).toBe('Tønsberg');
    expect(full?.value.items.find((item) => item.id === EXEMPT)).toEqual(sent.value.items.find((item) => item.id === EXEMPT));
    expect((await world.repository.lists.query('MotebokAgendaItems', 'MeetingId', sent.value.id)).filter((row) => row.fields['ItemId'] === EXEMPT)).toHaveLength(1);
    const again = await harness.repositoryFor(people.vara).getMeeting(sent.value.id);
    expect(again?.value.items.find((item) => item.id === EXEMPT)).toMatchObject({ restricted: true, caseNumber: '2026.04' });
    if (full) sent = full;
  });

  it('is named by the start-up check when it drifts open, and closed again by «Rett tilgangene»', async () => {
    await rest.post(`web/lists/getbytitle('MotebokAgendaItems')/items(${rowIds.get(EXEMPT) ?? ''})/resetroleinheritance`);
    expect(await openRow(people.vara, EXEMPT)).toBe(200);
    const drift = await secretariat.sitePermissions.check([committee]);
    expect(drift.findings.filter((finding) => finding.problem === 'exemptRowOpen')).toEqual([
      { target: { kind: 'meeting', committeeId: committee.id, committee: 'Partnerskapsmøtet', date: '2026-06-11' }, problem: 'exemptRowOpen', sak: '2026.04', how: 'inherits' },
    ]);
    expect((await secretariat.sitePermissions.repair([committee])).findings).toEqual([]);
    expect(await openRow(people.vara, EXEMPT)).toBe(404);
    expect(await openRow(people.medlem, EXEMPT)).toBe(200);
  }, 120_000);

  it('stays closed to the vara when the referat is approved (frozen) and when it is reopened', async () => {
    const read = await world.repository.getMeeting(sent.value.id);
    if (!read) throw new Error('møtet mangler');
    const approved = await world.repository.saveMeeting({ ...read.value, status: 'minutesApproved', minutesApprovedAt: '2026-06-20T08:00:00.000Z' }, read.version);
    await secretariat.sitePermissions.freeze(committee, approved.value.id);
    expect(await openRow(people.vara, EXEMPT)).toBe(404);
    expect(await openRow(people.vara, OPEN)).toBe(200);
    expect(await openRow(people.medlem, EXEMPT)).toBe(200);
    expect((await secretariat.sitePermissions.check([committee])).findings).toEqual([]);
    const reopened = await world.repository.saveMeeting(reopenApprovedMinutes(approved.value, { by: 'Kristin Liset', at: '2026-06-21T08:00:00.000Z', reason: 'Feil i konklusjonen' }), approved.version);
    await secretariat.sitePermissions.unfreeze(committee, reopened.value.id);
    expect(await openRow(people.vara, EXEMPT)).toBe(404);
    expect(await openRow(people.medlem, EXEMPT)).toBe(200);
    expect((await secretariat.sitePermissions.check([committee])).findings).toEqual([]);
    sent = reopened;
    checked.push('vara: sak 2026.04 frozen (404) and reopened (404)');
  }, 120_000);

  it('inherits again once the sak is no longer exempt and the rows are protected again (as the next send does)', async () => {
    const read = await world.repository.getMeeting(sent.value.id);
    if (!read) throw new Error('møtet mangler');
    const items = read.value.items.map((item): AgendaItem => {
      if (item.id !== EXEMPT) return item;
      const { confidentiality: _marking, ...rest } = item;
      return rest;
    });
    const saved = await world.repository.saveMeeting({ ...read.value, items }, read.version);
    expect(await openRow(people.vara, EXEMPT)).toBe(404);
    await protectExempt(deps(), { committee, meeting: saved.value });
    expect(await openRow(people.vara, EXEMPT)).toBe(200);
    const info = await rest.get(`web/lists/getbytitle('MotebokAgendaItems')/items(${rowIds.get(EXEMPT) ?? ''})?$select=HasUniqueRoleAssignments`, v.looseObject({ HasUniqueRoleAssignments: v.boolean() }));
    expect(info.HasUniqueRoleAssignments).toBe(false);
  }, 120_000);
});
