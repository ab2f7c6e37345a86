// A member from another organisation whose address has no account in the tenant (not invited as a
// guest): SharePoint cannot resolve it (`web/ensureuser` answers 404, "The specified user … could not
// be found", as SharePoint Online does for an address outside the directory), so no permission can be
// given to them. Before, the check named them «mangler lesetilgang» on every list, folder and approved
// meeting for ever, and «Rett tilgangene» offered to fix what it could not. Now they are one finding
// that says why (`noAccount`), which is not `repairable`; a guest invited by IT is given access as before.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMeetingFile } from '../domain/meetingFile';
import type { Committee } from '../domain/model';
import { createGraphServices, type GraphServices } from './graphServices';
import { createSharePointRest } from './sharePointRest';
import { repairable } from './sitePermissions';
import { SECRETARY, startHarness, type Harness } from './testing/localTenant';

const OUTSIDER = { name: 'Ola Nordmann', email: 'ola.nordmann@nabokommune.example.no' };

describe('the permission check and an outside member without an account in the organisation (local tenant)', () => {
  let harness: Harness;
  let secretariat: GraphServices;
  let committee: Committee;
  const site = () => `${new URL(harness.tenant.info.graphBaseUrl).origin}/sites/helsefellesskapet`;

  beforeAll(async () => {
    harness = await startHarness();
    const file = parseMeetingFile(JSON.parse(readFileSync(new URL('../../fixtures/meetings/pm-2026.json', import.meta.url), 'utf8')));
    const kristin = harness.user(SECRETARY);
    const guest = harness.user('tobias.solli.iveland');
    const members = [{ name: guest.displayName, email: guest.mail }, OUTSIDER];
    committee = { ...file.committee, secretariat: [{ name: kristin.displayName, email: kristin.mail }], referents: [], members };
    const config = { graphBaseUrl: harness.tenant.info.graphBaseUrl, siteId: harness.tenant.info.siteId, sharedMailbox: undefined };
    secretariat = createGraphServices(config, harness.tokenFor(kristin), { fetch: harness.fetch });
    await secretariat.repository.ensureProvisioned();
    await secretariat.repository.saveCommittee(committee);
    await secretariat.repository.saveMeeting({ ...file.meeting, status: 'minutesApproved', minutesApprovedAt: '2026-06-11T11:40:00.000Z' });
  }, 120_000);
  afterAll(async () => harness?.close());

  it('the local tenant answers as SharePoint does: the invited guest resolves, the outside address is not found', async () => {
    const rest = createSharePointRest(async () => site(), harness.tokenFor(harness.user(SECRETARY)), harness.fetch);
    await expect(rest.post('web/ensureuser', { logonName: harness.user('tobias.solli.iveland').mail })).resolves.toBeTruthy();
    await expect(rest.post('web/ensureuser', { logonName: OUTSIDER.email })).rejects.toMatchObject({ kind: 'notFound' });
  });

  it('after «Rett tilgangene», names the outsider once, as someone without an account whose access it cannot repair, and nobody as missing', async () => {
    const report = await secretariat.sitePermissions.repair([committee]);
    expect(report.findings).toEqual([{ target: { kind: 'committee', committeeId: committee.id, committee: committee.name }, problem: 'noAccount', who: OUTSIDER.email, name: OUTSIDER.name }]);
    expect(report.findings.some(repairable)).toBe(false);
    // The same on the next start.
    expect((await secretariat.sitePermissions.check([committee])).findings).toEqual(report.findings);
  }, 120_000);

  it('an outside member IT has invited as a guest is given access as before', async () => {
    const guest = harness.user('ingrid.fjeld');
    const invited = { ...committee, members: [...committee.members.filter((m) => m.email !== OUTSIDER.email), { name: guest.displayName, email: guest.mail }] };
    expect((await secretariat.sitePermissions.check([invited])).findings.filter((f) => f.who === guest.mail).map((f) => f.problem)).toContain('missing');
    expect((await secretariat.sitePermissions.repair([invited])).findings).toEqual([]);
  }, 120_000);
});
