// A 403 on one object's permissions, for someone who should manage it, is a finding for that object,
// not a check that "could not run": two committees with different secretariats, the site repaired by
// Kristin (secretariat of the one). SharePoint then refuses her the other committee's folder, as it
// should while she is not in its secretariat; once she is added there (before anyone repairs), and
// before this change, the whole start-up check answered `checked: false`, so the warning and «Rett
// tilgangene» vanished. The same for a meeting's rows, the tester's refused start-up check.
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { committeeFolderName } from '../domain/attachments';
import { parseMeetingFile } from '../domain/meetingFile';
import type { Committee } from '../domain/model';
import { createGraphServices, type GraphServices } from './graphServices';
import { createSharePointRest } from './sharePointRest';
import { EXPAND_ASSIGNMENTS, RoleAssignmentsSchema, roleIds } from './sharePointRoles';
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

  it('names the folder it should manage but may not read and keeps checking the rest (the warning stays), where it used to report nothing', async () => {
    // The repair gives Styret's folder to its own secretariat (Hilde) and takes Kristin's access away last.
    const repaired = await kristinApp.sitePermissions.repair([pm, styret]);
    const folder = { kind: 'folder', path: committeeFolderName(styret), committeeId: styret.id };
    expect(repaired.checked).toBe(true);
    // Closed to her on purpose while she is not in Styret's secretariat: nothing to name, the rest checked.
    expect(await checkPermissions(deps, [pm, styret])).toEqual({ checked: true, findings: [] });
    // Added to Styret's secretariat in the settings: now she should manage the folder, and SharePoint refuses her.
    const withKristin = { ...styret, secretariat: [...(styret.secretariat ?? []), ...(pm.secretariat ?? [])] };
    const report = await checkPermissions(deps, [pm, withKristin]);
    expect(report.checked).toBe(true);
    expect(report.findings.filter((f) => f.target.kind === 'folder' && f.target.path === folder.path)).toEqual([{ target: folder, problem: 'unreadable' }]);
    // Hilde, Styret's secretariat, reads it; the list assignments too: nothing wrong for her.
    const hildeDeps = { ...deps, rest: createSharePointRest(async () => site(), harness.tokenFor(harness.user('hilde.kari.maugesten')), harness.fetch) };
    expect((await checkPermissions(hildeDeps, [styret])).findings.filter((f) => f.problem === 'unreadable')).toEqual([]);
  }, 120_000);

  it('still claims nothing for someone who may read no permissions at all (a member)', async () => {
    const memberDeps = { ...deps, rest: createSharePointRest(async () => site(), harness.tokenFor(harness.user('andreas.aass-engstrom')), harness.fetch) };
    expect(await checkPermissions(memberDeps, [pm, styret])).toEqual({ checked: false, findings: [] });
  });

  it('names the rows of a meeting it may not read (a row left without the checker\'s Full Control), as the tester\'s start-up check met them', async () => {
    await kristinApp.sitePermissions.repair([pm, styret]);
    const { meeting } = parseMeetingFile(JSON.parse(readFileSync(new URL('../../fixtures/meetings/pm-2026.json', import.meta.url), 'utf8')));
    const approved = { ...meeting, items: meeting.items.map((item) => ({ ...item, attachments: [] })), status: 'minutesApproved' as const, minutesApprovedAt: '2026-06-20T10:00:00.000Z' };
    await kristinApp.repository.saveMeeting(approved);
    const byMeeting = encodeURIComponent(`MeetingId eq '${meeting.id}'`);
    const rows = (await deps.rest.get(`web/lists/getbytitle('MotebokAgendaItems')/items?$top=5&$select=Id&$filter=${byMeeting}`, v.object({ value: v.array(v.object({ Id: v.number() })) }))).value;
    const row = `web/lists/getbytitle('MotebokAgendaItems')/items(${rows[0]?.Id})`;
    // Hilde manages the lists (Styret's secretariat); one row of PM's meeting is made unique with her reading it only.
    const hilde = harness.user('hilde.kari.maugesten');
    const hildeId = ((await deps.rest.post('web/ensureuser', { logonName: hilde.mail })) as { Id: number }).Id;
    await deps.rest.post(`${row}/breakroleinheritance(copyRoleAssignments=true,clearSubscopes=true)`);
    const assignments = await deps.rest.get(`${row}/roleassignments?$expand=${EXPAND_ASSIGNMENTS}`, RoleAssignmentsSchema());
    const bindings = assignments.value.find((a) => a.PrincipalId === hildeId)?.RoleDefinitionBindings ?? [];
    expect(bindings.length).toBeGreaterThan(0);
    // She still reads it (a row she could not read would be left out of the query, as SharePoint trims it).
    await deps.rest.post(`${row}/roleassignments/addroleassignment(principalid=${hildeId},roledefid=${(await roleIds(deps.rest))('read')})`);
    for (const binding of bindings) await deps.rest.post(`${row}/roleassignments/removeroleassignment(principalid=${hildeId},roledefid=${binding.Id})`);
    const hildeDeps = { ...deps, rest: createSharePointRest(async () => site(), harness.tokenFor(hilde), harness.fetch) };
    // Hilde in PM's secretariat too (as the settings now say): she should manage the row.
    const pmWithHilde = { ...pm, secretariat: [...(pm.secretariat ?? []), { name: hilde.displayName, email: hilde.mail }] };
    expect((await checkPermissions(hildeDeps, [pm, styret])).findings.filter((f) => f.problem === 'unreadable')).toEqual([]);
    const report = await checkPermissions(hildeDeps, [pmWithHilde, styret]);
    // Before: the rows' read was refused (403) and the whole check answered `checked: false`, the warning gone.
    expect(report.checked).toBe(true);
    expect(report.findings).toContainEqual({ target: { kind: 'meeting', committeeId: pm.id, committee: pm.name, date: '2026-06-11' }, problem: 'unreadable' });
  }, 120_000);

  it('names a committee saved with nobody managing it, and «Rett tilgangene» leaves its folder as it is', async () => {
    const unmanaged: Committee = { ...styret, id: 'ingen', name: 'Eldrerådet', shortName: 'ER', secretariat: [], referents: [] };
    await kristinApp.repository.saveCommittee(unmanaged);
    const report = await kristinApp.sitePermissions.repair([pm, styret, unmanaged]);
    expect(report.findings.filter((f) => f.problem === 'noManager')).toEqual([{ target: { kind: 'committee', committeeId: 'ingen', committee: 'Eldrerådet' }, problem: 'noManager' }]);
    // Its folder still inherits the library's permissions: the site's Owners keep managing it.
    expect(report.findings).toContainEqual(expect.objectContaining({ target: { kind: 'folder', path: committeeFolderName(unmanaged), committeeId: 'ingen' }, problem: 'inherits' }));
  }, 120_000);
});
