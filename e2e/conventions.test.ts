// A committee with conventions of its own in the browser, in bokmål and nynorsk: the nynorsk
// kommunestyre of fixtures/committees (PS numbering, Vedtak, Innstilling, Protokoll, a protokoll
// that is signed). The workspace's editors for those conventions (committee settings, the row kind
// of a sak, orienteringer bundled under a sak), and the side panel and the stage showing them;
// axe clean in each language.
import * as v from 'valibot';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parseMeetingFile } from '../src/domain/meetingFile';
import { AgendaItemSchema, type Meeting, type MeetingFile } from '../src/domain/model';
import { openSignedIn } from './support/appHarness';
import { seriousAxeViolations } from './support/axe';
import { openWorkspace, ROOT, screenshotPath, SECRETARY_UPN, startWorkspaceHarness, type WorkspaceHarness } from './support/workspaceHarness';

const LANGUAGES = [
  { locale: 'nb-NO', agenda: 'Saksliste', settings: 'Innstillinger for møteorganet', form: /Innstillinger for/, numbers: /PS \d+\/24/, format: 'PS {N}/{YY}', example: 'Eksempel: PS', conclusionLabel: 'Det møtet kommer fram til heter', kinds: 'Sakstype 1 på nynorsk', subItems: 'Orienteringer i saken', addSubItem: 'Legg til orientering', heading: 'Overskrift', sideSubItems: 'Orienteringer' },
  // By then the bokmål run has changed the format to "Sak {NN}-{YY}" and edited the draft, which renumbered it.
  { locale: 'nn-NO', agenda: 'Sakliste', settings: 'Innstillingar for møteorganet', form: /Innstillingar for/, numbers: /Sak \d\d-24/, format: 'Sak {NN}-{YY}', example: 'Døme: Sak', conclusionLabel: 'Det møtet kjem fram til heiter', kinds: 'Sakstype 1 på nynorsk', subItems: 'Orienteringar i saka', addSubItem: 'Legg til orientering', heading: 'Overskrift', sideSubItems: 'Orienteringar' },
] as const;

async function blockingViolations(page: Page): Promise<string[]> {
  const { violations } = await seriousAxeViolations(page);
  return violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => `${node.html.slice(0, 160)} ${node.failureSummary ?? ''}`).slice(0, 4).join(' | ')}`);
}

function kommunestyre(): MeetingFile {
  return parseMeetingFile(JSON.parse(readFileSync(path.join(ROOT, 'fixtures/committees/domevik-kommunestyre-2024.json'), 'utf8')));
}

/**
 * The held meeting as it was during PS 14/24. The two orienteringer under PS 14/24 and the
 * heading row are the test's own (the fixture has neither): what is checked is that they show.
 */
function duringTheMeeting(file: MeetingFile): Meeting {
  const director = file.committee.members.find((member) => member.role === 'administration');
  const heading = v.parse(AgendaItemSchema, { id: 'heading', caseNumber: null, row: 'heading', kinds: [], title: 'Saker til handsaming', summary: [], proposedConclusion: [], presenters: [], attachments: [] });
  const items = file.meeting.items.map((item) =>
    item.id === 'ps14'
      ? {
          ...item,
          subItems: [
            { id: 'sub-a', title: 'Økonomi i årsmeldinga', presenters: director ? [{ name: director.name }] : [], summary: [], attachmentIds: [] },
            { id: 'sub-b', title: 'Tenester i årsmeldinga', presenters: [], summary: [], attachmentIds: [] },
          ],
        }
      : item,
  );
  return { ...file.meeting, status: 'inProgress', currentItemId: 'ps14', items: [...items.slice(0, 2), heading, ...items.slice(2)] };
}

describe('a committee with its own conventions, in bokmål and nynorsk', () => {
  let harness: WorkspaceHarness;
  let file: MeetingFile;
  let live: Meeting;
  let draft: Meeting;

  beforeAll(async () => {
    harness = await startWorkspaceHarness();
    file = kommunestyre();
    const repository = harness.repositoryAs(SECRETARY_UPN);
    await repository.ensureProvisioned();
    // The fixture names no secretariat; the settings refuse to save a committee nobody manages, so the
    // tenant's secretary (who saves it here) is its secretariat, as she would be in her own tenant.
    file = { ...file, committee: { ...file.committee, secretariat: [{ name: 'Hilde Kari Maugesten', email: SECRETARY_UPN }] } };
    await repository.saveCommittee(file.committee);
    live = duringTheMeeting(file);
    await repository.saveMeeting(live);
    // The next meeting being prepared: a draft with the same saker, to edit in the workspace.
    draft = { ...file.meeting, id: 'domevik-kst-2024-04-18', date: '2024-04-18', status: 'draft', attendance: [], signatures: [], items: file.meeting.items.map((item) => ({ ...item, id: `next-${item.id}`, conclusion: [], proceedings: [], outcome: 'pending' as const })) };
    await repository.saveMeeting(draft);
  }, 300_000);
  afterAll(async () => harness?.close());

  it('shows and edits the committee’s conventions, row kinds and orienteringer in the workspace, axe clean', async () => {
    const context = await harness.newContext();
    const page = await context.newPage();
    await openWorkspace(page, harness.appUrl, `#meeting=${draft.id}`);
    const problems: string[] = [];
    for (const language of LANGUAGES) {
      await page.goto(`${harness.appUrl}/workspace.html?locale=${language.locale}#meeting=${draft.id}`);
      await page.reload();
      const agenda = page.getByRole('list', { name: language.agenda });
      await expect.poll(async () => language.numbers.test(await agenda.innerText()), { timeout: 60_000 }).toBe(true);

      // Committee settings: the format, the wording in the committee's målform, its sakstyper.
      await page.getByRole('button', { name: language.settings }).click();
      const settings = page.getByRole('form', { name: language.form });
      await settings.waitFor();
      expect(await settings.getByLabel('Saksnummerformat').inputValue()).toBe(language.format);
      expect(await settings.getByText(language.example).count()).toBeGreaterThan(0);
      expect(await settings.getByRole('combobox', { name: language.conclusionLabel }).innerText()).toContain('Vedtak');
      expect(await settings.getByLabel(language.kinds).inputValue()).not.toBe('');
      await page.waitForTimeout(300);
      problems.push(...(await blockingViolations(page)).map((p) => `${language.locale}/settings: ${p}`));
      await page.screenshot({ path: screenshotPath(`conventions-settings-${language.locale}.png`), fullPage: true });
      if (language.locale === 'nb-NO') {
        await settings.getByLabel('Saksnummerformat').fill('Sak {NN}-{YY}');
        expect(await settings.getByText(/Eksempel: Sak \d\d-\d\d/).count()).toBeGreaterThan(0);
        await settings.getByRole('button', { name: 'Lagre innstillingene' }).click();
        await expect.poll(async () => (await harness.repositoryAs(SECRETARY_UPN).listCommittees()).find((c) => c.value.id === file.committee.id)?.value.caseNumberFormat, { timeout: 20_000 }).toBe('Sak {NN}-{YY}');
      }
      await page.goto(`${harness.appUrl}/workspace.html?locale=${language.locale}#meeting=${draft.id}`);
      await page.reload();
      await agenda.waitFor({ timeout: 60_000 });

      // The row kind: PS 11 becomes a heading without a number; the orienteringer of the last sak.
      const row = page.locator(`li[data-item-id="next-ps${language.locale === 'nb-NO' ? '11' : '13'}"]`);
      await row.getByRole('button', { name: /^Rediger/ }).click();
      await row.getByRole('radio', { name: language.heading }).check();
      await expect.poll(async () => (await row.innerText()).split('\n')[0]?.trim() ?? '', { timeout: 10_000 }).not.toMatch(/\d/);
      await row.getByRole('button', { name: /^Lukk|^Close/ }).first().click();
      const last = page.locator('li[data-item-id="next-ps14"]');
      await last.getByRole('button', { name: /^Rediger/ }).click();
      await last.getByRole('heading', { name: language.subItems }).waitFor({ timeout: 30_000 });
      await last.getByRole('button', { name: language.addSubItem }).click();
      await last.getByRole('region', { name: language.subItems }).getByRole('textbox', { name: /Tittel/ }).last().fill(`Orientering ${language.locale}`);
      if (language.locale === 'nb-NO') {
        // A nested list typed with the keyboard alone: "- " starts a bullet list, Tab indents a point, Shift+Tab brings it back.
        const summary = last.getByRole('textbox', { name: 'Sammendrag' });
        await summary.click({ timeout: 30_000 });
        await page.keyboard.type('- Økonomi');
        await page.keyboard.press('Enter');
        await page.keyboard.type('driftsresultat');
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        await page.keyboard.type('Tenester');
        await page.keyboard.press('Shift+Tab');
        await expect
          .poll(async () => JSON.stringify((await harness.repositoryAs(SECRETARY_UPN).getMeeting(draft.id))?.value.items.find((i) => i.id === 'next-ps14')?.summary), { timeout: 20_000 })
          .toBe(JSON.stringify([{ type: 'bulletList', items: [{ content: [{ text: 'Økonomi' }], list: { type: 'bulletList', items: [[{ text: 'driftsresultat' }]] } }, [{ text: 'Tenester' }]] }]));
      }
      await page.waitForTimeout(300);
      problems.push(...(await blockingViolations(page)).map((p) => `${language.locale}/sak: ${p}`));
      await page.screenshot({ path: screenshotPath(`conventions-item-${language.locale}.png`), fullPage: true });
      await last.getByRole('button', { name: /^Lukk|^Close/ }).first().click();
    }
    expect(problems).toEqual([]);
    await expect
      .poll(async () => {
        const stored = (await harness.repositoryAs(SECRETARY_UPN).getMeeting(draft.id))?.value;
        return stored ? [stored.items.find((i) => i.id === 'next-ps11')?.row, stored.items.find((i) => i.id === 'next-ps13')?.row, stored.items.find((i) => i.id === 'next-ps14')?.subItems.map((s) => s.title)] : [];
      }, { timeout: 20_000 })
      .toEqual(['heading', 'heading', ['Orientering nb-NO', 'Orientering nn-NO']]);
    await context.close();
  }, 400_000);

  it('shows PS numbers, Innstilling and Vedtak, the heading row and the orienteringer in the side panel and on the stage, axe clean', async () => {
    const context = await harness.newContext();
    const problems: string[] = [];
    for (const language of LANGUAGES) {
      // A tab of its own per language: a reloaded tab reopens on the sak she had open there (useOpenSak), this one on the active sak.
      const page = await context.newPage();
      await page.setViewportSize({ width: 320, height: 900 });
      const side = new URL('/sidepanel.html', harness.appUrl);
      side.search = new URLSearchParams({ meeting: live.id, upn: SECRETARY_UPN, locale: language.locale }).toString();
      // The meeting runs at PS 14/24: her panel opens on that sak; the saksliste is «Tilbake til sakslisten» away.
      await openSignedIn(page, side.href, page.getByTestId('item-recorder'));
      const subItems = page.getByRole('list', { name: language.sideSubItems });
      await subItems.waitFor({ timeout: 60_000 });
      expect(await subItems.getByRole('listitem').allInnerTexts()).toEqual(['Økonomi i årsmeldinga – Hallvard Kommunedirektør', 'Tenester i årsmeldinga']);
      problems.push(...(await blockingViolations(page)).map((p) => `${language.locale}/side panel PS 14: ${p}`));
      await page.screenshot({ path: screenshotPath(`conventions-side-panel-${language.locale}.png`), fullPage: true });
      await page.getByRole('button', { name: /^Tilbake/ }).click();
      const list = page.getByTestId('agenda-list');
      await list.waitFor({ timeout: 30_000 });
      const agendaText = await list.innerText();
      expect(agendaText).toContain('PS 12/24');
      expect(agendaText).toContain('Saker til handsaming');
      problems.push(...(await blockingViolations(page)).map((p) => `${language.locale}/side panel agenda: ${p}`));
      await page.getByTestId('agenda-item-ps12').click();
      await page.getByRole('heading', { name: 'Innstilling' }).waitFor({ timeout: 30_000 });
      problems.push(...(await blockingViolations(page)).map((p) => `${language.locale}/side panel PS 12: ${p}`));

      await page.setViewportSize({ width: 1280, height: 720 });
      const stage = new URL('/stage.html', harness.appUrl);
      stage.search = new URLSearchParams({ meeting: live.id, locale: language.locale }).toString();
      await openSignedIn(page, stage.href, page.getByTestId('stage-title'));
      await page.getByTestId('stage-title').waitFor({ timeout: 60_000 });
      expect(await page.getByTestId('stage-number').innerText()).toBe('PS 14/24');
      expect(await page.getByTestId('stage-conclusion').getByRole('heading').innerText()).toBe('Vedtak');
      expect(await page.getByTestId('sub-items').getByRole('listitem').allInnerTexts()).toEqual(['Økonomi i årsmeldinga – Hallvard Kommunedirektør', 'Tenester i årsmeldinga']);
      expect(await page.getByRole('complementary').innerText()).toContain('Saker til handsaming');
      problems.push(...(await blockingViolations(page)).map((p) => `${language.locale}/stage: ${p}`));
      await page.screenshot({ path: screenshotPath(`conventions-stage-${language.locale}.png`) });
      await page.close();
    }
    expect(problems).toEqual([]);
    await context.close();
  }, 400_000);
});
