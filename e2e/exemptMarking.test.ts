// Issue 11, a known limit: the browser test of unntatt offentlighet (confidentiality.test.ts) starts from a
// meeting marked in the fixture, so no browser test marked a sak through the workspace. Here the secretariat
// opens the 2026 draft in the workspace, marks 2026.04 «Saken er unntatt offentlighet» with a hjemmel and a
// public title by keyboard and role-based locators, and the autosave stores it. Then the guest from Sandefjord
// kommune, with their own token, gets 404 on the sak's row through Graph (200 before the marking), and their
// side panel shows the public title and none of the exempt text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hiddenTexts, leaksIn, personViewer } from '../src/domain/confidentiality';
import type { Committee, Meeting } from '../src/domain/model';
import { createGraphServices } from '../src/graph/graphServices';
import { fetchTrusting, passwordTokenProvider } from '../src/graph/testing/nodeTenantAccess';
import { graph, passwordToken } from '../tenant/testing/tenantClient';
import { openSignedIn, shownText } from './support/appHarness';
import { fixture, openWorkspace, SECRETARY_UPN, startWorkspaceHarness, type WorkspaceHarness } from './support/workspaceHarness';

const SAK = '2026-04';
const HJEMMEL = 'offl. § 13 jf. fvl. § 13 første ledd nr. 2';
const PUBLIC_TITLE = 'Sak om forretningsforhold';

describe('the secretariat marks a sak unntatt offentlighet in the workspace (local tenant, each person’s own token)', () => {
  let harness: WorkspaceHarness;
  let committee: Committee;
  let meeting: Meeting;
  let guest: string;
  const checked: string[] = [];

  /** The sak's row read through Graph with the person's own token: its status. */
  const rowStatus = async (upn: string): Promise<number> => {
    const site = encodeURIComponent(harness.tenant.info.siteId);
    const secretary = await passwordToken(harness.tenant, SECRETARY_UPN, ['Sites.Read.All']);
    const rows = (await graph(harness.tenant, secretary, `/sites/${site}/lists/MotebokAgendaItems/items?$expand=fields&$filter=${encodeURIComponent(`fields/MeetingId eq '${meeting.id}'`)}`)).json() as { value: { id: string; fields: { ItemId?: string } }[] };
    const row = rows.value.find((candidate) => candidate.fields.ItemId === SAK);
    if (!row) throw new Error('raden for sak 2026.04 mangler');
    const token = await passwordToken(harness.tenant, upn, ['Sites.Read.All']);
    return (await graph(harness.tenant, token, `/sites/${site}/lists/MotebokAgendaItems/items/${row.id}?$expand=fields`)).status;
  };

  beforeAll(async () => {
    harness = await startWorkspaceHarness();
    const found = harness.users.find((user) => user.userPrincipalName.startsWith('tobias.solli.iveland'));
    if (!found) throw new Error('gjesten mangler i tenanten');
    guest = found.userPrincipalName;
    const seed = fixture('pm-2026');
    committee = { ...seed.committee, confidentiality: { substitutesMaySee: false, roles: [{ email: found.mail ?? guest, role: 'guest' }] } };
    meeting = seed.meeting;
    const repository = harness.repositoryAs(SECRETARY_UPN);
    await repository.ensureProvisioned();
    await repository.saveCommittee(committee);
    await repository.saveMeeting(meeting);
    // The lists get the committee's permissions (members Read, the guest among them), as «Rett tilgangene» gives them.
    const info = harness.tenant.info;
    const secretary = info.users.find((user) => user.userPrincipalName === SECRETARY_UPN);
    const fetchImpl = fetchTrusting(info.certificatePath);
    const tokens = passwordTokenProvider({ authority: info.authority, clientId: info.clientId, certificatePath: info.certificatePath, username: SECRETARY_UPN, password: secretary?.password ?? '' }, fetchImpl);
    const site = { graphBaseUrl: info.graphBaseUrl, siteId: info.siteId, sharedMailbox: undefined };
    await createGraphServices(site, tokens, { fetch: fetchImpl }).sitePermissions.repair([committee]);
  }, 300_000);
  afterAll(async () => {
    console.info(`Kontrollert:\n${checked.map((line) => `  - ${line}`).join('\n')}`);
    await harness?.close();
  });

  it('closes the sak’s row to the guest once the marking is saved, and the guest’s side panel shows only the public title', async () => {
    expect(await rowStatus(guest)).toBe(200);
    const context = await harness.newContext();
    const page = await context.newPage();
    await openWorkspace(page, harness.appUrl, `#meeting=${meeting.id}`);
    await page.getByRole('list', { name: 'Saksliste' }).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: /^Rediger 2026\.04 Prosjekt X/ }).click();
    const marking = page.getByRole('region', { name: 'Offentlighet' });
    const exempt = marking.getByRole('checkbox', { name: 'Saken er unntatt offentlighet' });
    await exempt.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => exempt.isChecked()).toBe(true);
    // Nothing is chosen for the secretariat: the field says the hjemmel is missing until one is chosen.
    await marking.getByText('Velg eller skriv hjemmelen for at sak 2026.04 er unntatt offentlighet.').waitFor();
    await marking.getByRole('combobox', { name: 'Hjemmel' }).selectOption({ label: HJEMMEL });
    await marking.getByRole('textbox', { name: /Offentlig tittel/ }).fill(PUBLIC_TITLE);
    await page.getByRole('button', { name: 'Lukk', exact: true }).click();
    await expect.poll(() => page.locator('[data-save-state]').getAttribute('data-save-state'), { timeout: 30_000 }).toBe('saved');
    // No message that the row could not be closed.
    expect(await page.getByText('Saken er lagret, men ikke lukket i SharePoint').count()).toBe(0);
    await context.close();

    const stored = await harness.repositoryAs(SECRETARY_UPN).getMeeting(meeting.id);
    const marked = stored?.value.items.find((item) => item.id === SAK);
    expect(marked?.confidentiality?.exempt).toEqual({ basis: HJEMMEL, publicTitle: PUBLIC_TITLE });
    checked.push('arbeidsflaten: sak 2026.04 merket «Unntatt offentlighet», offl. § 13 jf. fvl. § 13 første ledd nr. 2, lagret');
    expect(await rowStatus(guest)).toBe(404);
    checked.push('gjest: 404 på raden for sak 2026.04 gjennom Graph med eget token (200 før merkingen)');

    const guestContext = await harness.newContext({ upn: guest });
    const panel = await guestContext.newPage();
    const url = new URL('/sidepanel.html', harness.appUrl);
    url.search = new URLSearchParams({ meeting: meeting.id, upn: guest }).toString();
    await openSignedIn(panel, url.href, panel.getByTestId('read-only').or(panel.getByTestId('side-panel').locator('.fui-MessageBar')).first());
    await panel.getByText(PUBLIC_TITLE).first().waitFor({ timeout: 30_000 });
    let text = await shownText(panel);
    // The sak opened too: its details are where the body, the konklusjon and the vedlegg would show.
    await panel.getByTestId(`agenda-item-${SAK}`).click();
    await panel.locator('#read-only-heading').waitFor({ timeout: 30_000 });
    text += `\n${await shownText(panel)}`;
    const hidden = hiddenTexts({ committee, meeting: stored?.value ?? meeting }, personViewer(guest));
    expect(hidden.length).toBeGreaterThan(0);
    expect(leaksIn(text, hidden), 'sidepanelet til gjesten').toEqual([]);
    expect(text).not.toContain('Én vei inn');
    expect(text).toContain(HJEMMEL);
    checked.push('gjest: sidepanelet (sakslisten og sak 2026.04 åpnet) viser den offentlige tittelen og hjemmelen, ingen tekst som er unntatt offentlighet');
    await guestContext.close();
  }, 300_000);
});
