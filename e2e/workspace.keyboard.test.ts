import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { personOption } from './support/committeeWalk';
import { openWorkspace, seedBefore2026, SECRETARY_UPN, startWorkspaceHarness, type WorkspaceHarness } from './support/workspaceHarness';

/** Presses Tab (or Shift+Tab) until the target has focus: how a keyboard user gets there. */
async function tabTo(page: Page, target: Locator, options: { backwards?: boolean; max?: number } = {}): Promise<void> {
  await target.waitFor();
  for (let presses = 0; presses < (options.max ?? 120); presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Could not reach ${target.toString()} with the keyboard`);
}

describe('the secretariat can prepare and send the innkalling with the keyboard alone', () => {
  let harness: WorkspaceHarness;

  beforeAll(async () => {
    harness = await startWorkspaceHarness();
    await seedBefore2026(harness);
  }, 240_000);
  afterAll(async () => harness?.close());

  it('creates the meeting, adds an item with kind, presenter and a conclusion point, reorders and sends — no mouse', async () => {
    const context = await harness.newContext();
    // The walk prepares the June 2026 meeting in May, as the secretariat would: the checks before
    // sending refuse a meeting whose date has passed, and the machine's clock may be past June.
    await context.clock.install({ time: new Date('2026-05-20T08:00:00+02:00') });
    const page = await context.newPage();
    // What the page said, for the failure message if something goes wrong.
    const log: string[] = [];
    page.on('console', (message) => message.type() === 'error' && log.push(message.text().slice(0, 300)));
    page.on('pageerror', (error) => log.push(`pageerror: ${error.message}`));
    page.on('framenavigated', (frame) => frame === page.mainFrame() && log.push(`navigated: ${frame.url().slice(0, 120)}`));
    await openWorkspace(page, harness.appUrl);

    // The skip link is the first stop and jumps to the main content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hopp til innholdet');

    await tabTo(page, page.getByRole('button', { name: 'Nytt møte' }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await tabTo(page, dialog.getByLabel('Dato'));
    // Headless Chromium orders the date segments by its own UI locale (month first); a day equal to
    // the month types the same in either order.
    await page.keyboard.type('06062026');
    expect(await dialog.getByLabel('Dato').inputValue()).toBe('2026-06-06');
    await tabTo(page, dialog.getByRole('button', { name: 'Opprett møtet' }));
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });

    await tabTo(page, page.getByRole('button', { name: 'Legg til sak' }));
    await page.keyboard.press('Enter');
    const title = page.getByRole('textbox', { name: 'Tittel' });
    await tabTo(page, title, { backwards: true, max: 200 });
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Mål- og strategiplan for helsefellesskapet');
    await tabTo(page, page.getByRole('checkbox', { name: 'Orientering' }));
    await page.keyboard.press('Space');
    await tabTo(page, page.getByRole('combobox', { name: 'Ansvar (presenterer)' }));
    await page.keyboard.type('Kristin');
    await personOption(page, 'Kristin Liset').waitFor();
    // The directory's hit is the active option as she types (the picker's «Legg til «Kristin»» comes after it): Enter takes it.
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('button', { name: 'Legg til punkt' }));
    await page.keyboard.press('Enter');
    await page.keyboard.type('Presentasjonen tas til orientering.');
    await tabTo(page, page.getByRole('button', { name: 'Lukk', exact: true }));
    await page.keyboard.press('Enter');

    // Move the new item above the Referatsak with "Flytt opp".
    await tabTo(page, page.getByRole('button', { name: /Flytt 2026\.03 Mål- og strategiplan.* opp/ }), { backwards: true });
    await page.keyboard.press('Enter');
    const agenda = page.getByRole('list', { name: 'Saksliste' });
    await expect.poll(() => agenda.innerText()).toMatch(/2026\.02[\s\S]*Mål- og strategiplan[\s\S]*2026\.03[\s\S]*Referat fra/);

    // And back down with the drag handle, keyboard style: Space to pick up, arrow, Space to drop. Each key waits for
    // what the one before did (not 150 ms: on a loaded machine an arrow pressed before the pick-up is lost):
    // picked up, the handle is pressed; moved, its row is shifted down a place.
    const handle = page.getByRole('button', { name: /Dra for å flytte 2026\.02 Mål- og strategiplan/ });
    const dragged = agenda.locator('li[data-item-id]', { has: handle });
    await tabTo(page, handle, { backwards: true });
    await page.keyboard.press('Space');
    await expect.poll(() => handle.getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => dragged.evaluate((row) => row.style.transform)).toMatch(/translate3d\(-?[\d.]+px, [1-9][\d.]*px/);
    await page.keyboard.press('Space');
    await expect.poll(() => agenda.innerText()).toMatch(/2026\.02[\s\S]*Referat fra[\s\S]*2026\.03[\s\S]*Mål- og strategiplan/);
    await expect.poll(() => page.locator('[data-save-state]').getAttribute('data-save-state'), { timeout: 15_000 }).toBe('saved');

    await tabTo(page, page.getByRole('button', { name: 'Send innkalling' }));
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('alertdialog');
    await tabTo(page, confirm.getByRole('button', { name: 'Send', exact: true }));
    await page.keyboard.press('Enter');
    await confirm.waitFor({ state: 'detached', timeout: 60_000 });
    await expect
      .poll(() => page.getByRole('article').locator('[data-meeting-status]').getAttribute('data-meeting-status'), { message: `page log: ${log.join(' || ')}`, timeout: 30_000 })
      .toBe('noticeSent');

    const repository = harness.repositoryAs(SECRETARY_UPN);
    const committee = (await repository.listCommittees())[0]?.value;
    if (!committee) throw new Error('no committee');
    const stored = (await repository.listMeetings(committee.id)).find((entry) => entry.value.date === '2026-06-06')?.value;
    expect(stored?.status).toBe('noticeSent');
    const item = stored?.items.find((candidate) => candidate.title === 'Mål- og strategiplan for helsefellesskapet');
    expect(item).toMatchObject({ caseNumber: '2026.03', kinds: ['Orientering'], proposedConclusion: ['Presentasjonen tas til orientering.'] });
    expect(item?.presenters.map((person) => person.name)).toEqual(['Kristin Liset']);
    await context.close();
  }, 240_000);
});
