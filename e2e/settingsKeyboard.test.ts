import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { seriousAxeViolations } from './support/axe';
import { fixture, openWorkspace, screenshotPath, SECRETARY_UPN, startWorkspaceHarness, type WorkspaceHarness } from './support/workspaceHarness';

/**
 * A new secretary sets up an eldreråd (not the seeds' committee) in the committee settings by keyboard only, in each
 * Teams theme: every control used is reached by Tab from the one before (`tabTo`, so the focus order is the form's),
 * and a save held back by a mistyped number and a sakstype without its nynorsk name puts the keyboard on the first bad
 * field and says in the live region how many and which. axe on each state.
 */

/** Presses Tab until `target` has the focus; fails when it is not reached (a control the keyboard cannot get to). */
async function tabTo(page: Page, target: Locator, most = 250): Promise<void> {
  const handle = await target.elementHandle({ timeout: 20_000 });
  for (let presses = 0; presses < most; presses += 1) {
    if (await page.evaluate((element) => document.activeElement === element, handle)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`not reached by Tab: ${await target.evaluate((element) => element.outerHTML.slice(0, 200))}`);
}

/** Fluent's Dropdown by keyboard: opened with Enter, then `toOption`. */
async function chooseByKeyboard(page: Page, combobox: Locator, option: RegExp): Promise<void> {
  await page.keyboard.press('Enter');
  await toOption(page, combobox, option);
}

/** In an open list: ArrowDown until the option is the active one (`aria-activedescendant`), Enter. */
async function toOption(page: Page, combobox: Locator, option: RegExp): Promise<void> {
  for (let presses = 0; presses < 40; presses += 1) {
    const active = await combobox.evaluate((element) => document.getElementById(element.getAttribute('aria-activedescendant') ?? '')?.textContent ?? '');
    if (option.test(active)) {
      await page.keyboard.press('Enter');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no option ${option}`);
}

/** The label of the focused control (what a screen reader says first). */
const focusedLabel = (page: Page) => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent ?? '');

const violationsOf = async (page: Page) => (await seriousAxeViolations(page)).violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);

const COMMITTEES = {
  default: { name: 'Eldrerådet i Fjordvik', shortName: 'ER' },
  dark: { name: 'Ungdomsrådet i Fjordvik', shortName: 'UR' },
  contrast: { name: 'Rådet for personar med funksjonsnedsetjing', shortName: 'RPF' },
} as const;

describe('a new secretary sets up a råd in the committee settings by keyboard', () => {
  let harness: WorkspaceHarness;

  beforeAll(async () => {
    harness = await startWorkspaceHarness();
    const repository = harness.repositoryAs(SECRETARY_UPN);
    await repository.ensureProvisioned();
    await repository.saveCommittee(fixture('pm-2026').committee);
  }, 300_000);
  afterAll(async () => harness?.close());

  for (const theme of ['default', 'dark', 'contrast'] as const) {
    it(`by Tab, arrows and Enter in the ${theme} theme: a held-back save puts the focus on the first bad field and says which`, async () => {
      const { name, shortName } = COMMITTEES[theme];
      const context = await harness.newContext();
      const page = await context.newPage();
      await openWorkspace(page, harness.appUrl, `?theme=${theme}`);
      await tabTo(page, page.getByRole('button', { name: 'Innstillinger for møteorganet' }));
      await page.keyboard.press('Enter');
      await tabTo(page, page.getByRole('button', { name: 'Nytt møteorgan' }));
      await page.keyboard.press('Enter');
      const form = page.getByRole('form', { name: 'Nytt møteorgan' });

      const preset = form.getByRole('combobox', { name: 'Start fra en mal' });
      await tabTo(page, preset);
      await chooseByKeyboard(page, preset, /^Råd \(eldreråd/);
      await tabTo(page, form.getByLabel('Navn på møteorganet'));
      await page.keyboard.type(name);
      await page.keyboard.press('Tab');
      await page.keyboard.type(shortName);
      // Målform: the radio group is one Tab stop, the arrows choose.
      await tabTo(page, form.getByRole('radio', { name: 'Bokmål' }));
      await page.keyboard.press('ArrowRight');
      expect(await form.getByRole('radio', { name: 'Nynorsk' }).isChecked()).toBe(true);

      // Members with an account, from the directory: typed, ArrowDown, Enter.
      const members = form.getByRole('combobox', { name: /^Faste medlemmer/ });
      for (const [typed, person] of [['Renate', 'Renate Solstad'], ['Andreas', 'Andreas Aass-Engstrøm']] as const) {
        await tabTo(page, members);
        await page.keyboard.type(typed);
        await page.getByRole('option', { name: new RegExp(`^${person}`) }).first().waitFor({ timeout: 20_000 });
        // The option's text begins with the avatar's initials: the name is looked for anywhere in it.
        await toOption(page, members, new RegExp(person));
        await expect.poll(() => form.getByText(person, { exact: true }).count()).toBeGreaterThan(0);
      }
      // A member without an account, typed by hand, and made Renate's personal vara.
      await tabTo(page, form.getByLabel('Navn på medlemmet'));
      await page.keyboard.type('Kari Nordmann');
      await page.keyboard.press('Tab');
      await page.keyboard.type('kari.nordmann@fjordvik.no');
      await tabTo(page, form.getByRole('button', { name: 'Legg til medlem' }));
      await page.keyboard.press('Enter');
      const role = form.getByLabel('Rolle for Kari Nordmann');
      await tabTo(page, role);
      await page.keyboard.type('Varamedlem');
      await expect.poll(() => role.evaluate((element: HTMLSelectElement) => element.selectedOptions[0]?.textContent)).toBe('Varamedlem');
      const deputyFor = form.getByLabel('Kari Nordmann er personlig vara for');
      await tabTo(page, deputyFor);
      await page.keyboard.type('Renate');
      await expect.poll(() => deputyFor.evaluate((element: HTMLSelectElement) => element.selectedOptions[0]?.textContent)).toBe('Renate Solstad');
      expect(await violationsOf(page)).toEqual([]);

      // A mistyped notice period and a sakstype without its nynorsk name: the save is held back.
      await tabTo(page, form.getByLabel(/^Innkallingsfrist i dager/));
      await page.keyboard.type('to uker');
      await tabTo(page, form.getByRole('button', { name: 'Legg til sakstype' }));
      await page.keyboard.press('Enter');
      // The focus goes to the new row's bokmål name.
      expect(await focusedLabel(page)).toMatch(/^Sakstype \d+ på bokmål$/);
      const kind = (await focusedLabel(page)).match(/\d+/)?.[0];
      await page.keyboard.type('Høyringssak');
      await tabTo(page, form.getByRole('button', { name: 'Opprett møteorganet' }));
      await page.keyboard.press('Enter');
      await expect.poll(() => focusedLabel(page)).toMatch(/^Innkallingsfrist i dager/);
      const summary = form.locator('[data-held-back-summary]');
      await expect.poll(() => summary.innerText()).toBe(
        `Innstillingene er ikke lagret. 2 felt må rettes: «Innkallingsfrist i dager før møtet (tomt: ingen frist)», «Sakstype ${kind} på nynorsk». Markøren står i det første.`,
      );
      const nynorsk = form.getByLabel(`Sakstype ${kind} på nynorsk`);
      expect(await nynorsk.getAttribute('aria-invalid')).toBe('true');
      expect(await violationsOf(page)).toEqual([]);
      await page.screenshot({ path: screenshotPath(`settings-held-back-${theme}.png`), fullPage: true });

      // Put right where the focus is, then the nynorsk name; saved.
      await page.keyboard.press('Control+A');
      await page.keyboard.type('14');
      await tabTo(page, nynorsk);
      await page.keyboard.type('Høyringssak');
      await tabTo(page, form.getByRole('button', { name: 'Opprett møteorganet' }));
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: `Innstillinger for ${name}` }).waitFor({ timeout: 30_000 });
      const created = (await harness.repositoryAs(SECRETARY_UPN).listCommittees()).find((entry) => entry.value.name === name)?.value;
      expect(created?.languageForm).toBe('nn');
      expect(created?.members.map((member) => member.name)).toEqual(['Renate Solstad', 'Andreas Aass-Engstrøm', 'Kari Nordmann']);
      expect(created?.members.find((member) => member.name === 'Kari Nordmann')).toMatchObject({ role: 'deputy', deputyFor: expect.stringMatching(/renate/i) });
      expect(created?.conventions?.noticeDays).toBe(14);
      expect(created?.conventions?.itemKinds.at(-1)).toMatchObject({ nb: 'Høyringssak', nn: 'Høyringssak' });
      expect(await violationsOf(page)).toEqual([]);

      // Reopened: what was saved is what the form shows.
      await openWorkspace(page, harness.appUrl, `?theme=${theme}&committee=${created?.id ?? ''}`);
      await tabTo(page, page.getByRole('button', { name: 'Innstillinger for møteorganet' }));
      await page.keyboard.press('Enter');
      const reopened = page.getByRole('form', { name: `Innstillinger for ${name}` });
      expect(await reopened.getByLabel('Navn på møteorganet').inputValue()).toBe(name);
      expect(await reopened.getByRole('radio', { name: 'Nynorsk' }).isChecked()).toBe(true);
      expect(await reopened.getByLabel(/^Innkallingsfrist i dager/).inputValue()).toBe('14');
      expect(await violationsOf(page)).toEqual([]);
      await context.close();
    }, 300_000);
  }
});
