import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDomainError } from '../domain/errors';
import type { MeetingFile } from '../domain/model';
import { checkExemptPermissions } from './confidentialNotice';
import { protectExempt, type LaterBodyReaders } from './exemptFilePermissions';
import { restString } from './sharePointRest';
import { CARRIED_GUEST, carriedSakWorld, type CarriedSakWorld } from './testing/carriedSakWorld';
import { SECRETARY, startHarness, type Harness } from './testing/localTenant';

/** In the kommunestyre only: not a member of the planutvalg, so entitled to its exempt vedlegg through the kommunestyre alone. */
const KS_ONLY = 'erik.nordberg';
/** In both bodies. */
const BOTH = 'andreas.aass-engstrom';
/** In the planutvalg only, then removed from it: entitled nowhere after. */
const PU_ONLY = 'christian.reissig';
const LevelSchema = v.looseObject({ Name: v.string(), RoleTypeKind: v.number(), BasePermissions: v.looseObject({ High: v.string(), Low: v.string() }) });
const LevelsSchema = v.object({ value: v.array(LevelSchema) });
const AssignmentsSchema = v.object({
  value: v.array(
    v.looseObject({
      Member: v.looseObject({ Email: v.optional(v.nullable(v.string())) }),
      RoleDefinitionBindings: v.array(v.looseObject({ Name: v.string() })),
    }),
  ),
});

describe('a sak taken from the planutvalg: the planutvalg\'s later send keeps what the kommunestyre\'s send granted (local tenant)', () => {
  let harness: Harness;
  let world: CarriedSakWorld;
  const opens = async () => ({
    ksOnly: await world.open(KS_ONLY),
    both: await world.open(BOTH),
    puOnly: await world.open(PU_ONLY),
    guest: await world.open(CARRIED_GUEST),
  });
  const without = (file: MeetingFile, upn: string): MeetingFile => ({
    ...file,
    committee: { ...file.committee, members: file.committee.members.filter((member) => member.email !== harness.user(upn).mail) },
  });

  beforeAll(async () => {
    harness = await startHarness();
    world = await carriedSakWorld(harness, { planutvalgWithout: KS_ONLY, kommunestyretWithout: PU_ONLY });
  }, 180_000);
  afterAll(async () => harness?.close());

  it('before the kommunestyre\'s send the planutvalg\'s people open it, the kommunestyre-only member and the guest do not', async () => {
    expect(await opens()).toEqual({ ksOnly: 404, both: 200, puOnly: 200, guest: 404 });
  });

  it('the kommunestyre\'s send opens it to its members through its own permission level', async () => {
    await protectExempt(world.deps(), world.ks);
    expect(await opens()).toEqual({ ksOnly: 200, both: 200, puOnly: 200, guest: 404 });
    // Its own level (the site owner's «Rett tilgangene» made each body's: carriedLevelsBySiteOwner.integration.test.ts): Read's rights exactly.
    const levels = (await world.siteRest(SECRETARY).get('web/roledefinitions', LevelsSchema)).value;
    const read = levels.find((level) => level.RoleTypeKind === 2);
    const ks = levels.find((level) => level.Name === 'Møtebok hentet sak ks');
    expect(ks?.BasePermissions).toEqual(read?.BasePermissions);
    const assignments = await world.siteRest(SECRETARY).get(`web/GetFileByServerRelativeUrl(${restString(decodeURIComponent(new URL(world.ks.meeting.items[0]?.attachments[0]?.webUrl ?? 'https://x').pathname))})/ListItemAllFields/roleassignments?$expand=Member,RoleDefinitionBindings`, AssignmentsSchema);
    const ksOnly = assignments.value.find((a) => a.Member.Email?.toLowerCase() === harness.user(KS_ONLY).mail.toLowerCase());
    expect(ksOnly?.RoleDefinitionBindings.map((binding) => binding.Name)).toEqual(['Møtebok hentet sak ks']);
  }, 120_000);

  it('the planutvalg\'s later send, with a member removed from it: the kommunestyre\'s members keep reading, the removed member is out, and the send\'s check allows the kommunestyre\'s readers on that file only', async () => {
    const pu = without(world.pu, PU_ONLY);
    const readers: LaterBodyReaders = new Map();
    await protectExempt(world.deps(), pu, readers);
    expect(await opens()).toEqual({ ksOnly: 200, both: 200, puOnly: 404, guest: 404 });
    expect([...(readers.get(world.fileId) ?? [])]).toEqual([harness.user(KS_ONLY).mail.toLowerCase()]);
    await expect(checkExemptPermissions(world.secretariat.repository, pu, [], readers)).resolves.toBeUndefined();
    // Without them the check sees the kommunestyre's reader as one not entitled: the allowance is what lets the send go, and it is that file's only.
    const refusal = await checkExemptPermissions(world.secretariat.repository, pu).then(() => undefined, (error: unknown) => error);
    expect(isDomainError(refusal) && refusal.reason?.key).toBe('exempt.exposed');
  }, 120_000);

  it('the planutvalg sends its innkalling through the app\'s own sender (GraphServices.sendNotice): it goes, and the kommunestyre\'s member still reads', async () => {
    const pu = without(world.pu, PU_ONLY);
    const saved = await world.secretariat.repository.saveMeeting({ ...pu.meeting, status: 'draft' });
    await world.secretariat.sendNotice(pu.committee, saved);
    expect(await opens()).toEqual({ ksOnly: 200, both: 200, puOnly: 404, guest: 404 });
  }, 240_000);

  it('the kommunestyre\'s next send, with the kommunestyre-only member gone from it, takes back its own grant and nothing of the planutvalg\'s', async () => {
    await protectExempt(world.deps(), without(world.ks, KS_ONLY));
    expect(await opens()).toEqual({ ksOnly: 404, both: 200, puOnly: 404, guest: 404 });
  }, 120_000);
});
