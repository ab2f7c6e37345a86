import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './support/axe';
import type { Page } from 'playwright-core';
import { TEAMS_THEMES } from '../tools/teamsThemeCss.mjs';
import { openWorkspace, screenshotPath, seedBefore2026, SECRETARY_UPN, startWorkspaceHarness, fixture, type WorkspaceHarness } from './support/workspaceHarness';

/**
 * Boxes (viewport coordinates) of the facts card's rows and its "Endre møtet" button that the
 * save-state indicator overlaps; the facts card is scrolled to the top of the viewport first, where
 * a sticky header would slide over it.
 */
async function factsCoveredBySaveState(page: Page): Promise<string[]> {
  const facts = page.getByRole('article').locator('dl');
  await facts.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  return page.evaluate(() => {
    const indicator = document.querySelector('[data-save-state]')?.getBoundingClientRect();
    if (!indicator) throw new Error('no save-state indicator');
    const article = document.querySelector('article');
    const targets = [...(article?.querySelectorAll('dl > dt, dl > dd') ?? []), ...[...(article?.querySelectorAll('button') ?? [])].filter((button) => button.textContent === 'Endre møtet')];
    if (targets.length < 4) throw new Error('facts card not found');
    return targets
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.left < indicator.right && indicator.left < box.right && box.top < indicator.bottom && indicator.top < box.bottom;
      })
      .map((element) => element.textContent ?? '');
  });
}

/** axe-core on the workspace with a meeting and an item editor open, in each Teams theme. */
describe('the workspace is accessible in every Teams theme', () => {
  let harness: WorkspaceHarness;
  let meetingId: string;

  beforeAll(async () => {
    harness = await startWorkspaceHarness();
    const { committee } = await seedBefore2026(harness);
    const meeting = { ...fixture('pm-2026').meeting, committeeId: committee.id };
    await harness.repositoryAs(SECRETARY_UPN).saveMeeting(meeting);
    meetingId = meeting.id;
  }, 240_000);
  afterAll(async () => harness?.close());

  for (const theme of ['default', 'dark', 'contrast'] as const) {
    it(`keeps the save state clear of the meeting facts at 1280 px and 320 px in the ${theme} theme`, async () => {
      const context = await harness.newContext();
      const page = await context.newPage();
      await openWorkspace(page, harness.appUrl, `?theme=${theme}#meeting=${meetingId}`);
      await page.getByRole('list', { name: 'Saksliste' }).waitFor();
      expect(await factsCoveredBySaveState(page)).toEqual([]);
      await page.setViewportSize({ width: 320, height: 640 });
      await page.waitForTimeout(200);
      expect(await factsCoveredBySaveState(page)).toEqual([]);
      // Reflow (WCAG 1.4.10): nothing makes the page scroll sideways at 320 px.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      if (theme === 'default') {
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: screenshotPath('workspace-320.png'), fullPage: true });
      }
      await context.close();
    }, 120_000);

    it(`gives Fluent's dialog, mounted in a portal, the ${theme} theme's colours from the page's theme sheet`, async () => {
      const context = await harness.newContext();
      const page = await context.newPage();
      await openWorkspace(page, harness.appUrl, `?theme=${theme}#meeting=${meetingId}`);
      await page.getByRole('list', { name: 'Saksliste' }).waitFor();
      await page.getByRole('button', { name: 'Nytt møte' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Dato').waitFor();
      const colours = await dialog.evaluate(
        (element, expected) => {
          const resolve = (value: string) => {
            const probe = document.createElement('div');
            probe.style.color = value;
            document.body.append(probe);
            const colour = getComputedStyle(probe).color;
            probe.remove();
            return colour;
          };
          return {
            inPortal: element.closest('[data-portal-node]') !== null,
            surface: getComputedStyle(element).backgroundColor,
            text: getComputedStyle(element).color,
            expected: { surface: resolve(expected.surface), text: resolve(expected.text) },
          };
        },
        { surface: TEAMS_THEMES[theme].colorNeutralBackground1, text: TEAMS_THEMES[theme].colorNeutralForeground1 },
      );
      await page.screenshot({ path: screenshotPath(`workspace-${theme}-dialog.png`) });
      expect(colours.inPortal).toBe(true);
      expect({ surface: colours.surface, text: colours.text }).toEqual(colours.expected);
      await context.close();
    }, 120_000);

    it(`has no serious or critical axe violations in the ${theme} theme`, async () => {
      const context = await harness.newContext();
      const page = await context.newPage();
      await openWorkspace(page, harness.appUrl, `?theme=${theme}#meeting=${meetingId}`);
      await page.getByRole('list', { name: 'Saksliste' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('nb');
      await page.getByRole('button', { name: /Rediger 2026\.03/ }).click();
      await page.getByRole('textbox', { name: 'Tittel' }).waitFor();
      await page.waitForTimeout(300);
      const { violations } = await seriousAxeViolations(page);
      const blocking = violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => `${node.html.slice(0, 200)} ${node.failureSummary ?? ''}`).slice(0, 5).join(' | ')}`);
      await page.screenshot({ path: screenshotPath(`workspace-${theme}.png`), fullPage: true });
      expect(blocking).toEqual([]);
      await context.close();
    }, 120_000);
  }

  it('names the missing secretariat on its field when a new committee is saved without one (its creator removed), linked to the input, with no serious axe violations', async () => {
    const context = await harness.newContext();
    const page = await context.newPage();
    await openWorkspace(page, harness.appUrl);
    await page.getByRole('button', { name: 'Innstillinger for møteorganet' }).click();
    await page.getByRole('button', { name: 'Nytt møteorgan' }).click();
    // It starts with whoever creates it in «Sekretariat»; they can be removed like anyone else (their tag: «Fjern …»).
    const creator = page.getByRole('option', { name: /^Fjern Hilde Kari Maugesten/ });
    await creator.click();
    await expect.poll(() => creator.count()).toBe(0);
    await page.getByRole('textbox', { name: /Navn på møteorganet/ }).fill('Styret i Sykehuset Nordfjell HF');
    await page.getByRole('textbox', { name: /Kortnavn/ }).fill('SN');
    await page.getByRole('button', { name: 'Opprett møteorganet' }).click();
    const secretariat = page.getByRole('combobox', { name: 'Sekretariat (kan endre alt og rette tilgangene på SharePoint)' });
    await expect.poll(() => secretariat.getAttribute('aria-invalid')).toBe('true');
    const description = await secretariat.evaluate((input) => (input.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '));
    expect(description).toContain('Legg til minst én person med e-postadresse under «Sekretariat».');
    // Nothing typed is lost.
    expect(await page.getByRole('textbox', { name: /Navn på møteorganet/ }).inputValue()).toBe('Styret i Sykehuset Nordfjell HF');
    const { violations } = await seriousAxeViolations(page);
    expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html.slice(0, 200)).slice(0, 5).join(' | ')}`)).toEqual([]);
    await context.close();
  }, 120_000);
});
