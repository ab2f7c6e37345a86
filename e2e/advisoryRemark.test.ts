// A secretary whose innkalling was sent opens the workspace and finds an update waiting that she did not make: a råd named in
// a sak's saksgang was set up since as one that gives uttalelser, and the workspace re-marks the saksgang when the meeting is
// read (ui/workspace/useKnownAdvisoryMarks.ts). Before she sends, «Send oppdatert innkalling» says which sak, what the
// innkalling heads its proposal now and before, and why; beside «Innkalling sendt» the workspace already says an update waits
// to be sent. Screenshots out/screenshots/advisory-remark-update-waiting.png, advisory-remark-send-dialog.png.
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConventionsSchema } from '../src/domain/conventions';
import type { Committee, Meeting } from '../src/domain/model';
import { screenshotPath } from './support/screenshots';
import { fixture, openWorkspace, SECRETARY_UPN, startWorkspaceHarness, type WorkspaceHarness } from './support/workspaceHarness';

describe('an update the workspace made itself is explained before it is sent', () => {
  let harness: WorkspaceHarness;
  let meeting: Meeting;

  beforeAll(async () => {
    harness = await startWorkspaceHarness();
    const seed = fixture('pm-2026');
    const repository = harness.repositoryAs(SECRETARY_UPN);
    await repository.ensureProvisioned();
    const committee = (await repository.saveCommittee(seed.committee)).value;
    // The råd as it was when the innkalling went: not set up as one that gives uttalelser.
    const eldreradet: Committee = { ...seed.committee, id: 'eldreradet', name: 'Eldrerådet', shortName: 'ER' };
    const rad = await repository.saveCommittee(eldreradet);
    // Sak 2026.03 comes from Eldrerådet: the innkalling headed its proposal «Innstilling fra Eldrerådet» when it was sent.
    // Without the fixture's vedlegg, which this walk does not upload (the checks before sending would hold the update back).
    const items = seed.meeting.items
      .map((item) => ({ ...item, attachments: [] }))
      .map((item) => (item.caseNumber === '2026.03' ? { ...item, caseRoute: [{ body: 'Eldrerådet' }, { body: committee.name }] } : item));
    const notice = { eventId: 'e-2026', transactionId: 't-2026', sentAt: '2026-05-18T08:00:00.000Z', version: 1, items, attachmentIds: [] };
    meeting = (await repository.saveMeeting({ ...seed.meeting, items, status: 'noticeSent', notice })).value;
    // Since then the råd was set up as one that gives uttalelser.
    await repository.saveCommittee({ ...rad.value, conventions: v.parse(ConventionsSchema, { ...rad.value.conventions, advisory: true }) }, rad.version);
  }, 300_000);
  afterAll(async () => harness?.close());

  it('says which sak, the proposal’s heading then and now, and that the råd’s setting is why', async () => {
    const context = await harness.newContext();
    await context.clock.install({ time: new Date('2026-05-20T08:00:00+02:00') });
    const page = await context.newPage();
    // The address names only the meeting, as a reload keeps it: the workspace opens it in its own committee, not Eldrerådet.
    await openWorkspace(page, harness.appUrl, `#meeting=${meeting.id}`);
    await page.getByRole('list', { name: 'Saksliste' }).waitFor({ timeout: 60_000 });
    // The re-mark is saved through the editor as any change.
    await expect.poll(async () => (await harness.repositoryAs(SECRETARY_UPN).getMeeting(meeting.id))?.value.items.find((item) => item.caseNumber === '2026.03')?.caseRoute?.[0], { timeout: 30_000 }).toEqual({ body: 'Eldrerådet', advisory: true });
    // Before she opens the dialog, the status beside «Innkalling sendt» says an update waits (the dialog's comparison).
    const waiting = page.getByTestId('update-waiting');
    await waiting.waitFor({ timeout: 30_000 });
    expect(await waiting.innerText()).toBe('Oppdatering venter på å bli sendt');
    expect(await page.locator('[data-meeting-status="noticeSent"]').first().innerText()).toBe('Innkalling sendt');
    await page.screenshot({ path: screenshotPath('advisory-remark-update-waiting.png') });
    await page.getByRole('button', { name: 'Send oppdatert innkalling' }).click();
    const dialog = page.getByRole('alertdialog');
    const note = dialog.getByTestId('notice-advisory-marks');
    await note.waitFor({ timeout: 30_000 });
    await page.screenshot({ path: screenshotPath('advisory-remark-send-dialog.png'), fullPage: true });
    const text = await note.innerText();
    expect(text).toContain('Møtebok har endret saksgangen selv');
    expect(text).toContain('Sak 2026.03: Eldrerådet er satt opp som et råd som gir uttalelser, så innkallingen skriver forslaget som «Forslag til konklusjon», ikke «Innstilling fra Eldrerådet» som i forrige utsending.');
    expect(text).toContain('endre «Organet gir uttalelse» i innstillingene for Eldrerådet før du sender');
    expect(await dialog.innerText()).not.toMatch(/Ingen endringer i sakslisten/);
    await context.close();
  }, 300_000);
});
