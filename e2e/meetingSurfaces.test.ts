// The side panel and the stage as surfaces: no serious or critical axe violation in Teams' default,
// dark and high-contrast themes, the theme follows Teams live, the 320 px side panel holds the long
// pseudo-locale, an English side panel shows no bokmål first (its placeholder too, once Teams has
// answered), and screenshots for the README (see e2e/support/screenshots.ts).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { seriousAxeViolations } from './support/axe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import type { Meeting } from '../src/domain/model';
import { fixture, PEOPLE, signInPopups, simulatorUrl, startMeetingHarness, type MeetingHarness } from './support/meetingHarness';
import { openSignedIn } from './support/appHarness';
import { fetchTrusting } from '../src/graph/testing/nodeTenantAccess';
import { SCREENSHOTS } from './support/screenshots';
import { TEAMS_THEMES } from '../tools/teamsThemeCss.mjs';

const THEMES = ['default', 'dark', 'contrast'] as const;

/** The 2025 meeting in the middle of 2025.03: two items recorded, the third on the stage for 7 minutes. */
function meetingInProgress(): Meeting {
  const { meeting } = fixture('pm-2025');
  const startedAt = new Date(Date.now() - 7 * 60_000).toISOString();
  return {
    ...meeting,
    status: 'inProgress',
    currentItemId: '2025-03',
    itemStartedAt: { '2025-01': startedAt, '2025-02': startedAt, '2025-03': startedAt },
    items: meeting.items.map((item, index) => ({
      ...item,
      plannedMinutes: 15,
      ...(index < 2 ? { outcome: 'treated' as const, conclusion: [...item.proposedConclusion] } : {}),
      ...(item.id === '2025-03'
        ? {
            proceedings: [{ type: 'paragraph' as const, content: [{ text: 'Kommunene ønsker at tilskuddet prioriteres til rekruttering av fastleger.' }] }],
            conclusion: [item.proposedConclusion[0] ?? 'Tatt til orientering.'],
          }
        : {}),
    })),
  };
}

// Also: buttons named by their visible text (WCAG 2.5.3), konklusjon points with the panel's width
// at 320 px, and "Avslutt møtet" asking first. Screenshots only to look at go to an ignored folder
// (Playwright makes it).
const LOOKS = path.resolve('out', 'looks', 'side-panel');

/**
 * The meeting runs, so her panel opens on its active sak (which another test may have moved): another sak is
 * «Tilbake til sakslisten» and its button away.
 */
async function openSak(page: Page, itemId: string): Promise<void> {
  await page.getByRole('button', { name: 'Tilbake til sakslisten' }).click({ timeout: 60_000 });
  await page.getByTestId(`agenda-item-${itemId}`).click();
  await page.getByTestId('item-recorder').waitFor();
}

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await seriousAxeViolations(page);
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/**
 * WCAG 2.5.3 Label in Name: a control's accessible name contains its visible text. axe-core ships
 * this rule as "experimental" (off by default), so it is asked for by name and must be reported as
 * run (it is inapplicable where no control has an aria-label), or the check would pass by never running.
 */
async function labelInNameViolations(page: Page): Promise<string[]> {
  const rule = 'label-content-name-mismatch';
  // runOnly and the rule switch in one options object: AxeBuilder.options() replaces what withRules() set.
  const result = await new AxeBuilder({ page }).options({ runOnly: { type: 'rule', values: [rule] }, rules: { [rule]: { enabled: true } } }).analyze();
  const ran = [...result.passes, ...result.violations, ...result.incomplete, ...result.inapplicable].some((r) => r.id === rule);
  if (!ran) return [`${rule} did not run`];
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} ${n.failureSummary ?? ''}`));
}

describe('side panel and stage as surfaces', () => {
  let harness: MeetingHarness;
  let context: BrowserContext;
  let meeting: Meeting;

  beforeAll(async () => {
    harness = await startMeetingHarness();
    const { committee } = fixture('pm-2025');
    const repository = harness.repositoryAs(PEOPLE.referent);
    await repository.ensureProvisioned();
    await repository.saveCommittee(committee);
    meeting = meetingInProgress();
    await repository.saveMeeting(meeting);
    context = await harness.newContext();
    signInPopups(context, () => PEOPLE.referent);
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 300_000);

  afterAll(async () => {
    await harness?.close();
  });

  const sidePanelPage = (query: Record<string, string>) => {
    const url = new URL('/sidepanel.html', harness.appUrl);
    url.search = new URLSearchParams({ meeting: meeting.id, upn: PEOPLE.referent, ...query }).toString();
    return url.href;
  };
  const stagePage = (query: Record<string, string>) => {
    const url = new URL('/stage.html', harness.appUrl);
    url.search = new URLSearchParams({ meeting: meeting.id, ...query }).toString();
    return url.href;
  };

  it('has no serious or critical axe violation in the side panel (agenda, item, attendance) in every Teams theme', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 900 });
    const problems: string[] = [];
    for (const theme of THEMES) {
      // The meeting runs: her panel opens on its active sak, the saksliste one «Tilbake til sakslisten» away.
      await openSignedIn(page, sidePanelPage({ theme }), page.getByTestId('item-recorder'));
      await page.getByTestId('item-recorder').waitFor({ timeout: 60_000 });
      problems.push(...(await seriousViolations(page)).map((p) => `${theme}/item: ${p}`));
      problems.push(...(await labelInNameViolations(page)).map((p) => `${theme}/item: ${p}`));
      await page.screenshot({ path: path.join(SCREENSHOTS, `side-panel-item-${theme}.png`), fullPage: true });
      await page.getByRole('button', { name: 'Tilbake til sakslisten' }).click();
      await page.getByTestId('agenda-list').waitFor();
      problems.push(...(await seriousViolations(page)).map((p) => `${theme}/agenda: ${p}`));
      problems.push(...(await labelInNameViolations(page)).map((p) => `${theme}/agenda: ${p}`));
      if (theme === 'default') await page.screenshot({ path: path.join(SCREENSHOTS, 'side-panel-agenda.png'), fullPage: true });
      // The keyboard's way to a tab (ui/sidePanel/RecorderTabs.tsx): from the selected one, → and Enter;
      // End, Home and ← (round from the first to the last) move the focus without selecting.
      await page.getByRole('tab', { selected: true }).focus();
      const focusedTab = () => page.evaluate(() => (document.activeElement?.getAttribute('role') === 'tab' ? document.activeElement.textContent : null));
      await page.keyboard.press('End');
      expect(await focusedTab()).toBe('Etter møtet');
      await page.keyboard.press('Home');
      expect(await focusedTab()).toBe('Saksliste');
      await page.keyboard.press('ArrowLeft');
      expect(await focusedTab()).toBe('Etter møtet');
      await page.keyboard.press('Home');
      expect(await page.getByRole('tab', { name: 'Saksliste' }).getAttribute('aria-selected')).toBe('true');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await page.getByTestId('attendance').waitFor();
      expect(await page.getByRole('tab', { name: 'Oppmøte' }).getAttribute('aria-selected')).toBe('true');
      problems.push(...(await seriousViolations(page)).map((p) => `${theme}/attendance: ${p}`));
      // "Avslutt møtet" asks first: the open dialog is checked too.
      await page.getByTestId('end-meeting').click();
      await page.getByTestId('confirm-end-meeting').waitFor();
      problems.push(...(await seriousViolations(page)).map((p) => `${theme}/end dialog: ${p}`));
      problems.push(...(await labelInNameViolations(page)).map((p) => `${theme}/end dialog: ${p}`));
      await page.screenshot({ path: path.join(LOOKS, `end-dialog-${theme}.png`) });
      await page.keyboard.press('Escape');
      await page.getByTestId('confirm-end-meeting').waitFor({ state: 'detached' });
    }
    expect(problems).toEqual([]);
    await page.close();
  }, 240_000);

  it('brings its styles in the page’s style sheet: opening a sak and a lazily loaded dialog inserts no rule at run time, and Fluent’s buttons take each Teams theme’s tokens', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 900 });
    /** What the page's styles are made of, and how a Fluent element looks against its theme's tokens (a probe beside it). */
    const styling = (selector: string) =>
      page.evaluate((selector) => {
        const element = document.querySelector(selector);
        if (!element?.parentElement) throw new Error(`no ${selector}`);
        const probe = document.createElement('div');
        probe.style.backgroundColor = 'var(--colorNeutralBackground1)';
        probe.style.color = 'var(--colorNeutralForeground1)';
        probe.style.borderColor = 'var(--colorNeutralBackground1Hover)';
        element.parentElement.append(probe);
        const [own, token] = [getComputedStyle(element), getComputedStyle(probe)];
        const look = {
          display: own.display,
          radius: own.borderRadius,
          background: own.backgroundColor,
          color: own.color,
          tokenBackground: token.backgroundColor,
          tokenColor: token.color,
          tokenHover: token.borderTopColor,
        };
        probe.remove();
        const griffelRules = [...document.querySelectorAll('style[data-make-styles-bucket]')].reduce(
          (sum, style) => sum + ((style as HTMLStyleElement).sheet?.cssRules.length ?? 0),
          0,
        );
        const sheets = [...document.styleSheets].filter((sheet) => sheet.href).map((sheet) => ({ path: new URL(sheet.href ?? '').pathname, rules: sheet.cssRules.length }));
        return { look, griffelRules, sheets };
      }, selector);
    const backgrounds = new Set<string>();
    for (const theme of THEMES) {
      await openSignedIn(page, sidePanelPage({ theme }), page.getByTestId('item-recorder'));
      await openSak(page, '2025-03');
      const button = await styling('[data-testid=end-meeting]');
      // Griffel inserted nothing: every rule came with the page, in its one sheet.
      expect(button.griffelRules, theme).toBe(0);
      // Beside it the Teams theme's sheets (tools/teamsThemeCss.mjs): light, linked by the page, and the host's theme if
      // another, fetched by the page; one rule each (Fluent's tokens as custom properties on <html>).
      const themeSheet = (name: string) => expect.stringMatching(new RegExp(`^/theme-${name}(\\.[0-9a-f]{8})?\\.css$`));
      expect(button.sheets.map((sheet) => sheet.path), theme).toEqual([
        expect.stringMatching(/^\/sidePanel(\.[0-9a-f]{8})?\.css$/),
        themeSheet('default'),
        ...(theme === 'default' ? [] : [themeSheet(theme)]),
      ]);
      expect(button.sheets[0]?.rules, theme).toBeGreaterThan(500);
      expect(button.sheets.slice(1).map((sheet) => sheet.rules), theme).toEqual(button.sheets.slice(1).map(() => 1));
      // Fluent's Button as Fluent draws it (a native button is inline-block, square, in the UA's colours), in the
      // theme's colours: its inline-flex, blockified as a flex item of the toolbar (a native one would be block).
      expect(button.look.display, theme).toBe('flex');
      expect(button.look.radius, theme).toBe('4px');
      expect(button.look.background, theme).toBe(button.look.tokenBackground);
      expect(button.look.color, theme).toBe(button.look.tokenColor);
      backgrounds.add(button.look.background);
      // :hover comes after the default rules (Griffel's bucket order, kept by the sorted sheet).
      await page.getByTestId('end-meeting').hover();
      await expect.poll(async () => (await styling('[data-testid=end-meeting]')).look.background).toBe(button.look.tokenHover);
      // The confirmation dialog is a chunk fetched on first use: its rules were in the sheet already.
      await page.getByTestId('end-meeting').click();
      await page.getByTestId('confirm-end-meeting').waitFor();
      const dialog = await styling('.fui-DialogSurface');
      expect(dialog.griffelRules, theme).toBe(0);
      expect(dialog.look.background, theme).toBe(dialog.look.tokenBackground);
      expect(dialog.look.radius, theme).toBe('8px');
      await page.keyboard.press('Escape');
      await page.getByTestId('confirm-end-meeting').waitFor({ state: 'detached' });
    }
    // The three themes differ, so the checks above compare real theme colours.
    expect(backgrounds.size).toBe(3);
    await page.close();
  }, 240_000);

  it('has no serious or critical axe violation on the stage in every Teams theme', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    const problems: string[] = [];
    for (const theme of THEMES) {
      await openSignedIn(page, stagePage({ theme }), page.getByTestId('stage-title'));
      await page.getByTestId('stage-title').waitFor({ timeout: 60_000 });
      // The item was started 7 minutes before seeding; minutes have passed since, so at least 7.
      const used = /(\d+) av 15 min/.exec((await page.getByTestId('stage-time').textContent()) ?? '');
      expect(Number(used?.[1])).toBeGreaterThanOrEqual(7);
      // A plain browser has no live channel: the stage reads every 15 s and says so.
      await page.getByTestId('stage-polling').waitFor({ timeout: 30_000 });
      problems.push(...(await seriousViolations(page)).map((p) => `${theme}: ${p}`));
      await page.screenshot({ path: path.join(SCREENSHOTS, `stage-${theme}.png`) });
    }
    expect(problems).toEqual([]);
    await page.close();
  }, 240_000);

  it("holds every face the stage draws unseen in its page, to lay out before Graph's answer is drawn, and React's first render takes them away", async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await openSignedIn(page, stagePage({}), page.getByTestId('stage-title'));
    await page.getByTestId('stage-title').waitFor({ timeout: 60_000 });
    const faces = await page.evaluate(async () => {
      const faceOf = (element: Element) => {
        const style = getComputedStyle(element);
        return `${style.fontFamily} ${style.fontSize} ${style.fontWeight} ${style.fontStyle}`;
      };
      // What the stage shows: each element holding text of its own.
      const drawn = new Set<string>();
      for (const element of Array.from(document.querySelectorAll('[data-testid=stage] *'))) {
        if (Array.from(element.childNodes).some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim())) drawn.add(faceOf(element));
      }
      // The page's own HTML: its unseen faces inside #root (hidden until the screens lay them out), put into this page to read their computed faces.
      const html = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
      const warmUp = html.querySelector('#root > [aria-hidden=true]');
      const stillThere = document.querySelectorAll('#root > [aria-hidden=true]').length;
      const laidOut = new Set<string>();
      if (warmUp) {
        const copy = document.body.appendChild(document.importNode(warmUp, true));
        for (const span of Array.from(copy.children)) laidOut.add(faceOf(span));
        copy.remove();
      }
      return { drawn: [...drawn], laidOut: [...laidOut], stillThere };
    });
    expect(faces.laidOut.length).toBeGreaterThan(0);
    expect(faces.drawn.filter((face) => !faces.laidOut.includes(face))).toEqual([]);
    expect(faces.stillThere).toBe(0);
    await page.close();
  }, 120_000);

  it('keeps the 320 px side panel free of sideways scrolling in the long pseudo-locale', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 900 });
    await openSignedIn(page, sidePanelPage({ locale: 'xx-LS' }), page.getByTestId('item-recorder'));
    await page.getByTestId('item-recorder').waitFor({ timeout: 60_000 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'side-panel-pseudo-locale.png'), fullPage: true });
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  }, 120_000);

  it('speaks English from the first paint: the English catalogues arrive before anything is shown, no bokmål first', async () => {
    const page = await context.newPage();
    // Every text the scripts show, from their first render on (the catalogues of nn and en are chunks
    // of their own). The page's static placeholder before any script has run (page.html) is left out.
    await page.addInitScript(() => {
      const seen = new Set<string>();
      (window as unknown as { seenTexts: Set<string> }).seenTexts = seen;
      new MutationObserver(() => {
        const text = document.body?.innerText;
        if (text && !document.querySelector('.motebok-boot')) seen.add(text);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await openSignedIn(page, sidePanelPage({ locale: 'en-US' }), page.getByTestId('item-recorder'));
    await page.getByTestId('item-recorder').waitFor({ timeout: 60_000 });
    await page.getByRole('tab', { name: 'Agenda' }).waitFor();
    const seen = await page.evaluate(() => [...(window as unknown as { seenTexts: Set<string> }).seenTexts].join('\n'));
    // The scripts' first text is the screen itself (they render once the meeting's request is sent,
    // with the catalogue here): the observer saw it, in English.
    expect(seen).toContain('Agenda');
    for (const bokmål of ['Laster Møtebok …', 'Henter møtet …', 'Saksliste', 'Avslutt møtet']) expect(seen).not.toContain(bokmål);
    await page.close();
  }, 120_000);

  it('gives a konklusjon point the panel\'s width at 320 px and lets it grow with its text, without an inner scroll bar', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 900 });
    await openSignedIn(page, sidePanelPage({}), page.getByTestId('item-recorder'));
    await page.getByTestId('item-recorder').waitFor({ timeout: 60_000 });
    const point = page.getByTestId('conclusion').getByRole('textbox', { name: 'Punkt 1' });
    await point.waitFor();
    const measure = () =>
      point.evaluate((field: HTMLTextAreaElement) => {
        const panel = document.querySelector('[data-testid=side-panel]');
        if (!panel) throw new Error('no side panel');
        const style = getComputedStyle(panel);
        const content = panel.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        const box = field.getBoundingClientRect();
        return { width: box.width, panel: content, height: box.height, scrollHeight: field.scrollHeight, clientHeight: field.clientHeight };
      });
    const before = await measure();
    await page.screenshot({ path: path.join(LOOKS, 'conclusion-320.png'), fullPage: true });
    expect(before.width).toBeGreaterThanOrEqual(0.85 * before.panel);
    expect(before.scrollHeight).toBeLessThanOrEqual(before.clientHeight);

    // A long point, as referents write them: the field grows, every line shows, no word is cut.
    const long = 'Partnerskapsmøtet tar orienteringen om tilskuddsordningen til etterretning og ber sekretariatet legge fram en samlet vurdering av rekruttering av fastleger i kommunene før neste møte.';
    await point.fill(long);
    const after = await measure();
    await page.screenshot({ path: path.join(LOOKS, 'conclusion-320-long.png'), fullPage: true });
    expect(after.width).toBeGreaterThanOrEqual(0.85 * after.panel);
    expect(after.height).toBeGreaterThan(before.height * 2);
    expect(after.scrollHeight).toBeLessThanOrEqual(after.clientHeight);
    // Put the point back as it was, for the tests after this one.
    await point.fill((meeting.items.find((i) => i.id === '2025-03')?.conclusion[0]) ?? '');
    await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state'), { timeout: 15_000 }).toBe('saved');
    await page.close();
  }, 120_000);

  it('asks before ending the meeting: focus moves into the dialog, Escape cancels and gives focus back', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 900 });
    await openSignedIn(page, sidePanelPage({}), page.getByTestId('item-recorder'));
    const end = page.getByTestId('end-meeting');
    await end.click({ timeout: 60_000 });
    const dialog = page.getByRole('alertdialog', { name: 'Avslutte møtet?' });
    await dialog.waitFor();
    // The safe choice has focus; Tab stays inside the dialog.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('confirm-end-meeting-cancel');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[role=alertdialog]') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('end-meeting');
    expect(await page.getByTestId('meeting-status').textContent()).toBe('Møtet pågår');
    expect((await harness.repositoryAs(PEOPLE.referent).getMeeting(meeting.id))?.value.status).toBe('inProgress');
    await page.close();
  }, 120_000);

  it('opens the møtebehandling\'s link form on the first press of «Lenke» (fetched only then): focus in the address, Escape gives it back', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 900 });
    await openSignedIn(page, sidePanelPage({}), page.getByTestId('item-recorder'));
    await page.getByTestId('item-recorder').waitFor({ timeout: 60_000 });
    const link = page.getByTestId('proceedings').getByRole('button', { name: 'Lenke' });
    await link.waitFor({ timeout: 30_000 });
    const linkChunkFetched = () => page.evaluate(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('rich-text-link')));
    expect(await linkChunkFetched()).toBe(false);
    await link.click();
    const form = page.getByRole('dialog');
    await form.waitFor();
    expect(await linkChunkFetched()).toBe(true);
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('url');
    await page.keyboard.press('Escape');
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Lenke');
    // The second press is the popover's own trigger.
    await page.keyboard.press('Enter');
    await form.waitFor();
    await page.keyboard.press('Escape');
    await form.waitFor({ state: 'detached' });
    await page.close();
  }, 120_000);

  it('shows the møtebehandling in the editor\'s box until the editor is here: labelled, focusable, axe clean in every theme, her keys kept; a failed fetch is said and tried again when the connection returns; the editor takes her place without moving the box', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 900 });
    // The editor's chunk (ui/shared/LazyRichTextEditor.tsx) fails while `failing`, then waits for `release`.
    let failing = true;
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/richTextEditor[^/]*\.js$/, async (route) => {
      if (failing) return route.abort('internetdisconnected');
      await released;
      return route.continue();
    });
    const field = page.getByTestId('proceedings');
    const box = field.getByRole('textbox', { name: 'Møtebehandling' });
    const problems: string[] = [];
    for (const theme of THEMES) {
      await openSignedIn(page, sidePanelPage({ theme }), page.getByTestId('item-recorder'));
      await box.waitFor({ timeout: 60_000 });
      expect(await box.getAttribute('aria-busy')).toBe('true');
      expect(await box.textContent()).toBe('Kommunene ønsker at tilskuddet prioriteres til rekruttering av fastleger.');
      problems.push(...(await seriousViolations(page)).map((p) => `${theme}/stand-in: ${p}`));
    }
    expect(problems).toEqual([]);
    // Focused, the box asks for the editor at once: that fetch and its retry fail.
    await box.focus();
    await page.getByRole('alert').filter({ hasText: 'Redigeringsverktøyet kunne ikke lastes' }).waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-busy'))).toBe('true');
    await page.keyboard.type(' Tilskuddet');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Mer');
    const frame = field.locator('label + div');
    // Where the box sits in the page, not in the window: focused, the editor may scroll its caret into view (the box
    // reaches below the fold at 900 px), which moves the window, not the box.
    const placeInPage = () =>
      frame.evaluate((element) => {
        const { top, height } = element.getBoundingClientRect();
        return { top: top + window.scrollY, height };
      });
    const before = await placeInPage();
    // The connection comes back: the chunk is fetched again on its own (loadableView), held here a moment.
    failing = false;
    await context.setOffline(true);
    await context.setOffline(false);
    await page.keyboard.type(' tekst.');
    release();
    const editor = field.locator('.ProseMirror[role=textbox]');
    await editor.waitFor({ timeout: 30_000 });
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('ProseMirror'))).toBe(true);
    await page.keyboard.type(' Slutt.');
    // Two paragraphs (innerText puts a blank line between them): her Enter made the second.
    expect((await editor.innerText()).replace(/\n+/g, '\n')).toBe('Kommunene ønsker at tilskuddet prioriteres til rekruttering av fastleger. Tilskuddet\nMer tekst. Slutt.');
    expect(await placeInPage()).toEqual(before);
    await expect
      .poll(async () => JSON.stringify((await harness.repositoryAs(PEOPLE.referent).getMeeting(meeting.id))?.value.items.find((i) => i.id === '2025-03')?.proceedings), { timeout: 15_000 })
      .toContain('"Mer tekst. Slutt."');
    await page.close();
  }, 240_000);

  it('lets the referent record an item with the keyboard alone', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 900 });
    await openSignedIn(page, sidePanelPage({}), page.getByTestId('item-recorder'));
    await page.getByTestId('item-recorder').waitFor({ timeout: 60_000 });
    /** Presses Tab until the focused element matches (a selector, or a locator), as a keyboard user moves through the panel. */
    const tabTo = async (target: string | Locator) => {
      const here = () =>
        typeof target === 'string'
          ? page.evaluate((s) => document.activeElement?.matches(s) ?? false, target)
          : target.evaluate((element) => element === document.activeElement, undefined, { timeout: 2_000 }).catch(() => false);
      for (let i = 0; i < 80; i += 1) {
        if (await here()) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`Nådde aldri ${String(target)} med Tab`);
    };
    // Her panel opened on the active sak (2025-03): back to the saksliste, where that sak's button has the focus, and on.
    await tabTo(page.getByRole('button', { name: 'Tilbake til sakslisten' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('agenda-item-2025-03');
    await tabTo('[data-testid=agenda-item-2025-04]');
    await page.keyboard.press('Enter');
    await tabTo('[data-testid=set-current]');
    await page.keyboard.press('Enter');
    await tabTo('[data-testid=conclusion] button'); // «Legg til punkt»: the item has no points yet
    await page.keyboard.press('Enter');
    await page.keyboard.type('Statusrapporten tas til orientering.');
    await tabTo('[data-testid=mark-treated]');
    await page.keyboard.press('Enter');
    const repository = harness.repositoryAs(PEOPLE.referent);
    await expect
      .poll(async () => (await repository.getMeeting(meeting.id))?.value.items.find((i) => i.id === '2025-04'), { timeout: 15_000 })
      .toMatchObject({ conclusion: ['Statusrapporten tas til orientering.'], outcome: 'treated' });
    expect((await repository.getMeeting(meeting.id))?.value.currentItemId).toBe('2025-04');
    await page.close();
  }, 120_000);

  it('keeps what is typed while the network is lost, says so, and saves it when the network returns', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 900 });
    await openSignedIn(page, sidePanelPage({}), page.getByTestId('item-recorder'));
    await openSak(page, '2025-05');
    const saveState = () => page.getByTestId('save-state').getAttribute('data-state');
    await expect.poll(saveState).toBe('saved');
    await context.setOffline(true);
    const conclusion = page.getByTestId('conclusion');
    await conclusion.getByRole('button', { name: 'Legg til punkt' }).click();
    await conclusion.getByRole('textbox', { name: 'Punkt 1' }).pressSequentially('Handlingsplanen vedtas som foreslått.');
    await expect.poll(saveState, { timeout: 10_000 }).toBe('offline');
    await page.getByText('Frakoblet – lagret på denne maskinen').waitFor();
    await context.setOffline(false);
    await expect.poll(saveState, { timeout: 15_000 }).toBe('saved');
    const stored = await harness.repositoryAs(PEOPLE.referent).getMeeting(meeting.id);
    expect(stored?.value.items.find((i) => i.id === '2025-05')?.conclusion).toEqual(['Handlingsplanen vedtas som foreslått.']);
    await page.close();
  }, 120_000);

  it('keeps and shows the referent\'s text when someone else changed the same conclusion meanwhile (412)', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 900 });
    await openSignedIn(page, sidePanelPage({}), page.getByTestId('item-recorder'));
    await openSak(page, '2025-06');
    await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state')).toBe('saved');

    // The referent writes while her connection is down, so her text is pending (and the panel's
    // periodic refresh, which only runs with nothing pending, cannot take the other text first).
    await context.setOffline(true);
    const conclusion = page.getByTestId('conclusion');
    await conclusion.getByRole('button', { name: 'Legg til punkt' }).click();
    await conclusion.getByRole('textbox', { name: 'Punkt 1' }).pressSequentially('Referentens tekst.');
    await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state'), { timeout: 10_000 }).toBe('offline');

    // Meanwhile the secretariat corrects the same item from the workspace.
    const other = harness.repositoryAs(PEOPLE.participant);
    const before = await other.getMeeting(meeting.id);
    if (!before) throw new Error('møtet mangler');
    await other.saveMeeting(
      { ...before.value, items: before.value.items.map((i) => (i.id === '2025-06' ? { ...i, conclusion: ['Sekretariatets tekst.'] } : i)) },
      before.version,
    );
    await context.setOffline(false);

    const conflict = page.getByTestId('conflict');
    await conflict.waitFor({ timeout: 10_000 });
    expect(await conflict.textContent()).toContain('Sekretariatets tekst.');
    expect(await conclusion.getByRole('textbox', { name: 'Punkt 1' }).inputValue()).toBe('Referentens tekst.');

    await conflict.getByRole('button', { name: 'Behold min tekst' }).click();
    await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state'), { timeout: 15_000 }).toBe('saved');
    const stored = await other.getMeeting(meeting.id);
    expect(stored?.value.items.find((i) => i.id === '2025-06')?.conclusion).toEqual(['Referentens tekst.']);
    await page.close();
  }, 120_000);

  it('says "Laster …" in the Teams locale\'s language before the screens are here (an English Teams, a bokmål browser)', async () => {
    const page = await context.newPage();
    // Every text the page's placeholder (page.html, `.motebok-boot`) has had, in every frame, from before its scripts run.
    await page.addInitScript(() => {
      const said: string[] = [];
      (window as unknown as { placeholderSaid: string[] }).placeholderSaid = said;
      new MutationObserver(() => {
        const placeholder = document.querySelector('#root .motebok-boot[role="status"]');
        const text = placeholder ? `${placeholder.getAttribute('lang') ?? document.documentElement.lang}: ${placeholder.textContent ?? ''}` : undefined;
        if (text && said.at(-1) !== text) said.push(text);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto(simulatorUrl(harness, { user: 'referent', meeting: meeting.id, locale: 'en-US' }));
    const panel = page.frameLocator('[data-testid=sim-side-panel-frame]');
    await panel.getByRole('tab', { name: 'Agenda' }).waitFor({ timeout: 60_000 });
    const said = await page.frame({ url: /sidepanel\.html/ })?.evaluate(() => (window as unknown as { placeholderSaid: string[] }).placeholderSaid);
    // The HTML's bokmål, the browser's bokmål (nb-NO) until Teams answers, then Teams' English until the screens replace it.
    expect(said?.at(-1)).toBe('en: Loading Møtebok …');
    await page.close();
  }, 120_000);

  it('signs in through Teams (nested app auth) with no window of its own and without MSAL\'s standard application', async () => {
    // A fresh context: no sign-in session in the tenant, no MSAL cache, and no one to answer a popup.
    const fresh = await harness.newContext();
    const page = await fresh.newPage();
    const popups: string[] = [];
    fresh.on('page', (opened) => popups.push(opened.url()));
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(simulatorUrl(harness, { user: 'referent', meeting: meeting.id, nestedAppAuth: true }));
    const panel = page.frameLocator('[data-testid=sim-side-panel-frame]');
    await panel.getByTestId('item-recorder').waitFor({ timeout: 60_000 });
    // The host gave the tokens: the simulator's log shows its broker answering the app's MSAL.
    await page.getByTestId('sim-log').locator('li', { hasText: '"nestedAppAuth":{"requestId"' }).first().waitFor({ state: 'attached', timeout: 30_000 });
    expect(popups).toEqual([]);
    expect(scripts.some((script) => script.includes('msal-nested'))).toBe(true);
    expect(scripts.filter((script) => /\/msal[.-](?!nested)/.test(script))).toEqual([]);
    // The referent's part of the panel, fetched once it knows she records (a member only downloads it, never runs it: e2e/meeting.test.ts).
    expect(scripts.some((script) => script.includes('side-panel-recorder'))).toBe(true);
    await fresh.close();
  }, 120_000);

  it('asks the authority for no OpenID configuration or instance discovery, in Teams (nested app auth) or signing in in a browser (issue 14: cold load)', async () => {
    // The tenant's own request log, from this test alone (Node's seeding, with msal-node, asks for discovery).
    const tenantFetch = fetchTrusting(harness.tenant.info.certificatePath);
    const log = async () => ((await (await tenantFetch(`${harness.tenant.url}/_tenant/requests`)).json()) as { value: { method: string; path: string }[] }).value;
    const discovery = (entries: { path: string }[]) => entries.filter((entry) => /openid-configuration|\/discovery\/instance|\/common\/discovery/.test(entry.path)).map((entry) => entry.path);
    for (const host of ['teams', 'browser'] as const) {
      // A fresh context each: no MSAL cache and no authority metadata cached from before.
      const fresh = await harness.newContext();
      signInPopups(fresh, () => PEOPLE.referent);
      const page = await fresh.newPage();
      await tenantFetch(`${harness.tenant.url}/_tenant/requests`, { method: 'DELETE' });
      if (host === 'teams') {
        await page.goto(simulatorUrl(harness, { user: 'referent', meeting: meeting.id, nestedAppAuth: true }));
        await page.frameLocator('[data-testid=sim-side-panel-frame]').getByTestId('item-recorder').waitFor({ timeout: 60_000 });
      } else {
        await openSignedIn(page, sidePanelPage({}), page.getByTestId('item-recorder'));
      }
      const entries = await log();
      expect(entries.some((entry) => entry.path.includes('/lists/'))).toBe(true);
      // In a browser MSAL did talk to the authority (the popup's code for tokens): only not to discover it.
      if (host === 'browser') expect(entries.map((entry) => `${entry.method} ${entry.path}`)).toContainEqual(expect.stringMatching(/^POST [^?]*\/oauth2\/v2\.0\/token(\?|$)/));
      expect(discovery(entries)).toEqual([]);
      await fresh.close();
    }
  }, 180_000);

  it('re-themes the side panel live when Teams switches theme in the meeting simulator', async () => {
    const page = await context.newPage();
    await page.goto(simulatorUrl(harness, { user: 'referent', meeting: meeting.id }));
    const frame = page.frame({ url: /sidepanel\.html/ });
    const panel = page.frameLocator('[data-testid=sim-side-panel-frame]');
    await panel.getByTestId('item-recorder').waitFor({ timeout: 60_000 });
    const themeOf = async () => (await page.frame({ url: /sidepanel\.html/ })?.evaluate(() => document.documentElement.dataset.theme)) ?? frame?.url();
    expect(await themeOf()).toBe('default');
    // The panel's background as its theme's sheet sets it (tools/teamsThemeCss.mjs), against Fluent's token.
    const background = async (expected: string) =>
      (await page.frame({ url: /sidepanel\.html/ })?.evaluate((token) => {
        const probe = document.createElement('div');
        probe.style.color = token;
        document.body.append(probe);
        const colour = getComputedStyle(probe).color;
        probe.remove();
        const provider = document.querySelector('.fui-FluentProvider');
        return provider ? getComputedStyle(provider).backgroundColor === colour : 'no FluentProvider';
      }, expected)) ?? 'no side panel';
    expect(await background(TEAMS_THEMES.default.colorNeutralBackground1)).toBe(true);
    await page.getByTestId('sim-theme').selectOption('dark');
    await expect.poll(themeOf).toBe('dark');
    expect(await background(TEAMS_THEMES.dark.colorNeutralBackground1)).toBe(true);
    await page.getByTestId('sim-theme').selectOption('contrast');
    await expect.poll(themeOf).toBe('contrast');
    expect(await background(TEAMS_THEMES.contrast.colorNeutralBackground1)).toBe(true);
    await page.getByTestId('sim-theme').selectOption('default');
    await expect.poll(themeOf).toBe('default');
    expect(await background(TEAMS_THEMES.default.colorNeutralBackground1)).toBe(true);
    await panel.getByTestId('share-to-stage').click();
    await page.frameLocator('[data-testid=sim-stage-frame]').getByTestId('stage-title').waitFor({ timeout: 60_000 });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'meeting-simulator.png') });
    await page.close();
  }, 120_000);
});
