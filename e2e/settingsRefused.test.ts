// A referent outside the secretariat (the chair, a referent by default) opens «Innstillinger for møteorganet» in the
// workspace and saves a change. Only the secretariat writes the committees' settings (`domain/settingsAccess.ts`):
// SharePoint refuses, the settings say so in Norwegian naming the committee, what was typed stays in the form, and the
// committee row the secretariat saved is unchanged — also when the chair tries the same through Graph with his own token.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Committee } from '../src/domain/model';
import { graph, passwordToken } from '../tenant/testing/tenantClient';
import { fixture, openWorkspace, repairAsSecretary, SECRETARY_UPN, startWorkspaceHarness, type WorkspaceHarness } from './support/workspaceHarness';

const CHAIR_UPN = 'per.christian.voss@siv.example.no';
const COPY_LINE = 'Styrets varamedlemmer og kommunedirektørene';

describe('the chair, a referent outside the secretariat, saves the committee settings (local tenant)', () => {
  let harness: WorkspaceHarness;
  let committee: Committee;

  /** The committee row as the secretariat reads it through Graph: its id and MotebokJson. */
  const committeeRow = async (): Promise<{ id: string; json: string }> => {
    const site = encodeURIComponent(harness.tenant.info.siteId);
    const token = await passwordToken(harness.tenant, SECRETARY_UPN, ['Sites.Read.All']);
    const filter = encodeURIComponent(`fields/CommitteeId eq '${committee.id}'`);
    const rows = (await graph(harness.tenant, token, `/sites/${site}/lists/MotebokCommittees/items?$expand=fields&$filter=${filter}`)).json() as {
      value: { id: string; fields: { MotebokJson: string } }[];
    };
    const row = rows.value[0];
    if (!row) throw new Error('raden for møteorganet mangler');
    return { id: row.id, json: row.fields.MotebokJson };
  };

  beforeAll(async () => {
    harness = await startWorkspaceHarness();
    const seed = fixture('pm-2026');
    committee = seed.committee;
    const repository = harness.repositoryAs(SECRETARY_UPN);
    await repository.ensureProvisioned();
    await repository.saveCommittee(committee);
    await repository.saveMeeting(seed.meeting);
    // The lists and folders get the committee's permissions, as «Klargjør SharePoint-området» gives them.
    await repairAsSecretary(harness, [committee]);
  }, 300_000);
  afterAll(async () => harness?.close());

  it('says only the secretariat can change them, keeps what he typed, and stores nothing, in the workspace and through Graph', async () => {
    const before = await committeeRow();
    const context = await harness.newContext({ upn: CHAIR_UPN });
    const page = await context.newPage();
    await openWorkspace(page, harness.appUrl);
    await page.getByRole('button', { name: 'Innstillinger for møteorganet' }).click();
    const copyLine = page.getByLabel('«Kopi»-linje i innkallingen');
    await copyLine.fill(COPY_LINE);
    await page.getByRole('button', { name: 'Lagre innstillingene' }).click();
    await expect
      .poll(() => page.getByRole('alert').allInnerTexts(), { timeout: 30_000 })
      .toContain(`Innstillingene er ikke lagret: bare sekretariatet for ${committee.name} kan endre dem. Det du har skrevet, står igjen her.`);
    expect(await copyLine.inputValue()).toBe(COPY_LINE);
    expect((await committeeRow()).json).toBe(before.json);
    // The same change straight through Graph with his own token: 403, nothing stored.
    const site = encodeURIComponent(harness.tenant.info.siteId);
    const token = await passwordToken(harness.tenant, CHAIR_UPN, ['Sites.ReadWrite.All']);
    const forged = { ...(JSON.parse(before.json) as Record<string, unknown>), secretariat: [{ name: 'Per Christian Voss', email: CHAIR_UPN }] };
    const patch = await graph(harness.tenant, token, `/sites/${site}/lists/MotebokCommittees/items/${before.id}/fields`, { method: 'PATCH', body: { MotebokJson: JSON.stringify(forged) } });
    expect(patch.status).toBe(403);
    expect((await committeeRow()).json).toBe(before.json);
    await context.close();
  }, 180_000);
});
