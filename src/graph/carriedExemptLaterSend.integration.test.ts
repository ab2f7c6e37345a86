import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDomainError } from '../domain/errors';
import type { MeetingFile } from '../domain/model';
import { StorageError } from '../domain/ports';
import { checkExemptPermissions } from './confidentialNotice';
import { protectExempt, type LaterBodyReaders } from './exemptFilePermissions';
import { CARRIED_ROLE_PREFIX } from './sharePointRoles';
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
    // Its own level: named for the kommunestyre, Read's rights exactly.
    const levels = (await world.siteRest(SECRETARY).get('web/roledefinitions', LevelsSchema)).value;
    const read = levels.find((level) => level.RoleTypeKind === 2);
    expect(levels.filter((level) => level.Name.startsWith(CARRIED_ROLE_PREFIX)).map((level) => [level.Name, level.BasePermissions])).toEqual([['Møtebok hentet sak ks', read?.BasePermissions]]);
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

describe('a kommunestyre secretary who may not add permission levels to the site (local tenant)', () => {
  /** In both secretariats (Full Control on the committees' folders and on the files they close), not an owner of the site. */
  const NOT_OWNER = 'renate.solstad';
  let harness: Harness;
  let world: CarriedSakWorld;

  beforeAll(async () => {
    harness = await startHarness();
    world = await carriedSakWorld(harness, { planutvalgWithout: KS_ONLY, alsoSecretary: NOT_OWNER });
  }, 180_000);
  afterAll(async () => harness?.close());

  it('still sends: her members get the built-in Read, and no level is made', async () => {
    const level = { BasePermissions: { High: '176', Low: '138612833' }, Name: 'Prøve', Order: 1 };
    const refused = await world.siteRest(NOT_OWNER).post('web/roledefinitions', level).then(() => 'made', (error: unknown) => error instanceof StorageError && error.kind);
    expect(refused).toBe('forbidden');
    await protectExempt({ ...world.deps(), rest: world.siteRest(NOT_OWNER) }, world.ks);
    expect(await world.open(KS_ONLY)).toBe(200);
    expect(await world.open(CARRIED_GUEST)).toBe(404);
    const levels = (await world.siteRest(SECRETARY).get('web/roledefinitions', LevelsSchema)).value;
    expect(levels.filter((level) => level.Name.startsWith(CARRIED_ROLE_PREFIX))).toEqual([]);
  }, 120_000);

  it('so the planutvalg\'s next send takes that Read away again, as before levels (the site owner\'s send makes the level)', async () => {
    await protectExempt(world.deps(), world.pu);
    expect(await world.open(KS_ONLY)).toBe(404);
    await protectExempt(world.deps(), world.ks);
    expect(await world.open(KS_ONLY)).toBe(200);
    await protectExempt(world.deps(), world.pu);
    expect(await world.open(KS_ONLY)).toBe(200);
  }, 120_000);
});
