// The move of what a meeting records about an exempt sak, walked as the secretary meets it (h/trust52 moved it out of
// the meeting row into the sak's closed row; the start-up check names an old row still holding it). An approved
// meeting's rows are written as the code before wrote them — the ground of an inhabilitet in the exempt sak 2026.04 in
// the meeting row every reader of the list reads — through the tenant's own storage, and counted as set-up counts a
// row whose parts it could not move (`PartsInRow`). The secretary opens the workspace: the permission warning names
// that meeting in her words; she presses «Rett tilgangene», which asks first naming that change (Escape keeps all as it was),
// confirms by keyboard, and the warning goes. Then the vara without consent reads
// the meeting row through Graph with his own token: no ground; and the meeting is still approved.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgendaItem, Committee, Meeting } from '../src/domain/model';
import { createGraphServices, type GraphServices } from '../src/graph/graphServices';
import { fetchTrusting, passwordTokenProvider } from '../src/graph/testing/nodeTenantAccess';
import { DECIDED, GROUND, approvedWithGround, groundInMeetingRow } from '../src/graph/testing/exemptRowWorld';
import { fixture as meetingFixture } from '../src/graph/testing/noticeWorld';
import { graph, passwordToken } from '../tenant/testing/tenantClient';
import { seriousAxeViolations } from './support/axe';
import { openWorkspace, SECRETARY_UPN, screenshotPath, startWorkspaceHarness, type WorkspaceHarness } from './support/workspaceHarness';

const ID = 'pm-gammel-grunn';
const VARA_UPN = 'andreas.aass-engstrom@siv.example.no';
const FINDING =
  'Møteraden for møtet i Partnerskapsmøtet 11.06.2026 holder fortsatt det møtet registrerte om en sak unntatt offentlighet (grunnen til en inhabilitet, hvem som kom bare for saken, svar i en skriftlig behandling), så alle med lesetilgang til listen kan lese det i SharePoint. Raden ble lagret før dette ble flyttet til sakens egen lukkede rad. «Rett tilgangene» flytter det dit.';

describe('an old approved meeting row holding an inhabilitet’s ground: named at start-up, moved by «Rett tilgangene» (browser, local tenant)', () => {
  let harness: WorkspaceHarness;
  let committee: Committee;
  let meeting: Meeting;
  let secretariat: GraphServices;

  /** The meeting row as the vara (no consent: may not see the exempt sak) reads it through Graph with his own token. */
  const varaReadsRow = async (): Promise<string> => {
    const token = await passwordToken(harness.tenant, VARA_UPN, ['Sites.Read.All']);
    const site = encodeURIComponent(harness.tenant.info.siteId);
    const answer = await graph(harness.tenant, token, `/sites/${site}/lists/MotebokMeetings/items?$expand=fields&$filter=${encodeURIComponent(`fields/MeetingId eq '${ID}'`)}`);
    expect(answer.status).toBe(200);
    const rows = (answer.json() as { value: unknown[] }).value;
    expect(rows).toHaveLength(1);
    return JSON.stringify(rows);
  };

  beforeAll(async () => {
    harness = await startWorkspaceHarness();
    const info = harness.tenant.info;
    const user = (upn: string) => info.users.find((entry) => entry.userPrincipalName === upn);
    const fetchImpl = fetchTrusting(info.certificatePath);
    const tokens = passwordTokenProvider({ authority: info.authority, clientId: info.clientId, certificatePath: info.certificatePath, username: SECRETARY_UPN, password: user(SECRETARY_UPN)?.password ?? '' }, fetchImpl);
    secretariat = createGraphServices({ graphBaseUrl: info.graphBaseUrl, siteId: info.siteId, sharedMailbox: undefined }, tokens, { fetch: fetchImpl });
    const base = meetingFixture('pm-2026-unntatt').committee;
    committee = {
      ...base,
      secretariat: [{ name: 'Hilde Kari Maugesten', email: user(SECRETARY_UPN)?.mail ?? SECRETARY_UPN }],
      confidentiality: { substitutesMaySee: false, roles: [{ email: user(VARA_UPN)?.mail ?? VARA_UPN, role: 'substitute' }] },
    };
    await secretariat.repository.ensureProvisioned();
    await secretariat.repository.saveCommittee(committee);
    // The site's permissions as Møtebok wants them, so what the check names is the old row alone.
    await secretariat.sitePermissions.repair([committee]);
    const decide = (item: AgendaItem): AgendaItem => (item.id === DECIDED ? { ...item, conclusion: ['Vedtatt'], outcome: 'treated' } : item);
    meeting = await approvedWithGround(secretariat, committee, ID, decide);
    await groundInMeetingRow(secretariat.repository, meeting, { fields: { PartsInRow: 1 } });
    expect(await varaReadsRow()).toContain(GROUND);
  }, 300_000);
  afterAll(async () => harness?.close());

  it('the secretary is told which meeting, presses «Rett tilgangene» and confirms what it will change, the warning goes; the vara’s own read of the row has no ground, the meeting is still approved', async () => {
    const context = await harness.newContext();
    const page = await context.newPage();
    await openWorkspace(page, harness.appUrl);
    const warning = page.getByTestId('permissions-warning');
    await warning.waitFor({ timeout: 60_000 });
    await warning.getByText('Vis detaljer').click();
    // In her words (nb), the meeting by committee and date, and nothing else differs on the site.
    expect(await warning.getByRole('listitem').allInnerTexts()).toEqual([FINDING]);
    await page.screenshot({ path: screenshotPath('exempt-parts-move-before.png'), fullPage: true });
    // «Rett tilgangene» asks first, by keyboard: the dialog names the change it will make, «Avbryt» has the focus, axe
    // finds nothing serious; Escape leaves all as it was with the focus back on the button, and Tab, Enter confirm.
    const repair = warning.getByRole('button', { name: 'Rett tilgangene' });
    await repair.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog', { name: 'Rette tilgangene?' });
    await dialog.waitFor();
    expect(await dialog.getByRole('listitem').allInnerTexts()).toEqual([FINDING]);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Avbryt');
    const { violations } = await seriousAxeViolations(page);
    expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.screenshot({ path: screenshotPath('exempt-parts-move-confirm.png'), fullPage: true });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => repair.evaluate((button) => button === document.activeElement)).toBe(true);
    expect(await warning.count()).toBe(1);
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Avbryt');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Rett tilgangene');
    await page.keyboard.press('Enter');
    await expect.poll(() => warning.count(), { timeout: 120_000 }).toBe(0);
    await page.screenshot({ path: screenshotPath('exempt-parts-move-after.png'), fullPage: true });
    // Loaded again, the check finds nothing to say.
    await page.reload();
    await expect.poll(() => page.locator('[data-permission-check]').getAttribute('data-permission-check'), { timeout: 60_000 }).toBe('ready');
    expect(await page.getByTestId('permissions-warning').count()).toBe(0);
    await context.close();

    const after = await varaReadsRow();
    expect(after).not.toContain(GROUND);
    // Written with the count of what it still holds, none: the start-up check's query (`PartsInRow gt 0`) returns it no more.
    expect(after).toContain('"PartsInRow":0');
    const stored = await secretariat.repository.getMeeting(ID);
    expect(stored?.value.status).toBe('minutesApproved');
    expect(stored?.value.disqualifications).toEqual(meeting.disqualifications);
  }, 300_000);
});
