// The referent's last words when she closes the side panel (or Teams) at once: she types a konklusjon and the
// window closes before the save's pause is over. The page hides; its save leaves with `keepalive`, which the
// browser lets outlive the page (useLiveMeeting.ts, graph/batch.ts), so the others see her text in SharePoint
// without her opening the panel again. Against the local tenant, which answers it as any other request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { MeetingFile } from '../src/domain/model';
import { PEOPLE, seedNoticeSentMeeting, signInPopups, simulatorUrl, startMeetingHarness, type MeetingHarness } from './support/meetingHarness';

describe('a referent who closes the side panel right after typing', () => {
  let harness: MeetingHarness;
  let seeded: MeetingFile;

  beforeAll(async () => {
    harness = await startMeetingHarness();
    seeded = await seedNoticeSentMeeting(harness);
  }, 300_000);

  afterAll(async () => {
    await harness?.close();
  });

  it('sends her konklusjon as the page goes: the møteleder reads it in SharePoint with his own token', async () => {
    const context = await harness.newContext();
    signInPopups(context, () => PEOPLE.referent);
    const openPanel = async () => {
      const page: Page = await context.newPage();
      await page.goto(simulatorUrl(harness, { user: 'referent', meeting: seeded.meeting.id }));
      return { page, panel: page.frameLocator('[data-testid=sim-side-panel-frame]') };
    };
    // The meeting is started on sak 2026-04, and that window closed with nothing left to save.
    const started = await openPanel();
    await started.panel.getByTestId('start-meeting').click({ timeout: 60_000 });
    await expect.poll(() => started.panel.getByTestId('meeting-status').textContent(), { timeout: 30_000 }).toBe('Møtet pågår');
    await started.panel.getByTestId('agenda-item-2026-04').click();
    await started.panel.getByTestId('set-current').click();
    await expect.poll(() => started.panel.getByTestId('save-state').getAttribute('data-state'), { timeout: 15_000 }).toBe('saved');
    await started.page.close();

    // She opens the panel again (a new window, on the active sak: nothing saved from it yet), writes the sak's
    // konklusjon in one go (no pause between letters) and the window closes at once: inside the save's 300 ms pause.
    const { page, panel } = await openPanel();
    const point = 'Partnerskapsmøtet tar orienteringen til etterretning.';
    const conclusion = panel.getByTestId('conclusion');
    await conclusion.getByRole('button', { name: 'Legg til punkt' }).click({ timeout: 60_000 });
    await conclusion.getByRole('textbox', { name: 'Punkt 1' }).fill(point);
    await page.close();

    // Nobody opens the panel again: the møteleder (another reader, his own token) reads the sak.
    const read = async () => (await harness.repositoryAs(PEOPLE.chair).getMeeting(seeded.meeting.id))?.value.items.find((item) => item.id === '2026-04')?.conclusion;
    await expect.poll(read, { timeout: 20_000 }).toEqual([point]);
  }, 300_000);
});
