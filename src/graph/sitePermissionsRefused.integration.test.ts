// A 403 on one object's permissions is a finding for that object, not a check that "could not run":
// two committees with different secretariats, the site repaired by Kristin (secretariat of the one).
// SharePoint then refuses her the other committee's folder (she is not in its secretariat), and before
// this the whole start-up check answered `checked: false`, so the warning and «Rett tilgangene» vanished.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { committeeFolderName } from '../domain/attachments';
import { parseMeetingFile } from '../domain/meetingFile';
import type { Committee } from '../domain/model';
import { createGraphServices, type GraphServices } from './graphServices';
import { createSharePointRest } from './sharePointRest';
import { checkPermissions, type SitePermissionDeps } from './sitePermissions';
import { SECRETARY, startHarness, type Harness } from './testing/localTenant';

describe('the permission check when SharePoint refuses one object (local tenant)', () => {
  let harness: Harness;
  let kristinApp: GraphServices;
  let pm: Committee;
  let styret: Committee;
  let deps: SitePermissionDeps;
  const site = () => `${new URL(harness.tenant.info.graphBaseUrl).origin}/sites/helsefellesskapet`;

  beforeAll(async () => {
    harness = await startHarness();
    const file = parseMeetingFile(JSON.parse(readFileSync(new URL('../../fixtures/meetings/pm-2026.json', import.meta.url), 'utf8')));
    const kristin = harness.user(SECRETARY);
    const hilde = harness.user('hilde.kari.maugesten');
    pm = { ...file.committee, secretariat: [{ name: kristin.displayName, email: kristin.mail }] };
    const hildeOnly = [{ name: hilde.displayName, email: hilde.mail }];
    styret = { ...file.committee, id: 'styret', name: 'Styret i Sykehuset Nordfjell HF', shortName: 'SN', secretariat: hildeOnly, referents: [] };
    const config = { graphBaseUrl: harness.tenant.info.graphBaseUrl, siteId: harness.tenant.info.siteId, sharedMailbox: undefined };
    kristinApp = createGraphServices(config, harness.tokenFor(kristin), { fetch: harness.fetch });
    await kristinApp.repository.ensureProvisioned();
    await kristinApp.repository.saveCommittee(pm);
    await kristinApp.repository.saveCommittee(styret);
    const rest = createSharePointRest(async () => site(), harness.tokenFor(kristin), harness.fetch);
    deps = { rest, graph: kristinApp.repository.storageClient, siteId: harness.tenant.info.siteId };
  }, 120_000);
  afterAll(async () => harness?.close());

  it('names the folder it may not read and keeps checking the rest (the warning stays), where it used to report nothing', async () => {
    // The repair gives Styret's folder to its own secretariat (Hilde) and takes Kristin's access away last.
    const repaired = await kristinApp.sitePermissions.repair([pm, styret]);
    const folder = `mappen ${committeeFolderName(styret)}`;
    expect(repaired.checked).toBe(true);
    const report = await checkPermissions(deps, [pm, styret]);
    expect(report.checked).toBe(true);
    expect(report.findings).toEqual([
      {
        target: folder,
        problem: 'unreadable',
        message: `Møtebok fikk ikke lese tillatelsene for ${folder} (SharePoint nektet tilgang), så de kan ikke kontrolleres herfra. Bare en eier av SharePoint-området eller noen med full kontroll over ${folder} kan se og rette dem.`,
      },
    ]);
    // Hilde, Styret's secretariat, reads it; the list assignments too: nothing wrong for her.
    const hildeDeps = { ...deps, rest: createSharePointRest(async () => site(), harness.tokenFor(harness.user('hilde.kari.maugesten')), harness.fetch) };
    expect((await checkPermissions(hildeDeps, [styret])).findings.filter((f) => f.problem === 'unreadable')).toEqual([]);
  }, 120_000);

  it('still claims nothing for someone who may read no permissions at all (a member)', async () => {
    const memberDeps = { ...deps, rest: createSharePointRest(async () => site(), harness.tokenFor(harness.user('andreas.aass-engstrom')), harness.fetch) };
    expect(await checkPermissions(memberDeps, [pm, styret])).toEqual({ checked: false, findings: [] });
  });

  it('names a committee saved with nobody managing it, and «Rett tilgangene» leaves its folder as it is', async () => {
    const unmanaged: Committee = { ...styret, id: 'ingen', name: 'Eldrerådet', shortName: 'ER', secretariat: [], referents: [] };
    await kristinApp.repository.saveCommittee(unmanaged);
    const report = await kristinApp.sitePermissions.repair([pm, styret, unmanaged]);
    expect(report.findings.filter((f) => f.problem === 'noManager').map((f) => f.message)).toEqual([
      'Ingen i sekretariatet for Eldrerådet har en e-postadresse, så ingen kan styre tilgangene til møteorganet i SharePoint, og ingen sak kan unntas offentlighet. Legg til sekretariatet i innstillingene for møteorganet; mappene til møteorganet får ikke egne tillatelser før det er gjort.',
    ]);
    // Its folder still inherits the library's permissions: the site's Owners keep managing it.
    expect(report.findings).toContainEqual(expect.objectContaining({ target: `mappen ${committeeFolderName(unmanaged)}`, problem: 'inherits' }));
  }, 120_000);
});
