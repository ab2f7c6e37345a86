// Issue 11: an exempt vedlegg's own permissions (set before each send by exemptFilePermissions.ts)
// survive «Rett tilgangene». Repair used to break a drifted folder's inheritance with
// clearSubscopes=true, which made every file below it inherit again — the exempt vedlegg became
// readable by every member until the next send.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingFolderPath, committeeFolderName } from '../domain/attachments';
import { parseMeetingFile } from '../domain/meetingFile';
import type { Committee, MeetingFile } from '../domain/model';
import { protectExemptFiles } from './exemptFilePermissions';
import { createGraphServices, type GraphServices } from './graphServices';
import { createSharePointRest, restString, type SharePointRest } from './sharePointRest';
import { SECRETARY, startHarness, type Harness } from './testing/localTenant';
import { driveItemAs } from './testing/fileContentAs';

const GUEST = 'tobias.solli.iveland@sandefjord.kommune.example.no';

describe('an exempt vedlegg’s permissions survive a permission repair, wherever the file lies', () => {
  let harness: Harness;
  let secretariat: GraphServices;
  let rest: SharePointRest;
  let file: MeetingFile;
  let fileId: string;
  const library = '/sites/helsefellesskapet/Shared Documents';

  const open = (upn: string): Promise<number> => driveItemAs(harness, harness.user(upn), fileId);

  beforeAll(async () => {
    harness = await startHarness();
    const kristin = harness.user(SECRETARY);
    const variant = parseMeetingFile(JSON.parse(readFileSync(new URL('../../fixtures/meetings/pm-2026-unntatt.json', import.meta.url), 'utf8')));
    // The municipality member is a guest in the committee's confidentiality settings: Read on the meeting folder, not on exempt vedlegg.
    const committee: Committee = { ...variant.committee, secretariat: [{ name: kristin.displayName, email: kristin.mail }], confidentiality: { substitutesMaySee: false, roles: [{ email: GUEST, role: 'guest' }] } };
    secretariat = createGraphServices(
      { graphBaseUrl: harness.tenant.info.graphBaseUrl, siteId: harness.tenant.info.siteId, sharedMailbox: undefined },
      harness.tokenFor(kristin),
      { fetch: harness.fetch },
    );
    await secretariat.repository.ensureProvisioned();
    await secretariat.repository.saveCommittee(committee);
    await secretariat.sitePermissions.repair([committee]);
    const items = [];
    for (const item of variant.meeting.items) {
      const attachments = [];
      for (const attachment of item.attachments) {
        const bytes = new TextEncoder().encode(attachment.fileName);
        const uploaded = await secretariat.repository.uploadDocument(committee, variant.meeting, attachment.fileName, bytes);
        attachments.push({ ...attachment, ...uploaded, fileName: attachment.fileName });
      }
      items.push({ ...item, attachments });
    }
    file = { committee, meeting: { ...variant.meeting, items } };
    const exempt = items.flatMap((item) => item.attachments).find((a) => a.exemption !== undefined);
    fileId = exempt?.driveItemId ?? '';
    expect(fileId).not.toBe('');
    rest = createSharePointRest(async () => `${new URL(harness.tenant.info.graphBaseUrl).origin}/sites/helsefellesskapet`, harness.tokenFor(kristin), harness.fetch);
    // The meeting folder was made after the repair: it inherits the committee folder's permissions; repair makes it unique too.
    await secretariat.sitePermissions.repair([committee]);
    await protectExemptFiles({ rest, graph: secretariat.repository.storageClient, siteId: harness.tenant.info.siteId }, file);
  }, 180_000);
  afterAll(async () => harness?.close());

  it('is protected before anything drifts: a member opens it, the guest does not', async () => {
    expect(await open('andreas.aass-engstrom')).toBe(200);
    expect(await open('tobias.solli.iveland')).toBe(404);
  });

  it.each([
    ['the meeting folder', () => meetingFolderPath(file.committee, file.meeting)],
    ['the committee folder', () => committeeFolderName(file.committee)],
  ])('stays protected when %s loses its own permissions and «Rett tilgangene» gives them back', async (_what, folder) => {
    await rest.post(`web/GetFolderByServerRelativeUrl(${restString(`${library}/${folder()}`)})/ListItemAllFields/resetroleinheritance`);
    const drift = await secretariat.sitePermissions.check([file.committee]);
    expect(drift.findings.map((f) => f.problem)).toContain('inherits');
    expect((await secretariat.sitePermissions.repair([file.committee])).findings).toEqual([]);
    expect(await open('tobias.solli.iveland')).toBe(404);
    expect(await open('andreas.aass-engstrom')).toBe(200);
  }, 120_000);
});
