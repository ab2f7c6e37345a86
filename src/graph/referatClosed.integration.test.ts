// Found in review (offentleglova): the referat .docx lay in the meeting folder, which inherits the
// committee folder where every member reads — a guest, an observer or a vara not entitled to an
// exempt sak could open the full referat, with the sak's møtebehandling and vedtak, with their own
// token. Now the referat of a meeting with exempt content is made in a closed folder the send sets up
// (referatFolder.ts), and uploaded into it already closed. Each person uses their own token, straight
// against Graph (the app's UI plays no part); the referent makes the referat, not the secretariat.
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingFolderPath, referatFolderPath } from '../domain/attachments';
import { isDomainError } from '../domain/errors';
import { reopenApprovedMinutes } from '../domain/minutesApproval';
import type { AgendaItem, Committee, Meeting } from '../domain/model';
import { SIMPLE_DRIVE_UPLOAD_MAX_BYTES } from '../domain/limits';
import { protectExempt } from './exemptFilePermissions';
import { graphCall } from './graphCall';
import { collectionOf } from './graphSchemas';
import { createGraphServices, type GraphServices } from './graphServices';
import { sendNotice } from './noticeSender';
import { restString, type SharePointRest } from './sharePointRest';
import { exemptRowWorld, type ExemptRole } from './testing/exemptRowWorld';
import { startHarness, type Harness, type TenantUserInfo } from './testing/localTenant';
import { fileContentAs } from './testing/fileContentAs';
import { bytes, fixture, type NoticeWorld } from './testing/noticeWorld';

const REFERENT = 'hilde.kari.maugesten';
const MessageSchema = v.looseObject({ subject: v.string(), body: v.looseObject({ content: v.string() }) });

describe('the referat of a meeting with exempt content, made by the referent and opened with each person’s own token (local tenant)', () => {
  let harness: Harness;
  let world: NoticeWorld;
  let secretariat: GraphServices;
  let referent: GraphServices;
  let rest: SharePointRest;
  let committee: Committee;
  let meeting: Meeting;
  let version: string;
  let docx: string;
  const people: Record<ExemptRole, TenantUserInfo> = {} as never;
  const base = (): string => harness.tenant.info.graphBaseUrl;

  /** The file's content read by the user: 'read' (302 to the download, or 200), else the status (403/404: SharePoint hides it). */
  const read = async (user: TenantUserInfo, path: string): Promise<'read' | number> => {
    const status = await fileContentAs(harness, user, 'GET', path);
    return status === 200 || status === 302 ? 'read' : status;
  };
  const write = (user: TenantUserInfo, path: string) => fileContentAs(harness, user, 'PUT', path, `endret av ${user.mail}`);
  const pathOf = (webUrl: string | undefined): string => decodeURIComponent(new URL(webUrl ?? '').pathname).replace(/^\/sites\/helsefellesskapet\/Shared Documents\//, '');
  /** The vara, the observer and the guest may not see sak 2026.04: none of them may open the referat. */
  async function expectClosed(path: string): Promise<void> {
    for (const role of ['vara', 'observatør', 'gjest'] as const) expect([403, 404], `${role} reads ${path}`).toContain(await read(people[role], path));
    expect(await read(people.medlem, path), 'the member entitled to every exempt sak').toBe('read');
  }
  async function save(next: Meeting): Promise<void> {
    const saved = await secretariat.repository.saveMeeting(next, version);
    meeting = saved.value;
    version = saved.version;
  }
  const servicesFor = (user: TenantUserInfo) => {
    const options = { graphBaseUrl: base(), siteId: harness.tenant.info.siteId, sharedMailbox: undefined };
    return createGraphServices(options, harness.tokenFor(user), { fetch: harness.fetch });
  };

  beforeAll(async () => {
    harness = await startHarness();
    const rows = await exemptRowWorld(harness);
    ({ world, secretariat, rest } = rows);
    Object.assign(people, rows.people);
    const hilde = harness.user(REFERENT);
    committee = { ...rows.committee, referents: [{ name: hilde.displayName, email: hilde.mail }] };
    const stored = (await world.repository.listCommittees()).find((entry) => entry.value.id === committee.id);
    await world.repository.saveCommittee(committee, stored?.version);
    referent = servicesFor(hilde);
    const draftMeeting: Meeting = { ...fixture('pm-2026-unntatt').meeting, id: 'pm-referat', theme: 'Partnerskapsmøtet referat' };
    const items: AgendaItem[] = [];
    for (const [index, item] of draftMeeting.items.entries()) {
      const attachments = [];
      for (const attachment of item.attachments) attachments.push({ ...attachment, ...(await world.repository.uploadDocument(committee, draftMeeting, attachment.fileName, bytes(2_000, index))), fileName: attachment.fileName, contentType: 'application/pdf' });
      items.push({ ...item, attachments });
    }
    const draft = await world.repository.saveMeeting({ ...draftMeeting, items });
    await secretariat.sitePermissions.repair([committee]);
    const deps = { rest, graph: world.repository.storageClient, siteId: harness.tenant.info.siteId };
    const sent = await sendNotice({ ...world.deps, protectExempt: (file) => protectExempt(deps, file) }, committee, draft);
    meeting = sent.value;
    version = sent.version;
    await save({ ...meeting, status: 'held' });
  }, 300_000);
  afterAll(async () => harness?.close());

  it('is made by the referent in the closed folder the send set up, and only those entitled to the exempt sak open it', async () => {
    const made = await referent.minutes.store(committee, meeting);
    await save({ ...meeting, minutes: made.minutes });
    docx = pathOf(made.minutes.webUrl);
    expect(docx).toBe(`${referatFolderPath(committee, meeting)}/${made.minutes.fileName}`);
    expect(docx).toMatch(/\/Unntatt offentlighet\/Referat\/Referat /);
    await expectClosed(docx);
    // Nothing of it is left in the meeting folder.
    expect(await read(people.medlem, `${meetingFolderPath(committee, meeting)}/${made.minutes.fileName}`)).toBe(404);
  }, 120_000);

  it('is mailed with its link only to those who can open it, saying it lies in the closed folder; the others get their own version, told why there is no link', async () => {
    await secretariat.minutes.send(committee, meeting);
    const href = `href="${meeting.minutes?.webUrl ?? ''}"`;
    for (const role of ['medlem', 'vara', 'observatør'] as const) {
      const inbox = (await graphCall(collectionOf(MessageSchema), () => harness.clientsFor(people[role])(['Mail.Read']).api('/me/messages').top(100).get())).value;
      const body = inbox.find((message) => message.subject.startsWith('Referat fra'))?.body.content ?? '';
      expect(body, role).toContain('Send eventuelle kommentarer');
      if (role === 'medlem') {
        expect(body).toContain(href);
        expect(body).toContain('i den lukkede mappen «Unntatt offentlighet/Referat»');
        expect(await read(people[role], docx)).toBe('read');
      } else {
        expect(body, role).not.toContain(href);
        expect(body, role).not.toContain('<a ');
        expect(body, role).toContain('Den fullstendige utgaven i møtemappen er lukket for deg');
        expect([403, 404], role).toContain(await read(people[role], docx));
      }
    }
  }, 120_000);

  it('is made again by the referent (the content replaced, the file and its closed permissions kept); a large file uploaded in a session into the folder is closed as well', async () => {
    const again = await referent.minutes.store(committee, meeting);
    expect(again.minutes.driveItemId).toBe(meeting.minutes?.driveItemId);
    expect(await write(harness.user(REFERENT), docx)).toBe(200);
    await expectClosed(docx);
    const large = await referent.repository.files.upload(referatFolderPath(committee, meeting), 'Lydopptak.bin', bytes(SIMPLE_DRIVE_UPLOAD_MAX_BYTES + 1, 7));
    await expectClosed(pathOf(large.webUrl));
  }, 120_000);

  it('is frozen at approval (the referent reads, cannot write) and writable again after the secretariat reopens, still closed to those not entitled', async () => {
    await save({ ...meeting, status: 'minutesApproved', minutesApprovedAt: '2026-06-11T11:40:00.000Z' });
    await secretariat.sitePermissions.freeze(committee, meeting.id);
    expect(await write(harness.user(REFERENT), docx)).toBe(403);
    expect(await read(harness.user(REFERENT), docx)).toBe('read');
    await expectClosed(docx);
    await save(reopenApprovedMinutes(meeting, { by: 'Kristin Liset', at: '2026-06-20T08:00:00.000Z', reason: 'Feil i konklusjonen' }));
    await secretariat.sitePermissions.unfreeze(committee, meeting.id);
    expect(await write(harness.user(REFERENT), docx)).toBe(200);
    await expectClosed(docx);
    const again = await referent.minutes.store(committee, meeting);
    expect(pathOf(again.minutes.webUrl)).toBe(docx);
  }, 120_000);
});

describe('the referat of a meeting without exempt content, and of one marked exempt after its last send (local tenant)', () => {
  let harness: Harness;
  let secretariat: GraphServices;
  let referent: GraphServices;
  let rest: SharePointRest;
  let committee: Committee;
  let meeting: Meeting;
  let version: string;
  const people: Record<ExemptRole, TenantUserInfo> = {} as never;
  const read = async (user: TenantUserInfo, webUrl: string | undefined): Promise<'read' | number> => {
    const path = decodeURIComponent(new URL(webUrl ?? '').pathname).replace(/^\/sites\/helsefellesskapet\/Shared Documents\//, '');
    const status = await fileContentAs(harness, user, 'GET', path);
    return status === 200 || status === 302 ? 'read' : status;
  };
  async function save(next: Meeting): Promise<void> {
    const saved = await secretariat.repository.saveMeeting(next, version);
    meeting = saved.value;
    version = saved.version;
  }
  const exemptSak = (item: AgendaItem): AgendaItem => ({ ...item, attachments: [], confidentiality: { exempt: { basis: 'offl. § 13 jf. fvl. § 13 første ledd nr. 1' } } });
  const pathOf = (webUrl: string | undefined): string => decodeURIComponent(new URL(webUrl ?? '').pathname).replace(/^\/sites\/helsefellesskapet\/Shared Documents\//, '');

  beforeAll(async () => {
    harness = await startHarness();
    const rows = await exemptRowWorld(harness);
    secretariat = rows.secretariat;
    rest = rows.rest;
    Object.assign(people, rows.people);
    const hilde = harness.user(REFERENT);
    committee = { ...rows.committee, referents: [{ name: hilde.displayName, email: hilde.mail }] };
    const stored = (await rows.world.repository.listCommittees()).find((entry) => entry.value.id === committee.id);
    await rows.world.repository.saveCommittee(committee, stored?.version);
    const options = { graphBaseUrl: harness.tenant.info.graphBaseUrl, siteId: harness.tenant.info.siteId, sharedMailbox: undefined };
    referent = createGraphServices(options, harness.tokenFor(hilde), { fetch: harness.fetch });
    const open = fixture('pm-2026').meeting;
    const created = await secretariat.repository.saveMeeting({ ...open, id: 'pm-apen', date: '2026-09-10', status: 'held', items: open.items.map((item) => ({ ...item, attachments: [] })) });
    meeting = created.value;
    version = created.version;
    await secretariat.sitePermissions.repair([committee]);
  }, 300_000);
  afterAll(async () => harness?.close());

  it('keeps a referat without exempt content in the meeting folder, where every member reads it', async () => {
    const made = await referent.minutes.store(committee, meeting);
    await save({ ...meeting, minutes: made.minutes });
    expect(decodeURIComponent(new URL(made.minutes.webUrl ?? '').pathname)).toContain(`/${meetingFolderPath(committee, meeting)}/${made.minutes.fileName}`);
    for (const role of ['medlem', 'vara', 'gjest'] as const) expect(await read(people[role], made.minutes.webUrl), role).toBe('read');
  }, 120_000);

  it('refuses the referent a referat of a sak marked exempt after the last send, in the committee’s words; the secretariat’s closes the folder, stores it there and removes the open one', async () => {
    const open = meeting.minutes;
    const first = meeting.items.find((item) => !item.closing);
    await save({ ...meeting, items: meeting.items.map((item) => (item.id === first?.id ? { ...item, confidentiality: { exempt: { basis: 'offl. § 13 jf. fvl. § 13 første ledd nr. 1' } } } : item)) });
    const refusal = await referent.minutes.store(committee, meeting).catch((error: unknown) => error);
    expect(isDomainError(refusal) && refusal.reason).toEqual({ key: 'referatFolderNotClosed' });
    const made = await secretariat.minutes.store(committee, meeting);
    await save({ ...meeting, minutes: made.minutes });
    expect(decodeURIComponent(new URL(made.minutes.webUrl ?? '').pathname)).toContain(`/${referatFolderPath(committee, meeting)}/`);
    expect(await read(people.medlem, made.minutes.webUrl)).toBe('read');
    for (const role of ['vara', 'observatør', 'gjest'] as const) expect([403, 404], role).toContain(await read(people[role], made.minutes.webUrl));
    // The open one in the meeting folder is gone; the referent now makes it again in the closed folder.
    expect(await read(people.medlem, open?.webUrl)).toBe(404);
    const again = await referent.minutes.store(committee, meeting);
    expect(again.minutes.webUrl).toBe(made.minutes.webUrl);
  }, 120_000);

  it('names a referat stored open in the meeting folder before this fix, and «Rett tilgangene» closes it where it lies; reopening keeps it closed', async () => {
    const plain = fixture('pm-2026').meeting;
    const before = await secretariat.repository.saveMeeting({ ...plain, id: 'pm-gammel', date: '2026-10-15', status: 'held', items: plain.items.map((item, index) => (index === 0 ? exemptSak(item) : { ...item, attachments: [] })) });
    // As minutesService stored it before: in the meeting folder, inheriting what every member reads.
    const old = await secretariat.repository.uploadDocument(committee, before.value, 'Referat Partnerskapsmøtet 15.10.26.docx', new TextEncoder().encode('referat'));
    const saved = await secretariat.repository.saveMeeting({ ...before.value, minutes: old }, before.version);
    expect(await read(people.vara, old.webUrl)).toBe('read');
    const label = { kind: 'meeting', committeeId: committee.id, committee: committee.name, date: '2026-10-15' };
    expect((await secretariat.sitePermissions.check([committee])).findings).toContainEqual({ target: label, problem: 'referatOpen' });
    const repaired = await secretariat.sitePermissions.repair([committee]);
    expect(repaired.findings.filter((finding) => finding.problem === 'referatOpen')).toEqual([]);
    for (const role of ['vara', 'observatør', 'gjest'] as const) expect([403, 404], role).toContain(await read(people[role], old.webUrl));
    expect(await read(people.medlem, old.webUrl)).toBe('read');
    // Approved and reopened: the file inherits nothing from the meeting folder on the way.
    const approved = await secretariat.repository.saveMeeting({ ...saved.value, status: 'minutesApproved', minutesApprovedAt: '2026-10-15T12:00:00.000Z' }, saved.version);
    await secretariat.sitePermissions.freeze(committee, approved.value.id);
    expect([403, 404]).toContain(await read(people.vara, old.webUrl));
    await secretariat.repository.saveMeeting(reopenApprovedMinutes(approved.value, { by: 'Kristin Liset', at: '2026-10-20T08:00:00.000Z', reason: 'Rettelse' }), approved.version);
    await secretariat.sitePermissions.unfreeze(committee, approved.value.id);
    expect([403, 404]).toContain(await read(people.vara, old.webUrl));
    expect(await read(people.medlem, old.webUrl)).toBe('read');
  }, 180_000);

  it('names an approved meeting’s referat frozen open in the meeting folder before this fix (every member reading), and «Rett tilgangene» narrows it to the closed folder’s people where it lies', async () => {
    const plain = fixture('pm-2026').meeting;
    const created = await secretariat.repository.saveMeeting({ ...plain, id: 'pm-godkjent', date: '2026-11-26', status: 'held', items: plain.items.map((item, index) => (index === 0 ? exemptSak(item) : { ...item, attachments: [] })) });
    const old = await secretariat.repository.uploadDocument(committee, created.value, 'Referat Partnerskapsmøtet 26.11.26.docx', new TextEncoder().encode('referat'));
    const approved = await secretariat.repository.saveMeeting({ ...created.value, minutes: old, status: 'minutesApproved', minutesApprovedAt: '2026-11-26T12:00:00.000Z' }, created.version);
    await secretariat.sitePermissions.freeze(committee, approved.value.id);
    // As the freeze left it before the closed folder: its own permissions, copied from the meeting folder, every member reading.
    const item = `web/GetFileByServerRelativeUrl(${restString(decodeURIComponent(new URL(old.webUrl ?? '').pathname))})/ListItemAllFields`;
    await rest.post(`${item}/resetroleinheritance`);
    await rest.post(`${item}/breakroleinheritance(copyRoleAssignments=true,clearSubscopes=true)`);
    expect(await read(people.vara, old.webUrl)).toBe('read');
    const label = { kind: 'meeting', committeeId: committee.id, committee: committee.name, date: '2026-11-26' };
    expect((await secretariat.sitePermissions.check([committee])).findings).toContainEqual({ target: label, problem: 'referatOpen' });
    const repaired = await secretariat.sitePermissions.repair([committee]);
    expect(repaired.findings.filter((finding) => finding.problem === 'referatOpen')).toEqual([]);
    for (const role of ['vara', 'observatør', 'gjest'] as const) expect([403, 404], role).toContain(await read(people[role], old.webUrl));
    expect(await read(people.medlem, old.webUrl)).toBe('read');
    expect(await fileContentAs(harness, harness.user(REFERENT), 'PUT', pathOf(old.webUrl), 'endret')).toBe(403);
  }, 180_000);

  it('lets a guest granted every exempt sak and the meeting’s møteleder from outside the committee read the closed referat before the approval and after it, read-only, and nobody more', async () => {
    const plain = fixture('pm-2026').meeting;
    // Entitled by office for this meeting only: in the closed folder, but in none of the committee's roles the freeze knew.
    const outside = harness.user('annen.ansatt');
    const granted = (item: AgendaItem): AgendaItem => ({ ...exemptSak(item), confidentiality: { exempt: { basis: 'offl. § 13 jf. fvl. § 13 første ledd nr. 1' }, grants: [people.gjest.mail] } });
    const created = await secretariat.repository.saveMeeting({ ...plain, id: 'pm-gjest', date: '2026-12-10', status: 'held', chair: { name: outside.displayName, email: outside.mail }, items: plain.items.map((item, index) => (index === 0 ? granted(item) : { ...item, attachments: [] })) });
    const made = await secretariat.minutes.store(committee, created.value);
    expect(pathOf(made.minutes.webUrl)).toContain(`${referatFolderPath(committee, created.value)}/`);
    const saved = await secretariat.repository.saveMeeting({ ...created.value, minutes: made.minutes }, created.version);
    const everyone = { ...people, møteleder: outside };
    const readers = async () => Object.fromEntries(await Promise.all((['medlem', 'gjest', 'møteleder', 'vara', 'observatør'] as const).map(async (role) => [role, await read(everyone[role], made.minutes.webUrl)])));
    const before = await readers();
    expect(before).toMatchObject({ medlem: 'read', gjest: 'read', møteleder: 'read' });
    await secretariat.repository.saveMeeting({ ...saved.value, status: 'minutesApproved', minutesApprovedAt: '2026-12-10T12:00:00.000Z' }, saved.version);
    await secretariat.sitePermissions.freeze(committee, saved.value.id);
    expect(await readers()).toEqual(before);
    expect(await fileContentAs(harness, people.gjest, 'PUT', pathOf(made.minutes.webUrl), 'endret')).toBe(403);
    expect(await fileContentAs(harness, outside, 'PUT', pathOf(made.minutes.webUrl), 'endret')).toBe(403);
    expect(await fileContentAs(harness, harness.user(REFERENT), 'PUT', pathOf(made.minutes.webUrl), 'endret')).toBe(403);
  }, 180_000);
});
