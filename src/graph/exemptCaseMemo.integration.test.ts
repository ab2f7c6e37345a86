// The saksframlegg of a sak unntatt offentlighet (or one whose saksframlegg is marked exempt) was written
// by «Lag saksframlegg» into the meeting folder, which every member of the committee reads — guests,
// observers and vara too: they opened it with their own token, before and after the send. Now the send
// moves it into the sak's closed folder as it does the exempt vedlegg (`protectExemptFiles`), and a
// saksframlegg made for a sak already exempt is written into that folder, closed before the file exists
// (`storeCaseMemo`, `closeCaseMemoPlace`). Each person's own token, against the in-process tenant.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { caseMemoFileName, EXEMPT_FOLDER_NAME, meetingFolderPath } from '../domain/attachments';
import { isDomainError } from '../domain/errors';
import type { AgendaItem, Committee, DocumentRef, Meeting, MeetingFile } from '../domain/model';
import type { Versioned } from '../domain/ports';
import { protectExempt } from './exemptFilePermissions';
import { graphCall } from './graphCall';
import { createGraphServices, type GraphServices } from './graphServices';
import { sendNotice, sendUpdatedNotice } from './noticeSender';
import type { SharePointRest } from './sharePointRest';
import { startHarness, type Harness, type TenantUserInfo } from './testing/localTenant';
import { exemptRowWorld, type ExemptRole } from './testing/exemptRowWorld';
import { bytes, fixture, type NoticeWorld } from './testing/noticeWorld';

const EXEMPT = '2026-04';
const OPEN = '2026-05';

describe('the saksframlegg of an exempt sak, opened with each person’s own token (local tenant)', () => {
  let harness: Harness;
  let world: NoticeWorld;
  let secretariat: GraphServices;
  let rest: SharePointRest;
  let committee: Committee;
  let people: Record<ExemptRole, TenantUserInfo>;
  let graphGet: (user: TenantUserInfo, path: string) => Promise<{ status: number; body: unknown }>;
  const site = () => encodeURIComponent(harness.tenant.info.siteId);
  const deps = () => ({ rest, graph: world.repository.storageClient, siteId: harness.tenant.info.siteId });
  const itemOf = (meeting: Meeting, id: string): AgendaItem => {
    const item = meeting.items.find((candidate) => candidate.id === id);
    if (!item) throw new Error(`no sak ${id}`);
    return item;
  };
  /** The saksframlegg by id as each role gets it: 200, or 404 when SharePoint hides it. */
  const opened = async (ref: DocumentRef | undefined) => {
    const result: Partial<Record<ExemptRole, number>> = {};
    for (const [role, user] of Object.entries(people) as [ExemptRole, TenantUserInfo][]) result[role] = (await graphGet(user, `/sites/${site()}/drive/items/${ref?.driveItemId ?? ''}`)).status;
    return result;
  };
  const CLOSED = { medlem: 200, vara: 404, observatør: 404, gjest: 404 };
  const OPEN_TO_ALL = { medlem: 200, vara: 200, observatør: 200, gjest: 200 };
  /** The names in the meeting folder as the user lists them. */
  const meetingFolderNames = async (user: TenantUserInfo, meeting: Meeting) => {
    const path = meetingFolderPath(committee, meeting).split('/').map(encodeURIComponent).join('/');
    const answer = await graphGet(user, `/sites/${site()}/drive/root:/${path}:/children`);
    return (answer.body as { value: { name: string }[] }).value.map((child) => child.name);
  };
  /** A draft of the seed's Vestfold 2026 variant (2026.04 exempt), its vedlegg in the library. */
  async function draft(id: string, date?: string): Promise<Versioned<Meeting>> {
    const seed = fixture('pm-2026-unntatt').meeting;
    // Each meeting its own folder (the folder is named by date).
    const base: Meeting = { ...seed, id, theme: `Partnerskapsmøtet ${id}`, date: date ?? seed.date };
    const items: AgendaItem[] = [];
    for (const [index, item] of base.items.entries()) {
      const attachments = [];
      for (const attachment of item.attachments) attachments.push({ ...attachment, ...(await world.repository.uploadDocument(committee, base, attachment.fileName, bytes(2_000, index))), fileName: attachment.fileName, contentType: 'application/pdf' });
      items.push({ ...item, attachments });
    }
    return secretariat.repository.saveMeeting({ ...base, items });
  }
  const withItem = (meeting: Meeting, id: string, change: Partial<AgendaItem>): Meeting => ({
    ...meeting,
    items: meeting.items.map((item) => (item.id === id ? { ...item, ...change } : item)),
  });
  const memoBytes = (text: string) => new TextEncoder().encode(text);

  beforeAll(async () => {
    harness = await startHarness();
    const rows = await exemptRowWorld(harness);
    ({ world, secretariat, rest, people, graphGet } = rows);
    const hilde = harness.user('hilde.kari.maugesten');
    committee = { ...rows.committee, referents: [{ name: hilde.displayName, email: hilde.mail }] };
    const stored = (await secretariat.repository.listCommittees()).find((entry) => entry.value.id === committee.id);
    await secretariat.repository.saveCommittee(committee, stored?.version);
    await secretariat.sitePermissions.repair([committee]);
  }, 240_000);
  afterAll(async () => harness?.close());

  describe('made in the meeting folder before the sak was marked: the send closes it, and an unmarking opens it again', () => {
    let sent: Versioned<Meeting>;
    let memo: DocumentRef;

    beforeAll(async () => {
      const stored = await draft('pm-memo-send');
      // The saksframlegg as «Lag saksframlegg» stored it before the marking (or before this fix): in the meeting folder.
      const item = itemOf(stored.value, EXEMPT);
      memo = await secretariat.repository.uploadDocument(committee, stored.value, caseMemoFileName(item, committee, stored.value), memoBytes('Saksframlegg Én vei inn'));
      const saved = await secretariat.repository.saveMeeting(withItem(stored.value, EXEMPT, { caseMemo: memo }), stored.version);
      expect(await opened(memo)).toEqual(OPEN_TO_ALL);
      sent = await sendNotice({ ...world.deps, protectExempt: (file: MeetingFile) => protectExempt(deps(), file) }, committee, saved);
    }, 240_000);

    it('is closed to the vara, the observer and the guest after the send, open to the member', async () => {
      expect(await opened(memo)).toEqual(CLOSED);
      expect(await meetingFolderNames(people.gjest, sent.value)).not.toContain(memo.fileName);
    });

    it('is recorded at its new address in the sak’s folder for exempt content, as stored', async () => {
      const recorded = itemOf(sent.value, EXEMPT).caseMemo;
      expect(recorded?.driveItemId).toBe(memo.driveItemId);
      expect(decodeURIComponent(recorded?.webUrl ?? '')).toContain(`/${EXEMPT_FOLDER_NAME}/Sak 2026.04/`);
      const actual = (await graphGet(world.secretary, `/sites/${site()}/drive/items/${memo.driveItemId ?? ''}`)).body as { webUrl: string };
      expect(recorded?.webUrl).toBe(actual.webUrl);
      expect(itemOf((await secretariat.repository.getMeeting(sent.value.id))?.value ?? sent.value, EXEMPT).caseMemo?.webUrl).toBe(actual.webUrl);
    });

    it('refuses an update while the saksframlegg is shared with the whole organisation, and names it', async () => {
      const driveId = await world.repository.files.driveId();
      const item = `/drives/${driveId}/items/${memo.driveItemId ?? ''}`;
      const link = await graphCall(v.looseObject({ id: v.string() }), () => world.repository.storageClient.api(`${item}/createLink`).post({ type: 'view', scope: 'organization' }));
      const send = sendUpdatedNotice({ ...world.deps, protectExempt: (file: MeetingFile) => protectExempt(deps(), file) }, committee, sent);
      const refused = await send.then(() => undefined, (error: unknown) => error);
      expect(isDomainError(refused) ? refused.reason : refused).toMatchObject({ key: 'exempt.exposed', values: { what: { key: 'exempt.caseMemo', values: { fileName: memo.fileName } } } });
      await world.repository.storageClient.api(`${item}/permissions/${encodeURIComponent(link.id)}`).delete();
    }, 120_000);

    it('goes back to the meeting folder and opens to every member when the sak is unmarked and the update sent', async () => {
      expect(await opened(memo)).toEqual(CLOSED);
      const { confidentiality: _marking, ...unmarked } = itemOf(sent.value, EXEMPT);
      const meeting = { ...sent.value, items: sent.value.items.map((item) => (item.id === EXEMPT ? unmarked : item)) };
      const saved = await secretariat.repository.saveMeeting(meeting, sent.version);
      const updated = await sendUpdatedNotice({ ...world.deps, protectExempt: (file: MeetingFile) => protectExempt(deps(), file) }, committee, saved);
      expect(await opened(memo)).toEqual(OPEN_TO_ALL);
      expect(decodeURIComponent(itemOf(updated.value, EXEMPT).caseMemo?.webUrl ?? '')).not.toContain(EXEMPT_FOLDER_NAME);
      expect(await meetingFolderNames(people.gjest, updated.value)).toContain(memo.fileName);
    }, 120_000);
  });

  describe('made for a sak already exempt: never open, not even before the send', () => {
    let stored: Versioned<Meeting>;
    let memo: DocumentRef;

    beforeAll(async () => {
      stored = await draft('pm-memo-ny', '2026-09-10');
      memo = await secretariat.repository.storeCaseMemo({ committee, meeting: stored.value }, EXEMPT, memoBytes('Saksframlegg Én vei inn'));
      stored = await secretariat.repository.saveMeeting(withItem(stored.value, EXEMPT, { caseMemo: memo }), stored.version);
    }, 120_000);

    it('is written into the sak’s closed folder: the member opens it, the vara, the observer and the guest do not', async () => {
      expect(decodeURIComponent(memo.webUrl ?? '')).toContain(`/${EXEMPT_FOLDER_NAME}/Sak 2026.04/`);
      expect(await opened(memo)).toEqual(CLOSED);
      expect(await meetingFolderNames(people.gjest, stored.value)).not.toContain(memo.fileName);
    });

    it('is replaced where it lies when made again: the same file, still closed, no copy in the meeting folder', async () => {
      const again = await secretariat.repository.storeCaseMemo({ committee, meeting: stored.value }, EXEMPT, memoBytes('Saksframlegg Én vei inn, andre utkast'));
      expect(again.driveItemId).toBe(memo.driveItemId);
      expect(await opened(again)).toEqual(CLOSED);
      expect(await meetingFolderNames(world.secretary, stored.value)).not.toContain(memo.fileName);
    });

    it('moves a saksframlegg made before its marking into the closed folder when it is made again, keeping the file', async () => {
      const open = await secretariat.repository.storeCaseMemo({ committee, meeting: stored.value }, OPEN, memoBytes('Saksframlegg Riksrevisjonen'));
      expect(await opened(open)).toEqual(OPEN_TO_ALL);
      const marked = withItem(stored.value, OPEN, { caseMemo: open, confidentiality: { caseMemo: { basis: 'offl. § 14 første ledd' } } });
      const again = await secretariat.repository.storeCaseMemo({ committee, meeting: marked }, OPEN, memoBytes('Saksframlegg Riksrevisjonen, andre utkast'));
      expect(again.driveItemId).toBe(open.driveItemId);
      expect(decodeURIComponent(again.webUrl ?? '')).toContain(`/${EXEMPT_FOLDER_NAME}/Sak 2026.05/`);
      expect(await opened(again)).toEqual(CLOSED);
      expect(await meetingFolderNames(people.gjest, marked)).not.toContain(open.fileName);
    });

    it('is refused, with nothing written, for someone who may not set permissions (the referent, Contribute)', async () => {
      const hilde = harness.user('hilde.kari.maugesten');
      const config = { graphBaseUrl: harness.tenant.info.graphBaseUrl, siteId: harness.tenant.info.siteId, sharedMailbox: undefined };
      const referent = createGraphServices(config, harness.tokenFor(hilde), { fetch: harness.fetch });
      const meeting = withItem(stored.value, '2026-07', { confidentiality: { exempt: { basis: 'offl. § 13 jf. fvl. § 13 første ledd nr. 1' } } });
      const refused = await referent.repository.storeCaseMemo({ committee, meeting }, '2026-07', memoBytes('Saksframlegg 2026.07')).then(() => undefined, (error: unknown) => error);
      expect(isDomainError(refused) ? refused.reason?.key : refused).toBe('exempt.memoNotProtected');
      const name = caseMemoFileName(itemOf(meeting, '2026-07'), committee, meeting);
      expect(await meetingFolderNames(world.secretary, meeting)).not.toContain(name);
      const folder = `${meetingFolderPath(committee, meeting)}/${EXEMPT_FOLDER_NAME}/Sak 2026.07`.split('/').map(encodeURIComponent).join('/');
      const inFolder = await graphGet(world.secretary, `/sites/${site()}/drive/root:/${folder}:/children`);
      expect(inFolder.status === 404 ? [] : (inFolder.body as { value: { name: string }[] }).value.map((child) => child.name)).not.toContain(name);
    });
  });
});
