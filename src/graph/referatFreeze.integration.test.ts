// Found by an IT-admin review (arkivloven): the freeze after the referat is approved locked the
// meeting's list rows, but not the referat file itself — the referents kept Contribute on the .docx
// (and a PDF beside it) in the meeting folder, so the approved record could still be edited through
// SharePoint or Graph. Now the freeze locks exactly those files, and reopening unlocks them
// (meetingFreeze.ts `applyReferatFileAccess`). Each person writes with their own token, straight
// against Graph (the app's UI plays no part).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingFolderPath } from '../domain/attachments';
import { parseMeetingFile } from '../domain/meetingFile';
import { reopenApprovedMinutes } from '../domain/minutesApproval';
import type { Committee, Meeting, MeetingFile } from '../domain/model';
import { publicFolderPath } from '../domain/publicDocuments';
import { createGraphServices, type GraphServices } from './graphServices';
import { createMinutesService } from './minutesService';
import { createSharePointRest, restString } from './sharePointRest';
import { RoleAssignmentsSchema } from './sharePointRoles';
import { SECRETARY, startHarness, type Harness } from './testing/localTenant';
import { fileContentAs } from './testing/fileContentAs';

function fixture(name: string): MeetingFile {
  return parseMeetingFile(JSON.parse(readFileSync(new URL(`../../fixtures/meetings/${name}.json`, import.meta.url), 'utf8')));
}

const REFERENT = 'hilde.kari.maugesten';
const MEMBER = 'andreas.aass-engstrom';

describe('the approved referat’s files in the meeting folder, written with each person’s own token (local tenant)', () => {
  let harness: Harness;
  let secretariat: GraphServices;
  let committee: Committee;
  let meeting: Meeting;
  let version: string;
  let folder: string;
  let docx: string;
  let pdf: string;
  const other = 'Saksframlegg.txt';
  const publicFile = 'Referat - offentlig versjon.pdf';
  const base = (): string => harness.tenant.info.graphBaseUrl;

  /** The file's content replaced by `who` (200, or 403 when SharePoint refuses; 201 is a new file). */
  const write = (who: string, path: string) => fileContentAs(harness, harness.user(who), 'PUT', path, `endret av ${who}`);
  /** The file's content read by `who` (302 to the download, or 200; 404 when SharePoint hides it). */
  const read = async (who: string, path: string) => ((await fileContentAs(harness, harness.user(who), 'GET', path)) === 404 ? 'hidden' : 'read');

  async function save(next: Meeting): Promise<void> {
    const saved = await secretariat.repository.saveMeeting(next, version);
    meeting = saved.value;
    version = saved.version;
  }

  beforeAll(async () => {
    harness = await startHarness();
    const file = fixture('pm-2026');
    const kristin = harness.user(SECRETARY);
    const hilde = harness.user(REFERENT);
    committee = {
      ...file.committee,
      secretariat: [{ name: kristin.displayName, email: kristin.mail }],
      referents: [{ name: hilde.displayName, email: hilde.mail }],
    };
    const options = { graphBaseUrl: base(), siteId: harness.tenant.info.siteId, sharedMailbox: undefined };
    secretariat = createGraphServices(options, harness.tokenFor(kristin), { fetch: harness.fetch });
    await secretariat.repository.ensureProvisioned();
    await secretariat.repository.saveCommittee(committee);
    const created = await secretariat.repository.saveMeeting({ ...file.meeting, status: 'held' });
    meeting = created.value;
    version = created.version;
    folder = meetingFolderPath(committee, meeting);
    // The referat as the side panel makes it (minutesService `store`: its name, the meeting folder), recorded on the meeting.
    const minutes = createMinutesService({ repository: secretariat.repository, mail: () => { throw new Error('ingen e-post her'); }, renderReferatDocx: async () => new TextEncoder().encode('referat') });
    const stored = await minutes.store(committee, meeting);
    await save({ ...meeting, minutes: stored.minutes });
    docx = `${folder}/${stored.minutes.fileName}`;
    pdf = docx.replace(/\.docx$/, '.pdf');
    expect(await write(SECRETARY, pdf)).toBe(201);
    expect(await write(SECRETARY, `${folder}/${other}`)).toBe(201);
    expect(await write(SECRETARY, `${publicFolderPath(committee, meeting)}/${publicFile}`)).toBe(201);
    await secretariat.sitePermissions.repair([committee]);
  }, 180_000);
  afterAll(async () => harness?.close());

  it('before approval the referent writes the referat .docx and its PDF', async () => {
    expect(await write(REFERENT, docx)).toBe(200);
    expect(await write(REFERENT, pdf)).toBe(200);
  });

  it('after approval the referent’s own token gets 403 writing the .docx or the PDF; members and the referent still read them; the secretariat writes', async () => {
    await save({ ...meeting, status: 'minutesApproved', minutesApprovedAt: '2026-06-11T11:40:00.000Z' });
    await secretariat.sitePermissions.freeze(committee, meeting.id);
    expect(await write(REFERENT, docx)).toBe(403);
    expect(await write(REFERENT, pdf)).toBe(403);
    expect(await write(MEMBER, docx)).toBe(403);
    expect(await read(REFERENT, docx)).toBe('read');
    expect(await read(MEMBER, docx)).toBe('read');
    expect(await read(MEMBER, pdf)).toBe('read');
    expect(await read('annen.ansatt', docx)).toBe('hidden');
    expect(await write(SECRETARY, docx)).toBe(200);
    expect((await secretariat.sitePermissions.check([committee])).findings).toEqual([]);
  }, 120_000);

  it('locks only the approved referat: the meeting folder’s other files and the public version are as before', async () => {
    expect(await write(REFERENT, `${folder}/${other}`)).toBe(200);
    expect(await write(REFERENT, `${publicFolderPath(committee, meeting)}/${publicFile}`)).toBe(200);
    expect(await read(MEMBER, `${publicFolderPath(committee, meeting)}/${publicFile}`)).toBe('read');
  });

  it('a repair keeps the referat locked, and freezing again changes nothing', async () => {
    await secretariat.sitePermissions.repair([committee]);
    await secretariat.sitePermissions.freeze(committee, meeting.id);
    expect(await write(REFERENT, docx)).toBe(403);
    expect(await read(MEMBER, docx)).toBe('read');
  }, 120_000);

  it('after the secretariat reopens, the referent writes the referat again, and a referat made anew replaces it; approving again locks it', async () => {
    await save(reopenApprovedMinutes(meeting, { by: 'Kristin Liset', at: '2026-06-20T08:00:00.000Z', reason: 'Feil i konklusjonen' }));
    await secretariat.sitePermissions.unfreeze(committee, meeting.id);
    expect(await write(REFERENT, docx)).toBe(200);
    expect(await write(REFERENT, pdf)).toBe(200);
    expect((await secretariat.sitePermissions.check([committee])).findings).toEqual([]);
    // The referent makes the referat again (same name, same place) with their own token.
    const referent = harness.repositoryFor(harness.user(REFERENT));
    const again = await createMinutesService({ repository: referent, mail: () => { throw new Error('ingen e-post her'); }, renderReferatDocx: async () => new TextEncoder().encode('referat, rettet') }).store(committee, meeting);
    expect(`${folder}/${again.minutes.fileName}`).toBe(docx);
    await save({ ...meeting, minutes: again.minutes, status: 'minutesApproved', minutesApprovedAt: '2026-06-21T08:00:00.000Z' });
    await secretariat.sitePermissions.freeze(committee, meeting.id);
    expect(await write(REFERENT, docx)).toBe(403);
    expect(await write(REFERENT, pdf)).toBe(403);
  }, 120_000);

  it('never gives anyone more than the file gave: a referat closed to the member by hand stays closed to them through the freeze', async () => {
    await save(reopenApprovedMinutes(meeting, { by: 'Kristin Liset', at: '2026-06-22T08:00:00.000Z', reason: 'Lukket for medlemmene' }));
    await secretariat.sitePermissions.unfreeze(committee, meeting.id);
    // As a site owner could, in SharePoint's own «Administrer tilgang»: the file stops inheriting and the member loses Read.
    const rest = createSharePointRest(async () => `${new URL(base()).origin}/sites/helsefellesskapet`, harness.tokenFor(harness.user(SECRETARY)), harness.fetch);
    const item = `web/GetFileByServerRelativeUrl(${restString(`/sites/helsefellesskapet/Shared Documents/${docx}`)})/ListItemAllFields`;
    await rest.post(`${item}/breakroleinheritance(copyRoleAssignments=true,clearSubscopes=true)`);
    const member = harness.user(MEMBER).mail.toLowerCase();
    for (const a of (await rest.get(`${item}/roleassignments?$expand=Member,RoleDefinitionBindings`, RoleAssignmentsSchema())).value) {
      if (a.Member.Email?.toLowerCase() !== member) continue;
      for (const binding of a.RoleDefinitionBindings) await rest.post(`${item}/roleassignments/removeroleassignment(principalid=${a.PrincipalId},roledefid=${binding.Id})`);
    }
    expect(await read(MEMBER, docx)).toBe('hidden');
    expect(await write(REFERENT, docx)).toBe(200);
    await save({ ...meeting, status: 'minutesApproved', minutesApprovedAt: '2026-06-23T08:00:00.000Z' });
    await secretariat.sitePermissions.freeze(committee, meeting.id);
    expect(await read(MEMBER, docx)).toBe('hidden');
    expect(await write(REFERENT, docx)).toBe(403);
    expect(await read(REFERENT, docx)).toBe('read');
    expect(await read(MEMBER, pdf)).toBe('read');
  }, 120_000);
});
