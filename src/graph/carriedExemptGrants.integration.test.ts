import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { carryCase } from '../domain/carriedCase';
import { isDomainError } from '../domain/errors';
import { parseMeetingFile } from '../domain/meetingFile';
import type { Committee, MeetingFile } from '../domain/model';
import { aMeeting } from '../domain/testing/builders';
import { grantCarriedExemptFiles } from './carriedExemptGrants';
import { protectExempt, protectExemptFiles } from './exemptFilePermissions';
import { createGraphServices, type GraphServices } from './graphServices';
import { createSharePointRest, type SharePointRest } from './sharePointRest';
import { SECRETARY, startHarness, type Harness } from './testing/localTenant';
import { driveItemAs } from './testing/fileContentAs';

/** In the kommunestyre only: not a member of the planutvalg, so not entitled to its exempt vedlegg. */
const KS_ONLY = 'erik.nordberg';
/** In both bodies. */
const BOTH = 'andreas.aass-engstrom';
/** A member of both without the right to manage the planutvalg's files. */
const NO_MANAGER = 'renate.solstad';
const GUEST = 'tobias.solli.iveland@sandefjord.kommune.example.no';

describe('a sak taken from the planutvalg: its exempt vedlegg opened to the kommunestyre\'s members by the kommunestyre\'s send (local tenant)', () => {
  let harness: Harness;
  let secretariat: GraphServices;
  let fileId: string;
  let fileName: string;
  let ks: MeetingFile;
  const siteRest = (upn: string): SharePointRest =>
    createSharePointRest(async () => `${new URL(harness.tenant.info.graphBaseUrl).origin}/sites/helsefellesskapet`, harness.tokenFor(harness.user(upn)), harness.fetch);

  const open = (upn: string): Promise<number> => driveItemAs(harness, harness.user(upn), fileId);

  beforeAll(async () => {
    harness = await startHarness();
    const kristin = harness.user(SECRETARY);
    const variant = parseMeetingFile(JSON.parse(readFileSync(new URL('../../fixtures/meetings/pm-2026-unntatt.json', import.meta.url), 'utf8')));
    const secretary = [{ name: kristin.displayName, email: kristin.mail }];
    // The municipality member is a guest in both bodies' confidentiality settings: never entitled to an exempt vedlegg.
    const confidentiality = { substitutesMaySee: false, roles: [{ email: GUEST, role: 'guest' as const }] };
    const planutvalget: Committee = {
      ...variant.committee,
      id: 'pu',
      name: 'Planutvalget',
      shortName: 'PU',
      secretariat: secretary,
      confidentiality,
      members: variant.committee.members.filter((member) => member.email !== harness.user(KS_ONLY).mail),
    };
    const kommunestyret: Committee = { ...variant.committee, id: 'ks', name: 'Kommunestyret', shortName: 'KS', secretariat: secretary, confidentiality };
    secretariat = createGraphServices(
      { graphBaseUrl: harness.tenant.info.graphBaseUrl, siteId: harness.tenant.info.siteId, sharedMailbox: undefined },
      harness.tokenFor(kristin),
      { fetch: harness.fetch },
    );
    const { repository } = secretariat;
    await repository.ensureProvisioned();
    await repository.saveCommittee(planutvalget);
    await repository.saveCommittee(kommunestyret);
    await secretariat.sitePermissions.repair([planutvalget, kommunestyret]);
    // The planutvalg's sak 2026.03 with its § 14 vedlegg, stored and closed as the planutvalg's send closes it.
    const sak = variant.meeting.items.find((item) => item.caseNumber === '2026.03');
    const vedlegg = sak?.attachments[0];
    if (!sak || !vedlegg) throw new Error('fixture changed');
    const held = { ...variant.meeting, id: 'pu-2026-05-20', committeeId: 'pu', date: '2026-05-20', status: 'held' as const };
    const stored = await repository.uploadDocument(planutvalget, held, vedlegg.fileName, new TextEncoder().encode(vedlegg.fileName));
    const treated = { ...sak, outcome: 'treated' as const, caseRoute: [{ body: 'Planutvalget' }, { body: 'Kommunestyret' }], attachments: [{ ...vedlegg, ...stored, fileName: vedlegg.fileName }] };
    const pu: MeetingFile = { committee: planutvalget, meeting: { ...held, items: [treated] } };
    await secretariat.sitePermissions.repair([planutvalget]);
    const closed = await protectExemptFiles({ rest: siteRest(SECRETARY), graph: repository.storageClient, siteId: harness.tenant.info.siteId }, pu);
    const closedSak = closed.items[0];
    fileId = stored.driveItemId ?? '';
    fileName = vedlegg.fileName;
    if (!closedSak || fileId === '') throw new Error('not stored');
    // The kommunestyre takes it: the vedlegg a link to where the planutvalg's send moved it.
    let next = 0;
    const carried = carryCase({ committee: planutvalget, meeting: held, item: closedSak }, kommunestyret, () => `carried-${(next += 1)}`);
    expect(carried.attachments.map((attachment) => [attachment.driveItemId, attachment.webUrl])).toEqual([[undefined, closedSak.attachments[0]?.webUrl]]);
    const meeting = aMeeting({ id: 'ks-2026-06-11', committeeId: 'ks', date: '2026-06-11', items: [carried] });
    await repository.saveMeeting(meeting);
    ks = { committee: kommunestyret, meeting };
  }, 180_000);
  afterAll(async () => harness?.close());

  it('before the kommunestyre\'s send only the planutvalg\'s people open it', async () => {
    expect(await open(BOTH)).toBe(200);
    expect(await open(KS_ONLY)).toBe(404);
    expect(await open('tobias.solli.iveland')).toBe(404);
  });

  it('a secretary who may not manage the planutvalg\'s file is told, naming the file and the body, and nothing changes', async () => {
    const refusal = await grantCarriedExemptFiles({ rest: siteRest(NO_MANAGER) }, ks).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(isDomainError(refusal) && refusal.reason).toEqual({ key: 'exempt.carriedNotGranted', values: { files: `«${fileName}»`, body: 'Planutvalget' } });
    expect(await open(KS_ONLY)).toBe(404);
  });

  it('the kommunestyre\'s send (its protecting step, before anything leaves) gives its members Read there; the planutvalg\'s keep theirs', async () => {
    await protectExempt({ rest: siteRest(SECRETARY), graph: secretariat.repository.storageClient, siteId: harness.tenant.info.siteId }, ks);
    expect(await open(KS_ONLY)).toBe(200);
    expect(await open(BOTH)).toBe(200);
    // The guest of the committees' settings stays out: only those entitled to the sak.
    expect(await open('tobias.solli.iveland')).toBe(404);
  }, 120_000);
});
