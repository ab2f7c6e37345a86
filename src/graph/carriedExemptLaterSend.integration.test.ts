import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { carryCase } from '../domain/carriedCase';
import { isDomainError } from '../domain/errors';
import { parseMeetingFile } from '../domain/meetingFile';
import type { Committee, MeetingFile } from '../domain/model';
import { aMeeting } from '../domain/testing/builders';
import { checkExemptPermissions } from './confidentialNotice';
import { protectExempt, protectExemptFiles, type LaterBodyReaders } from './exemptFilePermissions';
import { createGraphServices, type GraphServices } from './graphServices';
import { createSharePointRest, type SharePointRest } from './sharePointRest';
import { CARRIED_ROLE_PREFIX } from './sharePointRoles';
import { SECRETARY, startHarness, type Harness } from './testing/localTenant';
import { driveItemAs } from './testing/fileContentAs';

/** In the kommunestyre only: not a member of the planutvalg, so entitled to its exempt vedlegg through the kommunestyre alone. */
const KS_ONLY = 'erik.nordberg';
/** In both bodies. */
const BOTH = 'andreas.aass-engstrom';
/** In the planutvalg only, then removed from it: entitled nowhere after. */
const PU_ONLY = 'christian.reissig';
const GUEST = 'tobias.solli.iveland@sandefjord.kommune.example.no';
const LevelSchema = v.looseObject({ Name: v.string(), RoleTypeKind: v.number(), BasePermissions: v.looseObject({ High: v.string(), Low: v.string() }) });
const LevelsSchema = v.object({ value: v.array(LevelSchema) });

describe('a sak taken from the planutvalg: the planutvalg\'s later send keeps what the kommunestyre\'s send granted (local tenant)', () => {
  let harness: Harness;
  let secretariat: GraphServices;
  let fileId: string;
  let planutvalget: Committee;
  let kommunestyret: Committee;
  let pu: MeetingFile;
  let ks: MeetingFile;
  const siteRest = (upn: string): SharePointRest =>
    createSharePointRest(async () => `${new URL(harness.tenant.info.graphBaseUrl).origin}/sites/helsefellesskapet`, harness.tokenFor(harness.user(upn)), harness.fetch);
  const deps = () => ({ rest: siteRest(SECRETARY), graph: secretariat.repository.storageClient, siteId: harness.tenant.info.siteId });
  const open = (upn: string): Promise<number> => driveItemAs(harness, harness.user(upn), fileId);
  const opens = async () => ({ ksOnly: await open(KS_ONLY), both: await open(BOTH), puOnly: await open(PU_ONLY), guest: await open('tobias.solli.iveland') });

  beforeAll(async () => {
    harness = await startHarness();
    const kristin = harness.user(SECRETARY);
    const variant = parseMeetingFile(JSON.parse(readFileSync(new URL('../../fixtures/meetings/pm-2026-unntatt.json', import.meta.url), 'utf8')));
    const secretary = [{ name: kristin.displayName, email: kristin.mail }];
    // The municipality member is a guest in both bodies' confidentiality settings: never entitled to an exempt vedlegg.
    const confidentiality = { substitutesMaySee: false, roles: [{ email: GUEST, role: 'guest' as const }] };
    const without = (upn: string) => variant.committee.members.filter((member) => member.email !== harness.user(upn).mail);
    planutvalget = { ...variant.committee, id: 'pu', name: 'Planutvalget', shortName: 'PU', secretariat: secretary, confidentiality, members: without(KS_ONLY) };
    kommunestyret = { ...variant.committee, id: 'ks', name: 'Kommunestyret', shortName: 'KS', secretariat: secretary, confidentiality, members: without(PU_ONLY) };
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
    // The planutvalg's sak 2026.03 with its § 14 vedlegg, stored and closed by the planutvalg's send.
    const sak = variant.meeting.items.find((item) => item.caseNumber === '2026.03');
    const vedlegg = sak?.attachments[0];
    if (!sak || !vedlegg) throw new Error('fixture changed');
    const held = { ...variant.meeting, id: 'pu-2026-05-20', committeeId: 'pu', date: '2026-05-20', status: 'held' as const };
    const stored = await repository.uploadDocument(planutvalget, held, vedlegg.fileName, new TextEncoder().encode(vedlegg.fileName));
    const treated = { ...sak, outcome: 'treated' as const, caseRoute: [{ body: 'Planutvalget' }, { body: 'Kommunestyret' }], attachments: [{ ...vedlegg, ...stored, fileName: vedlegg.fileName }] };
    pu = { committee: planutvalget, meeting: { ...held, items: [treated] } };
    pu = { ...pu, meeting: await protectExemptFiles(deps(), pu) };
    fileId = stored.driveItemId ?? '';
    const closedSak = pu.meeting.items[0];
    if (!closedSak || fileId === '') throw new Error('not stored');
    let next = 0;
    const carried = carryCase({ committee: planutvalget, meeting: held, item: closedSak }, kommunestyret, () => `carried-${(next += 1)}`);
    const meeting = aMeeting({ id: 'ks-2026-06-11', committeeId: 'ks', date: '2026-06-11', items: [carried] });
    await repository.saveMeeting(meeting);
    ks = { committee: kommunestyret, meeting };
  }, 180_000);
  afterAll(async () => harness?.close());

  it('before the kommunestyre\'s send the planutvalg\'s people open it, the kommunestyre-only member and the guest do not', async () => {
    expect(await opens()).toEqual({ ksOnly: 404, both: 200, puOnly: 200, guest: 404 });
  });

  it('the kommunestyre\'s send opens it to its members through its own permission level', async () => {
    await protectExempt(deps(), ks);
    expect(await opens()).toEqual({ ksOnly: 200, both: 200, puOnly: 200, guest: 404 });
    // Its own level: named for the kommunestyre, Read's rights exactly.
    const levels = (await siteRest(SECRETARY).get('web/roledefinitions', LevelsSchema)).value;
    const read = levels.find((level) => level.RoleTypeKind === 2);
    expect(levels.filter((level) => level.Name.startsWith(CARRIED_ROLE_PREFIX)).map((level) => [level.Name, level.BasePermissions])).toEqual([['Møtebok hentet sak ks', read?.BasePermissions]]);
  }, 120_000);

  it('the planutvalg\'s later send, with a member removed from it: the kommunestyre\'s members keep reading, the removed member is out, and the send\'s check allows the kommunestyre\'s readers on that file only', async () => {
    pu = { ...pu, committee: { ...planutvalget, members: planutvalget.members.filter((member) => member.email !== harness.user(PU_ONLY).mail) } };
    const readers: LaterBodyReaders = new Map();
    await protectExempt(deps(), pu, readers);
    expect(await opens()).toEqual({ ksOnly: 200, both: 200, puOnly: 404, guest: 404 });
    expect([...(readers.get(fileId) ?? [])]).toEqual([harness.user(KS_ONLY).mail.toLowerCase()]);
    await expect(checkExemptPermissions(secretariat.repository, pu, [], readers)).resolves.toBeUndefined();
    // Without them the check sees the kommunestyre's reader as one not entitled: the allowance is what lets the send go, and it is that file's only.
    const refusal = await checkExemptPermissions(secretariat.repository, pu).then(() => undefined, (error: unknown) => error);
    expect(isDomainError(refusal) && refusal.reason?.key).toBe('exempt.exposed');
  }, 120_000);

  it('the kommunestyre\'s next send, with the kommunestyre-only member gone from it, takes back its own grant and nothing of the planutvalg\'s', async () => {
    ks = { ...ks, committee: { ...kommunestyret, members: kommunestyret.members.filter((member) => member.email !== harness.user(KS_ONLY).mail) } };
    await protectExempt(deps(), ks);
    expect(await opens()).toEqual({ ksOnly: 404, both: 200, puOnly: 404, guest: 404 });
  }, 120_000);
});
