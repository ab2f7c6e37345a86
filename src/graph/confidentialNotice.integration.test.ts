import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { hiddenTexts, leaksIn, personViewer, stageView, viewFor } from '../domain/confidentiality';
import { exemptFolderPath, innkallingFileName } from '../domain/attachments';
import type { Committee, Meeting, MeetingFile } from '../domain/model';
import { isDomainError } from '../domain/errors';
import type { Versioned } from '../domain/ports';
import { plainTextOf } from '../domain/richText';
import { docxParagraphs } from '../documents/testing/docxText';
import { graphCall } from './graphCall';
import { MailGateway } from './mailGateway';
import { protectExemptFiles } from './exemptFilePermissions';
import { createSharePointRest } from './sharePointRest';
import { StorageError } from '../domain/ports';
import { sendNotice, sendUpdatedNotice, noticeTransactionId } from './noticeSender';
import { startHarness, type Harness, type TenantUserInfo } from './testing/localTenant';
import { bytes, fixture, noticeWorld, type NoticeWorld } from './testing/noticeWorld';
import { collectionOf } from './graphSchemas';
import { createMinutesService } from './minutesService';
import { closeReferatFolder, storeClosedReferat } from './referatFolder';

const ReferatMailSchema = v.looseObject({ id: v.string(), subject: v.string(), body: v.looseObject({ content: v.string() }) });

/**
 * Unntatt offentlighet through the innkalling, in the local tenant: the Vestfold 2026 variant with
 * sak 2026.04 exempt (offl. § 13), Vedlegg 2 of 2026.03 exempt (offl. § 14) and 2026.06 in lukket
 * møte. For a member, a vara (the committee does not let vara see), an observer (granted 2026.04
 * only) and a guest from another organisation, every channel reached is checked for any exempt
 * text that person may not see; the test lists what it checked.
 */

const SUBJECT_PART = 'Unntatt-test';

describe('confidential saker in the innkalling (local tenant)', () => {
  let harness: Harness;
  let world: NoticeWorld;
  let committee: Committee;
  let sent: Versioned<Meeting>;
  const people: { role: string; email: string; user?: TenantUserInfo }[] = [];
  const checked: string[] = [];

  beforeAll(async () => {
    harness = await startHarness();
    world = await noticeWorld(harness);
    const internal = (upn: string) => harness.user(upn);
    const member = internal('christian.reissig');
    const vara = internal('andreas.aass-engstrom');
    const observer = internal('erik.nordberg');
    const guest = 'tobias.solli.iveland@sandefjord.kommune.example.no';
    people.push({ role: 'medlem', email: member.mail, user: member }, { role: 'vara', email: vara.mail, user: vara }, { role: 'observatør', email: observer.mail, user: observer }, { role: 'gjest', email: guest });
    committee = {
      ...world.committee,
      confidentiality: {
        substitutesMaySee: false,
        roles: [
          { email: vara.mail, role: 'substitute' },
          { email: observer.mail, role: 'observer' },
          { email: guest, role: 'guest' },
        ],
      },
    };
    const stored = (await world.repository.listCommittees()).find((entry) => entry.value.id === committee.id);
    await world.repository.saveCommittee(committee, stored?.version);
    const variant = fixture('pm-2026-unntatt').meeting;
    const base: Meeting = { ...variant, id: 'pm-unntatt', theme: `Partnerskapsmøtet ${SUBJECT_PART}` };
    // The vedlegg of the seed go to the library (content is the test's own bytes).
    const items = [];
    for (const [index, item] of base.items.entries()) {
      const attachments = [];
      for (const attachment of item.attachments) {
        const ref = await world.repository.uploadDocument(committee, base, attachment.fileName, bytes(20_000, index));
        attachments.push({ ...attachment, ...ref, fileName: attachment.fileName, contentType: 'application/pdf' });
      }
      const grants = item.caseNumber === '2026.04' ? { confidentiality: { ...item.confidentiality, grants: [observer.mail] } } : {};
      items.push({ ...item, attachments, ...grants });
    }
    const draft = await world.repository.saveMeeting({ ...base, items });
    const mail = new MailGateway(harness.clientsFor(world.secretary)(['Mail.Send']));
    const rest = createSharePointRest(async () => `${new URL(harness.tenant.info.graphBaseUrl).origin}/sites/helsefellesskapet`, harness.tokenFor(world.secretary), harness.fetch);
    const protect = (file: MeetingFile) => protectExemptFiles({ rest, graph: world.repository.storageClient, siteId: harness.tenant.info.siteId }, file);
    sent = await sendNotice({ ...world.deps, mail: () => mail, protectExempt: protect }, committee, draft);
  }, 180_000);
  afterAll(async () => harness?.close());

  const file = (): MeetingFile => ({ committee, meeting: sent.value });
  /** The guest's own account (a B2B guest: mail to them leaves the tenant, so the mail checks use their address). */
  const guestUser = (): TenantUserInfo => harness.user('tobias.solli.iveland');

  it('sends one event whose body, for every invitee, shows the exempt sak only by number, public title and hjemmel', async () => {
    expect(await world.organizerEvents(noticeTransactionId('pm-unntatt'))).toHaveLength(1);
    for (const person of people) {
      const hidden = hiddenTexts(file(), personViewer(person.email));
      const body = person.user
        ? (await world.calendarCopies(person.user, SUBJECT_PART))[0]?.body.content
        : (await world.mailedTo(person.email, SUBJECT_PART))[0]?.bodyHtml;
      expect(body, person.role).toBeDefined();
      expect(body, person.role).toContain('Unntatt offentlighet, offl. § 13 jf. fvl. § 13 første ledd nr. 1');
      expect(body, person.role).toContain('Vedlegg 2 - Sak 2026.03 Unntatt offentlighet (offl. § 14 første ledd)');
      expect(leaksIn(body ?? '', hidden), person.role).toEqual([]);
      // Not even a member finds the real title in the body: it is one body for everyone.
      expect(body, person.role).not.toContain('Én vei inn');
      checked.push(`invitasjonstekst: ${person.role}`);
    }
  });

  it('attaches the public innkalling and the open vedlegg only; no exempt vedlegg reaches anyone as a file', async () => {
    const innkalling = innkallingFileName(committee, sent.value);
    for (const person of people.filter((p) => p.user)) {
      const user = person.user as TenantUserInfo;
      const [copy] = await world.calendarCopies(user, SUBJECT_PART);
      const names = (await world.attachmentsOf(user, copy?.id ?? '')).map((a) => a.name).sort();
      expect(names, person.role).toEqual([innkalling, 'Vedlegg 1 - Sak 2026.02 Referat fra partnerskapsmøtet 05.06.25.pdf'].sort());
      const docText = (await docxParagraphs(await world.attachmentBytes(user, copy?.id ?? '', innkalling))).join('\n');
      expect(leaksIn(docText, hiddenTexts(file(), personViewer(person.email))), person.role).toEqual([]);
      expect(docText).toContain('Unntatt offentlighet, offl. § 13 jf. fvl. § 13 første ledd nr. 1');
      checked.push(`vedlegg i invitasjonen: ${person.role}`);
    }
    const guest = people.find((p) => !p.user);
    const guestMail = (await world.mailedTo(guest?.email ?? '', SUBJECT_PART))[0];
    expect(JSON.stringify(guestMail)).not.toContain('Oversikt status handlingsplan');
    checked.push('vedlegg i invitasjonen: gjest');
  });

  it('mails links to the exempt vedlegg to the entitled invitees only', async () => {
    const linkSubject = 'Dokumenter unntatt offentlighet';
    for (const person of people) {
      const got = person.user
        ? (await world.inboxSubjects(person.user)).filter((s) => s.startsWith(linkSubject))
        : (await world.mailedTo(person.email, linkSubject)).map((m) => m.subject);
      // Vedlegg 2 (§ 14) may be seen by members only; the observer's grant is for 2026.04, which has no vedlegg.
      expect(got.length, person.role).toBe(person.role === 'medlem' ? 1 : 0);
      checked.push(`lenker til unntatte vedlegg: ${person.role}`);
    }
  });

  it('lets only the entitled open the exempt vedlegg with their own token; the open one stays readable', async () => {
    const driveId = await world.repository.files.driveId();
    const attachments = sent.value.items.flatMap((item) => item.attachments);
    const exempt = attachments.find((attachment) => attachment.exemption);
    const open = attachments.find((attachment) => !attachment.exemption);
    const status = async (user: TenantUserInfo, id: string | undefined) =>
      graphCall(v.unknown(), () => harness.clientsFor(user)(['Files.Read.All']).api(`/drives/${driveId}/items/${id ?? ''}/content`).get()).then(
        () => 200,
        (error: unknown) => (error instanceof StorageError ? (error.kind === 'notFound' ? 404 : error.kind === 'forbidden' ? 403 : 0) : -1),
      );
    for (const person of people.filter((p) => p.user)) {
      const user = person.user as TenantUserInfo;
      const code = await status(user, exempt?.driveItemId);
      if (person.role === 'medlem') expect(code, person.role).toBe(200);
      else expect([403, 404], person.role).toContain(code);
      expect(await status(user, open?.driveItemId), person.role).toBe(200);
      checked.push(`fil med eget token: ${person.role}`);
    }
    // The guest from Sandefjord kommune is a B2B guest of the tenant: the library refuses the exempt file to their own token.
    expect([403, 404], 'gjest').toContain(await status(guestUser(), exempt?.driveItemId));
    checked.push('fil med eget token: gjest');
  }, 60_000);

  it('keeps each sak\'s exempt content in its own folder under «Unntatt offentlighet», open only to the entitled', async () => {
    const exempt = sent.value.items.flatMap((item) => item.attachments).find((attachment) => attachment.exemption);
    // The stored address follows the move, so the links mail and the read pane open the file where it is.
    expect(decodeURIComponent(exempt?.webUrl ?? '')).toContain('/Unntatt offentlighet/Sak 2026.03/');
    const folderOf = (caseNumber: string) => exemptFolderPath(committee, sent.value, { id: '', caseNumber: caseNumber as never });
    // What the Outlook read pane asks with the reader's own token before it shows exempt content.
    const opens = (user: TenantUserInfo, path: string) => harness.repositoryFor(user).canOpenFolder(path);
    const expected: Record<string, [boolean, boolean]> = { medlem: [true, true], vara: [false, false], observatør: [false, true] };
    for (const person of people.filter((p) => p.user)) {
      const user = person.user as TenantUserInfo;
      expect([await opens(user, folderOf('2026.03')), await opens(user, folderOf('2026.04'))], person.role).toEqual(expected[person.role]);
      checked.push(`mappe for unntatt innhold med eget token: ${person.role}`);
    }
    expect([await opens(guestUser(), folderOf('2026.03')), await opens(guestUser(), folderOf('2026.04'))], 'gjest').toEqual([false, false]);
    checked.push('mappe for unntatt innhold med eget token: gjest');
  }, 60_000);

  it('moves a vedlegg back to the meeting folder when it is no longer exempt, where the vara can open it again', async () => {
    const driveId = await world.repository.files.driveId();
    const rest = createSharePointRest(async () => `${new URL(harness.tenant.info.graphBaseUrl).origin}/sites/helsefellesskapet`, harness.tokenFor(world.secretary), harness.fetch);
    const withoutExemption = (item: Meeting['items'][number]) => ({ ...item, attachments: item.attachments.map(({ exemption: _e, ...attachment }) => attachment) });
    const unmarked: Meeting = { ...sent.value, items: sent.value.items.map(withoutExemption) };
    const exempt = sent.value.items.flatMap((item) => item.attachments).find((attachment) => attachment.exemption);
    const after = await protectExemptFiles(
      { rest, graph: world.repository.storageClient, siteId: harness.tenant.info.siteId },
      { committee, meeting: unmarked },
    );
    const back = after.items.flatMap((item) => item.attachments).find((attachment) => attachment.id === exempt?.id);
    expect(decodeURIComponent(back?.webUrl ?? '')).not.toContain('Unntatt offentlighet');
    const vara = people.find((p) => p.role === 'vara')?.user as TenantUserInfo;
    const status = await graphCall(v.unknown(), () => harness.clientsFor(vara)(['Files.Read.All']).api(`/drives/${driveId}/items/${exempt?.driveItemId ?? ''}/content`).get()).then(
      () => 200,
      (error: unknown) => (error instanceof StorageError ? error.kind : 'other'),
    );
    expect(status).toBe(200);
    // Marked again, as the rest of the test expects.
    await protectExemptFiles({ rest, graph: world.repository.storageClient, siteId: harness.tenant.info.siteId }, file());
  }, 60_000);

  it('gives each person a side panel view and a stage without what they may not see', () => {
    for (const person of people) {
      const hidden = hiddenTexts(file(), personViewer(person.email));
      expect(leaksIn(JSON.stringify(viewFor(file(), personViewer(person.email))), hidden), person.role).toEqual([]);
      checked.push(`sidepanel: ${person.role}`);
    }
    const everyone = hiddenTexts(file(), { kind: 'public' });
    for (const item of sent.value.items) {
      const stage = stageView({ committee, meeting: { ...sent.value, currentItemId: item.id } });
      expect(leaksIn(JSON.stringify(stage), everyone), item.caseNumber ?? item.title).toEqual([]);
    }
    const active = stageView({ committee, meeting: { ...sent.value, currentItemId: sent.value.items[3]?.id ?? '' } });
    expect(plainTextOf(active.meeting.items[3]?.summary ?? [])).toContain('Unntatt offentlighet');
    checked.push('scenen: hver sak aktiv');
  });

  it('mails each person a referat of what they may see: the mail and the attached referat, from the real sender', async () => {
    // Held as proposed: each konklusjon is the sak's proposal, so the exempt sak has text that must not travel.
    const held: Meeting = { ...sent.value, status: 'held', items: sent.value.items.map((item) => ({ ...item, conclusion: item.proposedConclusion })) };
    const heldFile: MeetingFile = { committee, meeting: held };
    const rest = createSharePointRest(async () => `${new URL(harness.tenant.info.graphBaseUrl).origin}/sites/helsefellesskapet`, harness.tokenFor(world.secretary), harness.fetch);
    const closed = { rest, graph: world.repository.storageClient, siteId: harness.tenant.info.siteId, files: world.repository.files };
    const service = createMinutesService({
      repository: world.repository,
      mail: () => new MailGateway(harness.clientsFor(world.secretary)(['Mail.Send'])),
      storeClosed: (file, fileName, content) => storeClosedReferat(closed, file, fileName, content),
    });
    // The send closes the referat's folder (protectExempt); the innkalling here went out with the vedlegg's step alone.
    await closeReferatFolder(closed, heldFile);
    const stored = await service.store(committee, held);
    await service.send(committee, { ...held, minutes: stored.minutes }, stored.bytes);
    const subject = 'Referat fra Partnerskapsmøtet';
    const messages = async (user: TenantUserInfo) =>
      (await graphCall(collectionOf(ReferatMailSchema), () => harness.clientsFor(user)(['Mail.Read']).api('/me/messages').top(500).get())).value.filter((m) => m.subject.startsWith(subject) && m.subject.includes('11.06.26'));
    for (const person of people) {
      const hidden = hiddenTexts(heldFile, personViewer(person.email));
      // Everyone but the member has something to miss (the observer's grant is for 2026.04, not the § 14 vedlegg).
      expect(hidden.length > 0, person.role).toBe(person.role !== 'medlem');
      let text: string;
      if (person.user) {
        const [mail] = await messages(person.user);
        expect(mail, person.role).toBeDefined();
        const client = harness.clientsFor(person.user)(['Mail.Read']);
        const attachments = (await graphCall(collectionOf(v.looseObject({ id: v.string(), name: v.string() })), () => client.api(`/me/messages/${mail?.id ?? ''}/attachments`).get())).value;
        const docx = attachments.find((attachment) => attachment.name.endsWith('.docx'));
        expect(docx, person.role).toBeDefined();
        const full = await graphCall(v.looseObject({ contentBytes: v.string() }), () => client.api(`/me/messages/${mail?.id ?? ''}/attachments/${docx?.id ?? ''}`).get());
        text = `${mail?.body.content ?? ''}\n${(await docxParagraphs(new Uint8Array(Buffer.from(full.contentBytes, 'base64')))).join('\n')}`;
        // The member reads the whole sak; the observer has a grant for 2026.04; the vara does not see it.
        if (person.role === 'vara') expect(text, person.role).not.toContain('Én vei inn');
        else expect(text, person.role).toContain('Én vei inn');
      } else {
        // The guest's mail leaves the tenant (Exchange sends it out): its body is what the tenant logged.
        const [mail] = await world.mailedTo(person.email, subject);
        expect(mail, person.role).toBeDefined();
        text = mail?.bodyHtml ?? '';
      }
      expect(leaksIn(text, hidden), person.role).toEqual([]);
      checked.push(`referatpost: ${person.role}`);
    }
  }, 180_000);

  it('refuses an update when an exempt vedlegg can be opened by the whole organisation, and says which', async () => {
    const exempt = sent.value.items.flatMap((item) => item.attachments).find((attachment) => attachment.exemption);
    const driveId = await world.repository.files.driveId();
    await graphCall(v.looseObject({}), () => world.repository.storageClient.api(`/drives/${driveId}/items/${exempt?.driveItemId ?? ''}/createLink`).post({ type: 'view', scope: 'organization' }));
    const refused = await sendUpdatedNotice(world.deps, committee, sent).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(isDomainError(refused) && refused.code).toBe('exemptContentExposed');
    expect(isDomainError(refused) ? refused.reason : undefined).toMatchObject({ key: 'exempt.exposed', values: { what: { key: 'exempt.attachment' }, problem: { key: 'exempt.sharingLink', values: { scope: 'organization' } } } });
    checked.push('sending stoppes ved for vid tilgang');
  }, 120_000);

  it('refuses an update when a sak\'s exempt folder is shared with the whole organisation, and names the folder', async () => {
    const driveId = await world.repository.files.driveId();
    const folderId = await world.repository.files.findFolder(exemptFolderPath(committee, sent.value, { id: '', caseNumber: '2026.04' as never }));
    await graphCall(v.looseObject({}), () => world.repository.storageClient.api(`/drives/${driveId}/items/${folderId ?? ''}/createLink`).post({ type: 'view', scope: 'organization' }));
    const refused = await sendUpdatedNotice(world.deps, committee, sent).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(isDomainError(refused) && refused.code).toBe('exemptContentExposed');
    expect(isDomainError(refused) ? refused.reason : undefined).toMatchObject({ key: 'exempt.exposed', values: { what: { key: 'exempt.folderOf', values: { caseNumber: '2026.04' } } } });
    checked.push('sending stoppes når mappen for unntatt innhold er delt');
  }, 120_000);

  it('refuses the first innkalling when the permission step fails, and sends nothing to anyone', async () => {
    // A referent without Full Control on the site runs the permission step: SharePoint refuses to break inheritance.
    const member = people.find((p) => p.role === 'medlem')?.user as TenantUserInfo;
    const rest = createSharePointRest(async () => `${new URL(harness.tenant.info.graphBaseUrl).origin}/sites/helsefellesskapet`, harness.tokenFor(member), harness.fetch);
    const base: Meeting = { ...fixture('pm-2026-unntatt').meeting, id: 'pm-unntatt-refused', date: '2026-09-17', theme: 'Partnerskapsmøtet Tillatelse-feilet' };
    const items = [];
    for (const [index, item] of base.items.entries()) {
      const attachments = [];
      for (const attachment of item.attachments) {
        const ref = await world.repository.uploadDocument(committee, base, attachment.fileName, bytes(20_000, index + 40));
        attachments.push({ ...attachment, ...ref, fileName: attachment.fileName, contentType: 'application/pdf' });
      }
      items.push({ ...item, attachments });
    }
    const draft = await world.repository.saveMeeting({ ...base, items });
    const refused = await sendNotice(
      {
        ...world.deps,
        protectExempt: (meetingFile) => protectExemptFiles({ rest, graph: world.repository.storageClient, siteId: harness.tenant.info.siteId }, meetingFile),
      },
      committee,
      draft,
    ).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(isDomainError(refused) && refused.code).toBe('exemptContentExposed');
    expect(isDomainError(refused) ? refused.reason?.key : undefined).toBe('exempt.notProtected');
    // What SharePoint refused is kept as the cause: its line is the detail the screens fold away for support.
    expect(refused instanceof Error ? refused.cause : undefined).toBeInstanceOf(StorageError);
    expect(await world.organizerEvents(noticeTransactionId('pm-unntatt-refused'))).toEqual([]);
    expect(await world.mailedTo('tobias.solli.iveland@sandefjord.kommune.example.no', 'Tillatelse-feilet')).toEqual([]);
    expect((await world.repository.getMeeting('pm-unntatt-refused'))?.value.status).toBe('draft');
    checked.push('sending stoppes når tillatelsene ikke kan settes');
  }, 180_000);

  afterAll(() => {
    // The list of what was checked, in the test output and asserted complete.
    console.info(`Kontrollert:\n${checked.map((line) => `  - ${line}`).join('\n')}`);
  });

  it.sequential('listed every channel for every person', () => {
    // Runs last (file order); each check above adds its line only after it passed.
    for (const role of ['medlem', 'vara', 'observatør', 'gjest']) {
      for (const channel of ['invitasjonstekst', 'vedlegg i invitasjonen', 'lenker til unntatte vedlegg', 'sidepanel', 'referatpost']) expect(checked).toContain(`${channel}: ${role}`);
    }
    for (const role of ['medlem', 'vara', 'observatør', 'gjest']) {
      expect(checked).toContain(`fil med eget token: ${role}`);
      expect(checked).toContain(`mappe for unntatt innhold med eget token: ${role}`);
    }
  });
});
