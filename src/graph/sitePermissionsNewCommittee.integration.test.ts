// The first hour, as a secretary takes it: «Klargjør SharePoint-området» on an empty site (versioning on;
// the lists keep inheriting until a committee exists, `repairPermissions`), then «Opprett møteorganet».
// Before, nothing set the new committee's access, so the check right after creation warned that the lists
// inherit the site's permissions and the committee's folder is missing — what Møtebok itself had left
// unset. Now creation grants it (`SitePermissions.grant`, for someone who may manage the site's
// permissions) and the check that follows waits for it and finds nothing (local tenant).
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMeetingFile } from '../domain/meetingFile';
import type { Committee } from '../domain/model';
import { committeeFolderName } from '../domain/attachments';
import { createGraphServices, type GraphServices } from './graphServices';
import { CARRIED_ROLE_PREFIX } from './sharePointRoles';
import { createSharePointRest } from './sharePointRest';
import { SECRETARY, startHarness, type Harness } from './testing/localTenant';

describe('a committee just created on a freshly set-up site is given its access by Møtebok (local tenant)', () => {
  let harness: Harness;
  const servicesOf = (upnStart: string): GraphServices => {
    const config = { graphBaseUrl: harness.tenant.info.graphBaseUrl, siteId: harness.tenant.info.siteId, sharedMailbox: undefined };
    return createGraphServices(config, harness.tokenFor(harness.user(upnStart)), { fetch: harness.fetch });
  };
  const levelNames = async (): Promise<string[]> => {
    const rest = createSharePointRest(async () => `${new URL(harness.tenant.info.graphBaseUrl).origin}/sites/helsefellesskapet`, harness.tokenFor(harness.user(SECRETARY)), harness.fetch);
    const levels = await rest.get('web/roledefinitions', v.object({ value: v.array(v.looseObject({ Name: v.string() })) }));
    return levels.value.map((level) => level.Name).filter((name) => name.startsWith(CARRIED_ROLE_PREFIX));
  };
  const committeeOf = (id: string, name: string): Committee => {
    const file = parseMeetingFile(JSON.parse(readFileSync(new URL('../../fixtures/meetings/pm-2026.json', import.meta.url), 'utf8')));
    const kristin = harness.user(SECRETARY);
    const andreas = harness.user('andreas.aass-engstrom');
    const secretariat = [{ name: kristin.displayName, email: kristin.mail }];
    return { ...file.committee, id, name, secretariat, referents: [], members: [{ name: andreas.displayName, email: andreas.mail }] };
  };

  beforeAll(async () => {
    harness = await startHarness();
    const secretary = servicesOf(SECRETARY);
    // «Klargjør SharePoint-området» with no committee yet, as the workspace does it.
    await secretary.repository.ensureProvisioned();
    await secretary.sitePermissions.repair([]);
  }, 120_000);
  afterAll(async () => harness?.close());

  it('a member who may not manage the site’s permissions changes nothing: the check still names what is missing', async () => {
    const committee = committeeOf('c-first', 'Styret i Helse Testfjord HF');
    await servicesOf(SECRETARY).repository.saveCommittee(committee);
    const member = servicesOf('andreas.aass-engstrom');
    await member.sitePermissions.grant([committee]);
    const problems = (await servicesOf(SECRETARY).sitePermissions.check([committee])).findings.map((f) => f.problem);
    expect(problems).toContain('inherits');
    expect(problems).toContain('folderMissing');
    expect(await levelNames()).toEqual([]);
  }, 120_000);

  it('after «Opprett møteorganet» by the secretary, the check that follows (not waiting on its own) finds nothing to warn about', async () => {
    const committee = committeeOf('c-first', 'Styret i Helse Testfjord HF');
    const secretary = servicesOf(SECRETARY);
    void secretary.sitePermissions.grant([committee]);
    expect((await secretary.sitePermissions.check([committee])).findings).toEqual([]);
    // And its own level for the exempt files of saker it takes from another body, so its secretary needs not be a site owner to send them.
    expect(await levelNames()).toEqual(['Møtebok hentet sak c-first']);
  }, 120_000);
});

describe('a committee the site owner creates for another secretariat (local tenant)', () => {
  let harness: Harness;
  const servicesOf = (upnStart: string): GraphServices => {
    const config = { graphBaseUrl: harness.tenant.info.graphBaseUrl, siteId: harness.tenant.info.siteId, sharedMailbox: undefined };
    return createGraphServices(config, harness.tokenFor(harness.user(upnStart)), { fetch: harness.fetch });
  };

  beforeAll(async () => {
    harness = await startHarness();
  }, 120_000);
  afterAll(async () => harness?.close());

  it('is not named missing to the site owner, whose own committee’s check cannot see its folder once it is closed to them', async () => {
    const file = parseMeetingFile(JSON.parse(readFileSync(new URL('../../fixtures/meetings/pm-2026.json', import.meta.url), 'utf8')));
    const kristin = harness.user(SECRETARY);
    const andreas = harness.user('andreas.aass-engstrom');
    const own: Committee = { ...file.committee, secretariat: [{ name: kristin.displayName, email: kristin.mail }], referents: [], members: [] };
    const theirs: Committee = { ...own, id: 'c-theirs', name: 'Kontrollutvalget', secretariat: [{ name: andreas.displayName, email: andreas.mail }] };
    const secretary = servicesOf(SECRETARY);
    await secretary.repository.ensureProvisioned();
    await secretary.repository.saveCommittee(own);
    await secretary.repository.saveCommittee(theirs);
    await secretary.sitePermissions.grant([own, theirs]);
    expect((await secretary.sitePermissions.check([own, theirs])).findings).toEqual([]);
    // Its own secretariat sees the folder, as set.
    expect((await servicesOf('andreas.aass-engstrom').sitePermissions.check([theirs])).findings.filter((f) => f.target.kind === 'folder')).toEqual([]);

    // Their secretariat stores a paper in it; then the site owner creates a third committee, and its
    // grant goes over every committee: the folder she cannot see must be left as it is, never made anew.
    const andreasServices = servicesOf('andreas.aass-engstrom');
    const folder = committeeFolderName(theirs);
    const paper = await andreasServices.repository.files.upload(folder, 'saksframlegg.txt', new TextEncoder().encode('Kontrollutvalgets sak'));
    const third: Committee = { ...own, id: 'c-third', name: 'Eldrerådet' };
    await secretary.repository.saveCommittee(third);
    await secretary.sitePermissions.grant([own, theirs, third]);
    const folderId = await servicesOf('andreas.aass-engstrom').repository.files.findFolder(folder);
    if (!folderId) throw new Error('the committee folder is gone');
    const still = await servicesOf('andreas.aass-engstrom').repository.files.children(folderId);
    expect(still.map((item) => item.name)).toEqual(['saksframlegg.txt']);
    expect(paper.fileName).toBe('saksframlegg.txt');
  }, 120_000);
});
