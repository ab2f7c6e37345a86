import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { carryCase } from '../domain/carriedCase';
import type { Committee } from '../domain/model';
import { StorageError } from '../domain/ports';
import { aMeeting } from '../domain/testing/builders';
import { protectExempt } from './exemptFilePermissions';
import { CARRIED_ROLE_PREFIX } from './sharePointRoles';
import { createSharePointRest } from './sharePointRest';
import { createGraphServices } from './graphServices';
import { checkPermissions, repairPermissions, type PermissionFinding } from './sitePermissions';
import { CARRIED_GUEST, carriedSakWorld, type CarriedSakWorld } from './testing/carriedSakWorld';
import { SECRETARY, startHarness, type Harness } from './testing/localTenant';

/** In the kommunestyre only: entitled to the planutvalg's exempt vedlegg through the kommunestyre alone. */
const KS_ONLY = 'erik.nordberg';
/** In both secretariats (Full Control on the committees' folders and on the files they close), not an owner of the site. */
const NOT_OWNER = 'renate.solstad';
const MaskSchema = v.looseObject({ High: v.string(), Low: v.string() });
const LevelSchema = v.looseObject({ Id: v.number(), Name: v.string(), RoleTypeKind: v.number(), BasePermissions: MaskSchema });
const LevelsSchema = v.object({ value: v.array(LevelSchema) });
const LogSchema = v.object({ value: v.array(v.looseObject({ method: v.string(), path: v.string() })) });

/** The SharePoint REST requests the tenant saw while `work` ran. */
async function restRequests(harness: Harness, work: () => Promise<unknown>): Promise<string[]> {
  await harness.control('DELETE', '/_tenant/requests');
  await work();
  const log = v.parse(LogSchema, await harness.control('GET', '/_tenant/requests'));
  return log.value.filter((entry) => entry.path.includes('/_api/')).map((entry) => `${entry.method} ${decodeURIComponent(entry.path.slice(entry.path.indexOf('/_api/') + 6))}`);
}

const levelFindings = (findings: readonly PermissionFinding[]) => findings.filter((f) => f.problem === 'levelMissing' || f.problem === 'levelOtherRights').map((f) => [f.problem, f.levelName, f.target.kind === 'committee' ? f.target.committeeId : '']);

describe('the site owner\'s «Rett tilgangene» makes each body\'s level, so a kommunestyre secretary who is not a site owner sends through it (local tenant)', () => {
  let harness: Harness;
  let world: CarriedSakWorld;
  const levels = async () => (await world.siteRest(SECRETARY).get('web/roledefinitions', LevelsSchema)).value;
  const herDeps = () => ({ ...world.deps(), rest: world.siteRest(NOT_OWNER) });

  beforeAll(async () => {
    harness = await startHarness();
    // The site owner (the world's secretary) runs «Klargjør SharePoint-området» and «Rett tilgangene» for both bodies.
    world = await carriedSakWorld(harness, { planutvalgWithout: KS_ONLY, alsoSecretary: NOT_OWNER });
  }, 180_000);
  afterAll(async () => harness?.close());

  it('made each body\'s level with Read\'s rights exactly; running it again makes none', async () => {
    const all = await levels();
    const read = all.find((level) => level.RoleTypeKind === 2)?.BasePermissions;
    expect(all.filter((level) => level.Name.startsWith(CARRIED_ROLE_PREFIX)).map((level) => [level.Name, level.BasePermissions])).toEqual([
      ['Møtebok hentet sak pu', read],
      ['Møtebok hentet sak ks', read],
    ]);
    const again = await restRequests(harness, () => repairPermissions(world.deps(), [world.planutvalget, world.kommunestyret]));
    expect(again.filter((request) => request.startsWith('POST web/roledefinitions'))).toEqual([]);
    expect(again.filter((request) => request.startsWith('GET web/roledefinitions'))).toHaveLength(2);
  }, 120_000);

  it('her start-up check names no missing level; a start without carried saker does not read the levels at all', async () => {
    const hers = await checkPermissions(herDeps(), [world.planutvalget, world.kommunestyret]);
    expect(hers.checked).toBe(true);
    expect(levelFindings(hers.findings)).toEqual([]);
    const withoutCarried = await restRequests(harness, () => checkPermissions(herDeps(), [world.planutvalget]));
    expect(withoutCarried.filter((request) => request.includes('roledefinitions'))).toEqual([]);
    const withCarried = await restRequests(harness, () => checkPermissions(herDeps(), [world.planutvalget, world.kommunestyret]));
    expect(withCarried.filter((request) => request.includes('roledefinitions'))).toEqual(['GET web/roledefinitions']);
  }, 120_000);

  it('her send grants through the kommunestyre\'s level, and after the planutvalg\'s later send the kommunestyre-only member still opens the file, the guest never', async () => {
    // She may not add a level herself (Manage Permissions on the site): the site owner's is what she needs.
    const trial = { BasePermissions: { High: '176', Low: '138612833' }, Name: 'Prøve', Order: 1 };
    expect(await world.siteRest(NOT_OWNER).post('web/roledefinitions', trial).then(() => 'made', (error: unknown) => error instanceof StorageError && error.kind)).toBe('forbidden');
    const builtInRead = new Set<string>();
    const sent = await restRequests(harness, () => protectExempt(herDeps(), world.ks, new Map(), builtInRead));
    expect(sent.filter((request) => request.startsWith('POST web/roledefinitions'))).toEqual([]);
    // Through the level: nothing for the notice to warn of.
    expect([...builtInRead]).toEqual([]);
    expect(await world.open(KS_ONLY)).toBe(200);
    expect(await world.open(CARRIED_GUEST)).toBe(404);
    await protectExempt(world.deps(), world.pu);
    expect(await world.open(KS_ONLY)).toBe(200);
    expect(await world.open(CARRIED_GUEST)).toBe(404);
  }, 120_000);

  it('a body saved after the site owner last repaired (its level never made): her check names it before she sends, the site owner\'s «Rett tilgangene» makes it', async () => {
    const formannskapet: Committee = { ...world.kommunestyret, id: 'fsk', name: 'Formannskapet', shortName: 'FSK' };
    await world.secretariat.repository.saveCommittee(formannskapet);
    const [sak] = world.pu.meeting.items;
    if (!sak) throw new Error('no sak');
    const carried = carryCase({ committee: world.planutvalget, meeting: world.pu.meeting, item: sak }, formannskapet, () => 'fsk-carried-1');
    await world.secretariat.repository.saveMeeting(aMeeting({ id: 'fsk-2026-06-18', committeeId: 'fsk', date: '2026-06-18', items: [carried] }));
    const committees = [world.planutvalget, world.kommunestyret, formannskapet];
    expect(levelFindings((await checkPermissions(herDeps(), committees)).findings)).toEqual([['levelMissing', 'Møtebok hentet sak fsk', 'fsk']]);
    // The send dialog's own ask (the start-up check may have run before the sak was taken in): the same answer.
    expect(levelFindings(await world.secretariat.sitePermissions.carriedLevel(formannskapet))).toEqual([['levelMissing', 'Møtebok hentet sak fsk', 'fsk']]);
    expect(levelFindings(await world.secretariat.sitePermissions.carriedLevel(world.kommunestyret))).toEqual([]);
    const repaired = await repairPermissions(world.deps(), committees);
    expect(levelFindings(repaired.findings)).toEqual([]);
    expect((await levels()).map((level) => level.Name)).toContain('Møtebok hentet sak fsk');
    expect(levelFindings((await checkPermissions(herDeps(), committees)).findings)).toEqual([]);
  }, 180_000);

  it('her innkalling sent while the kommunestyre\'s level is gone keeps the built-in Read on its notice; her update after the site owner made it again drops that', async () => {
    // Someone deletes the kommunestyre's level by hand in the site's settings (SharePoint takes its grants with it).
    const owner = world.siteRest(SECRETARY);
    const ksLevel = (await levels()).find((level) => level.Name === 'Møtebok hentet sak ks');
    if (!ksLevel) throw new Error('no level');
    await owner.post(`web/roledefinitions(${ksLevel.Id})/deleteObject()`);
    // She sends with her own token (the app's send): she may not make the level, so her send grants the built-in Read.
    const config = { graphBaseUrl: harness.tenant.info.graphBaseUrl, siteId: harness.tenant.info.siteId, sharedMailbox: undefined };
    const hers = createGraphServices(config, harness.tokenFor(harness.user(NOT_OWNER)), { fetch: harness.fetch });
    const sakId = world.ks.meeting.items[0]?.id;
    const sent = await hers.sendNotice(world.kommunestyret, world.ksSaved);
    expect(sent.value.notice?.carriedBuiltInRead).toEqual([sakId]);
    expect(await world.open(KS_ONLY)).toBe(200);
    await protectExempt(world.deps(), world.pu);
    expect(await world.open(KS_ONLY)).toBe(404);
    // Between the send and the update the site owner runs «Rett tilgangene», which makes the level again.
    const repaired = await repairPermissions(world.deps(), [world.planutvalget, world.kommunestyret]);
    expect(levelFindings(repaired.findings)).toEqual([]);
    expect((await levels()).map((level) => level.Name)).toContain('Møtebok hentet sak ks');
    const updated = await hers.sendUpdatedNotice(world.kommunestyret, sent);
    expect(updated.value.notice?.version).toBe(2);
    expect(updated.value.notice).not.toHaveProperty('carriedBuiltInRead');
    const read = await world.secretariat.repository.getMeeting(world.ks.meeting.id);
    expect(read?.value.notice?.version).toBe(2);
    expect(read?.value.notice).not.toHaveProperty('carriedBuiltInRead');
    // Through the level: the planutvalg's next send leaves her grant alone.
    expect(await world.open(KS_ONLY)).toBe(200);
    await protectExempt(world.deps(), world.pu);
    expect(await world.open(KS_ONLY)).toBe(200);
    expect(await world.open(CARRIED_GUEST)).toBe(404);
  }, 240_000);
});

describe('a level of the kommunestyre\'s name with other rights than Read (made by hand) is named, never used (local tenant)', () => {
  let harness: Harness;
  let world: CarriedSakWorld;

  beforeAll(async () => {
    harness = await startHarness();
    // Before Møtebok set the site up, someone made «Møtebok hentet sak ks» by hand with Contribute's rights.
    const owner = createSharePointRest(async () => `${new URL(harness.tenant.info.graphBaseUrl).origin}/sites/helsefellesskapet`, harness.tokenFor(harness.user(SECRETARY)), harness.fetch);
    const contribute = (await owner.get('web/roledefinitions', LevelsSchema)).value.find((level) => level.RoleTypeKind === 3);
    if (!contribute) throw new Error('no Contribute');
    await owner.post('web/roledefinitions', { BasePermissions: contribute.BasePermissions, Name: 'Møtebok hentet sak ks', Description: 'laget for hånd', Order: 300 });
    world = await carriedSakWorld(harness, { planutvalgWithout: KS_ONLY, alsoSecretary: NOT_OWNER });
  }, 180_000);
  afterAll(async () => harness?.close());

  it('«Rett tilgangene» and the check name it, and leave it as it is', async () => {
    const committees = [world.planutvalget, world.kommunestyret];
    const repaired = await repairPermissions(world.deps(), committees);
    expect(levelFindings(repaired.findings)).toEqual([['levelOtherRights', 'Møtebok hentet sak ks', 'ks']]);
    expect(levelFindings((await checkPermissions(world.deps(), committees)).findings)).toEqual([['levelOtherRights', 'Møtebok hentet sak ks', 'ks']]);
  }, 120_000);

  it('her send grants the built-in Read instead, which the planutvalg\'s next send takes away', async () => {
    const builtInRead = new Set<string>();
    await protectExempt({ ...world.deps(), rest: world.siteRest(NOT_OWNER) }, world.ks, new Map(), builtInRead);
    expect([...builtInRead]).toEqual([world.ks.meeting.items[0]?.id]);
    expect(await world.open(KS_ONLY)).toBe(200);
    expect(await world.open(CARRIED_GUEST)).toBe(404);
    await protectExempt(world.deps(), world.pu);
    expect(await world.open(KS_ONLY)).toBe(404);
  }, 120_000);

  it('the app\'s send (GraphServices.sendNotice) keeps on its notice which carried sak got the built-in Read, so the panel says so after the send', async () => {
    const sent = await world.secretariat.sendNotice(world.ks.committee, world.ksSaved);
    expect(sent.value.notice?.carriedBuiltInRead).toEqual([world.ks.meeting.items[0]?.id]);
    const read = await world.secretariat.repository.getMeeting(world.ks.meeting.id);
    expect(read?.value.notice?.carriedBuiltInRead).toEqual([world.ks.meeting.items[0]?.id]);
  }, 240_000);
});
