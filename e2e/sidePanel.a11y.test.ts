// A tester's walk as the referent of a kommunestyre who works with the keyboard alone (RSI; WCAG 2.1 AA
// binds her employer) in Teams' dark and high-contrast themes, who has never seen Møtebok. Through the side
// panel she marks who came (a member with forfall, her vara called in), marks a member inhabil in one sak,
// starts the meeting, moves through the saker, records the møtebehandling, a proposal from the floor and its
// vote with numbers, writes the vedtak and ends the meeting. Every step by Tab, Enter, Space and the arrow
// keys: where the focus lands after each one (never lost to <body>), that it shows, that the changes she
// cannot see are said (live regions); axe on the side panel and the stage in the three themes, contrast
// included, with screenshots to look at (out/screenshots/side-panel-a11y-*.png).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { parseMeetingFile } from '../src/domain/meetingFile';
import type { Meeting, MeetingFile } from '../src/domain/model';
import { openSignedIn, ROOT } from './support/appHarness';
import { seriousAxeViolations } from './support/axe';
import { PEOPLE, signInPopups, startMeetingHarness, type MeetingHarness } from './support/meetingHarness';
import { screenshotPath } from './support/screenshots';

const THEMES = ['default', 'dark', 'contrast'] as const;

/**
 * Dømevik kommunestyre (fixtures/committees) before its meeting: innkalling sent, nobody recorded, nothing
 * treated; it records proposals and votes (`conventions.voting`, as the «Kommunestyre / formannskap»
 * preset does); the referent is its secretariat (the fixture names none).
 */
function kommunestyreBeforeTheMeeting(): MeetingFile {
  const file = parseMeetingFile(JSON.parse(readFileSync(path.join(ROOT, 'fixtures/committees/domevik-kommunestyre-2024.json'), 'utf8')));
  const conventions = file.committee.conventions;
  if (!conventions) throw new Error('Dømevik kommunestyre har ingen konvensjoner');
  const committee = { ...file.committee, secretariat: [{ name: 'Hilde Kari Maugesten', email: PEOPLE.referent }], conventions: { ...conventions, voting: true } };
  const { currentItemId: _current, ...rest } = file.meeting;
  const meeting: Meeting = {
    ...rest,
    itemStartedAt: {},
    status: 'noticeSent',
    attendance: [],
    disqualifications: [],
    signatures: [],
    items: file.meeting.items.map((item) => ({ ...item, outcome: 'pending' as const, conclusion: [], proceedings: [], plannedMinutes: 20 })),
  };
  return { ...file, committee, meeting };
}

/** What has the focus, in words: «button "Start møtet"», or «BODY» when it was lost. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'BODY';
    const labelled = element.getAttribute('aria-labelledby');
    const name =
      element.getAttribute('aria-label') ??
      (labelled ? labelled.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ') : null) ??
      ((element as HTMLInputElement).labels?.[0]?.textContent || element.textContent || '');
    return `${element.getAttribute('role') ?? element.tagName.toLowerCase()} "${name.trim().slice(0, 60)}"`;
  });
}

/** The focused element sits (partly) under the save state pinned at the panel's top, where she cannot see it. */
async function underPinnedBar(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const element = document.activeElement;
    const bar = document.querySelector('[data-testid=save-status-pinned]');
    if (!element || !bar || bar.contains(element)) return false;
    const field = element.getBoundingClientRect();
    const pinned = bar.getBoundingClientRect();
    return field.top < pinned.bottom - 1 && field.bottom > pinned.top;
  });
}

/** The focused element draws an indicator: an outline, or a border/outline on its ::after (Fluent's). */
async function focusShows(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return false;
    const drawn = (style: CSSStyleDeclaration) =>
      (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
      style.boxShadow !== 'none' ||
      (style.content !== 'none' && style.content !== '' && ((style.borderTopStyle !== 'none' && parseFloat(style.borderTopWidth) > 0) || (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0)));
    // Fluent's inputs draw their focus on the wrapper's ::after (the bottom border), the rich-text editor on its frame
    // (`:focus-within`): the element and the three around it.
    const candidates: Element[] = [];
    for (let e: Element | null = element; e && candidates.length < 4; e = e.parentElement) candidates.push(e);
    return candidates.some((e) => drawn(getComputedStyle(e)) || drawn(getComputedStyle(e, '::after')) || drawn(getComputedStyle(e, '::before')));
  });
}

/** How far the page scrolls sideways (WCAG 1.4.10 Reflow: nothing at the side panel's 320 px). */
async function sideways(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Whether a text is inside a live region (aria-live, role status/alert/log) that a screen reader follows. */
async function inLiveRegion(page: Page, text: string): Promise<boolean> {
  return page.evaluate((text) => [...document.querySelectorAll('[aria-live]:not([aria-live=off]), [role=status], [role=alert], [role=log]')].some((region) => (region.textContent ?? '').includes(text)), text);
}

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await seriousAxeViolations(page);
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary?.split('\n')[1] ?? ''}`).slice(0, 3).join(' | ')}`);
}

/** WCAG 2.5.3: a control's accessible name contains its visible text (axe's experimental rule, asked for by name). */
async function labelInName(page: Page): Promise<string[]> {
  const rule = 'label-content-name-mismatch';
  const result = await new AxeBuilder({ page }).options({ runOnly: { type: 'rule', values: [rule] }, rules: { [rule]: { enabled: true } } }).analyze();
  const ran = [...result.passes, ...result.violations, ...result.incomplete, ...result.inapplicable].some((r) => r.id === rule);
  if (!ran) return [`${rule} did not run`];
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

describe('the referent of a kommunestyre records its meeting with the keyboard alone, in the dark and high-contrast themes', () => {
  let harness: MeetingHarness;
  let file: MeetingFile;

  beforeAll(async () => {
    harness = await startMeetingHarness();
    file = kommunestyreBeforeTheMeeting();
    const repository = harness.repositoryAs(PEOPLE.referent);
    await repository.ensureProvisioned();
    await repository.saveCommittee(file.committee);
    await repository.saveMeeting(file.meeting);
  }, 300_000);
  afterAll(async () => harness?.close());

  const sidePanelUrl = (theme: string) => {
    const url = new URL('/sidepanel.html', harness.appUrl);
    url.search = new URLSearchParams({ meeting: file.meeting.id, upn: PEOPLE.referent, theme }).toString();
    return url.href;
  };

  it('attendance, inhabilitet, a proposal from the floor and its vote, the vedtak and the end: by the keyboard, the focus never lost', async () => {
    const context = await harness.newContext();
    signInPopups(context, () => PEOPLE.referent);
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 900 });
    await openSignedIn(page, sidePanelUrl('dark'), page.getByTestId('agenda-list'));
    await page.getByTestId('agenda-list').waitFor({ timeout: 60_000 });
    const problems: string[] = [];
    const trail: string[] = [];
    /** After a step: the focus is somewhere (not <body>) and shows; what it was goes to the trail. */
    const landed = async (step: string, expected?: RegExp) => {
      const where = await focused(page);
      trail.push(`${step} → ${where}`);
      if (where === 'BODY') problems.push(`${step}: the focus was lost (on <body>)`);
      else if (expected && !expected.test(where)) problems.push(`${step}: the focus is on ${where}, not ${String(expected)}`);
      else if (!(await focusShows(page))) problems.push(`${step}: the focus on ${where} is not visible`);
    };
    /** Tab (forwards or back) until the locator has the focus, as she moves through the panel. */
    const tabTo = async (target: Locator, { back = false, max = 120 } = {}) => {
      for (let i = 0; i < max; i += 1) {
        if (await target.evaluate((element) => element === document.activeElement, undefined, { timeout: 2_000 }).catch(() => false)) {
          // Scrolled to by the browser as she tabs: below the pinned save state, not under it.
          if (await underPinnedBar(page)) problems.push(`${String(target)}: under the pinned save state at the panel's top`);
          return;
        }
        await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
      }
      throw new Error(`Nådde aldri ${String(target)} med ${back ? 'Shift+Tab' : 'Tab'}`);
    };
    const tab = (name: string) => page.getByRole('tab', { name });
    const toTab = async (name: string) => {
      await tabTo(page.getByRole('tab', { selected: true }), { back: true });
      while (!(await tab(name).evaluate((element) => element === document.activeElement))) await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
    };

    // The meeting starts: the button she pressed is gone; the focus goes on, and the new status is said.
    await tabTo(page.getByTestId('start-meeting'));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('meeting-status').innerText()).toBe('Møtet pågår');
    await landed('Start møtet');
    if (!(await inLiveRegion(page, 'Møtet pågår'))) problems.push('Start møtet: «Møtet pågår» is in no live region');

    // Oppmøte: Aslaug Fiktiv has forfall, Vara Varesen meets for her, called in.
    await toTab('Oppmøte');
    await page.getByTestId('attendance').waitFor();
    await landed('Oppmøte', /^tab "Oppmøte"/);
    const aslaug = page.getByRole('combobox', { name: 'Status for Aslaug Fiktiv' });
    await tabTo(aslaug);
    await landed('Status for Aslaug Fiktiv');
    await page.keyboard.type('Forfall');
    await expect.poll(() => aslaug.inputValue()).toBe('absent');
    await landed('Forfall for Aslaug Fiktiv', /Status for Aslaug Fiktiv/);
    const vara = page.getByRole('combobox', { name: 'Vara for Aslaug Fiktiv: navn' }).or(page.getByRole('textbox', { name: 'Vara for Aslaug Fiktiv: navn' }));
    await tabTo(vara);
    await page.keyboard.type('Vara Varesen');
    await page.keyboard.press('Tab');
    const calledIn = page.getByRole('checkbox', { name: 'Vara Varesen er kalt inn som vara' });
    await calledIn.waitFor();
    await tabTo(calledIn);
    await page.keyboard.press('Space');
    await expect.poll(() => calledIn.isChecked()).toBe(true);
    await landed('Vara Varesen kalt inn', /Vara Varesen er kalt inn/);

    // Inhabilitet: Torleiv Tenkt in PS 13/24. «Legg til inhabilitet» makes an entry above the button: she is taken to it.
    const addDisq = page.getByRole('button', { name: 'Legg til inhabilitet' });
    await tabTo(addDisq);
    await page.keyboard.press('Enter');
    const entry = page.getByTestId('disqualifications').getByRole('group').first();
    await entry.waitFor();
    await landed('Legg til inhabilitet', /^select "Sak"/);
    const disqItem = entry.getByRole('combobox', { name: 'Sak' });
    await tabTo(disqItem, { back: true });
    // A closed select's arrow keys choose (Space would open its list).
    for (let i = 0; i < 6 && (await disqItem.inputValue()) !== 'ps13'; i += 1) await page.keyboard.press('ArrowDown');
    expect(await disqItem.inputValue()).toBe('ps13');
    const who = entry.getByRole('combobox', { name: 'Hvem er inhabil' });
    await tabTo(who);
    await page.keyboard.type('Torleiv');
    await expect.poll(() => who.inputValue()).toBe('Torleiv Tenkt');
    await tabTo(entry.getByRole('textbox', { name: 'Grunnlag' }));
    await page.keyboard.type('Styreleiar i idrettslaget');
    await page.keyboard.press('Tab');
    const decision = entry.getByRole('combobox', { name: 'Møtets vedtak' });
    await tabTo(decision);
    await page.keyboard.type('Inhabil');
    await expect.poll(() => decision.inputValue()).toBe('disqualified');
    await page.keyboard.press('Tab');
    await landed('Inhabilitet ført');
    await page.screenshot({ path: screenshotPath('side-panel-a11y-attendance-dark.png'), fullPage: true });

    // The saksliste: PS 13/24 opened from the list — the focus goes to the sak, not back to the page's top.
    await toTab('Saksliste');
    const ps13 = page.getByTestId('agenda-item-ps13');
    await tabTo(ps13);
    await page.keyboard.press('Enter');
    await page.getByTestId('item-recorder').waitFor();
    await landed('Åpne PS 13/24', /PS 13\/24/);
    await tabTo(page.getByTestId('set-current'));
    await page.keyboard.press('Enter');
    await page.getByText('Aktiv sak – vises på skjermen').waitFor();
    await landed('Gjør til aktiv sak');
    expect(await page.getByTestId('disqualification-notice').innerText()).toContain('Torleiv Tenkt: Inhabil');

    // Møtebehandling typed; a proposal from the floor, voted on with numbers; the innstilling carried.
    const proceedings = page.getByRole('textbox', { name: 'Møtebehandling' });
    await tabTo(proceedings);
    await page.keyboard.type('Torleiv Tenkt gikk fra under behandlingen. Eirik Oppdikta (Sp) la fram eit tilleggsframlegg.');
    const addProposal = page.getByRole('button', { name: 'Legg til forslag' });
    await tabTo(addProposal);
    await page.keyboard.press('Enter');
    const proposal = page.getByRole('group', { name: 'Forslag 1' });
    await proposal.waitFor();
    await landed('Legg til forslag', /Forslagsstiller/);
    await tabTo(proposal.getByRole('textbox', { name: /^Forslagsstiller/ }), { back: true });
    await page.keyboard.type('Eirik Oppdikta (Sp)');
    const kind = proposal.getByRole('combobox', { name: 'Type forslag' });
    await tabTo(kind);
    await page.keyboard.type('Tillegg');
    await expect.poll(() => kind.inputValue()).toBe('addition');
    await tabTo(proposal.getByRole('textbox', { name: 'Forslagets tekst' }));
    await page.keyboard.type('Tilskotet vert auka med 20 000 kroner.');
    await tabTo(proposal.getByRole('button', { name: 'Voter over forslag 1' }));
    await page.keyboard.press('Enter');
    const vote = page.getByRole('group', { name: 'Votering 1' });
    await vote.waitFor();
    await landed('Voter over forslag 1', /Det ble stemt over|Utfall/);
    const outcome = vote.getByRole('combobox', { name: 'Utfall' });
    await tabTo(outcome);
    await page.keyboard.type('Falt');
    await expect.poll(() => outcome.inputValue()).toBe('fell');
    await tabTo(vote.getByRole('textbox', { name: 'Stemmer for' }));
    await page.keyboard.type('6');
    await page.keyboard.press('Tab');
    await page.keyboard.type('11');
    // The line as the protokoll prints it, in the committee's målform (Dømevik writes nynorsk).
    const line = 'Framlegget frå Eirik Oppdikta (Sp): Fall med 6 mot 11 røyster.';
    await expect.poll(() => vote.getByTestId('vote-line').innerText()).toContain(line);

    // The vedtak: one point typed in the konklusjon's editor.
    await tabTo(page.getByTestId('conclusion').getByRole('button', { name: 'Legg til punkt' }));
    await page.keyboard.press('Enter');
    await landed('Legg til punkt', /Punkt 1/);
    await page.keyboard.type('Dømevik idrettslag får 150 000 kroner i tilskot for 2024.');

    // Treated: the button she pressed gives way to «Angre behandlet/utsatt»; the focus stays with her.
    await tabTo(page.getByTestId('mark-treated'));
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Angre behandlet/utsatt' }).waitFor();
    await landed('Marker som behandlet');
    await page.screenshot({ path: screenshotPath('side-panel-a11y-sak-dark.png'), fullPage: true });

    // Next sak and back to the list: the focus goes with her to the new sak, then to the sak she came from.
    await tabTo(page.getByTestId('next-item'));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /PS 14\/24/ }).waitFor();
    await landed('Neste sak', /PS 14\/24|Neste sak/);
    await tabTo(page.getByRole('button', { name: 'Tilbake til sakslisten' }), { back: true });
    await page.keyboard.press('Enter');
    await page.getByTestId('agenda-list').waitFor();
    await landed('Tilbake til sakslisten', /PS 14\/24/);

    // «Avslutt møtet» asks first; confirmed, the focus goes on and «Møtet er holdt» is said.
    await tabTo(page.getByTestId('end-meeting'), { back: true });
    await page.keyboard.press('Enter');
    const dialog = page.getByTestId('confirm-end-meeting');
    await dialog.waitFor();
    await landed('Avslutt møtet (dialog)');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await landed('Escape i dialogen', /Avslutt møtet/);
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await tabTo(page.getByTestId('confirm-end-meeting-confirm'));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('meeting-status').innerText()).toBe('Møtet er holdt');
    await landed('Avslutt møtet (bekreftet)');
    if (!(await inLiveRegion(page, 'Møtet er holdt'))) problems.push('Avslutt møtet: «Møtet er holdt» is in no live region');

    // What she did is what is stored.
    await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state'), { timeout: 15_000 }).toBe('saved');
    const stored = (await harness.repositoryAs(PEOPLE.referent).getMeeting(file.meeting.id))?.value;
    expect(stored?.status).toBe('held');
    expect(stored?.attendance.find((a) => a.person.name === 'Aslaug Fiktiv')?.status).toBe('absent');
    expect(stored?.disqualifications).toMatchObject([{ itemId: 'ps13', person: 'Torleiv Tenkt', decision: 'disqualified' }]);
    const sak = stored?.items.find((item) => item.id === 'ps13');
    expect(sak).toMatchObject({ outcome: 'treated', conclusion: ['Dømevik idrettslag får 150 000 kroner i tilskot for 2024.'] });
    expect(sak?.voting?.votes[0]).toMatchObject({ adopted: false, for: 6, against: 11 });
    // The focus trail is the failure's message: printed only when a step lost or hid the focus.
    expect(problems, trail.join('\n')).toEqual([]);
    await context.close();
  }, 240_000);

  it('the side panel (saksliste, sak with votes, oppmøte with inhabilitet) and the stage have no serious axe finding, contrast included, and name every control by its visible text, in every Teams theme', async () => {
    // The stage shows the sak she treated as the active one: the meeting reopened at PS 13/24 (or set so, when the first walk stopped early).
    const repository = harness.repositoryAs(PEOPLE.referent);
    const before = await repository.getMeeting(file.meeting.id);
    if (!before) throw new Error('møtet mangler');
    await repository.saveMeeting({ ...before.value, status: 'inProgress', currentItemId: 'ps13', itemStartedAt: { ...before.value.itemStartedAt, ps13: new Date().toISOString() } }, before.version);
    const context = await harness.newContext();
    signInPopups(context, () => PEOPLE.referent);
    const page = await context.newPage();
    const problems: string[] = [];
    for (const theme of THEMES) {
      await page.setViewportSize({ width: 320, height: 900 });
      // The meeting runs: her panel opens on its active sak, PS 13/24; the saksliste is «Tilbake til sakslisten» away.
      await openSignedIn(page, sidePanelUrl(theme), page.getByTestId('item-recorder'));
      await page.getByTestId('voting').waitFor({ timeout: 60_000 });
      await page.getByRole('button', { name: 'Legg til forslag' }).waitFor();
      for (const check of [seriousViolations, labelInName]) problems.push(...(await check(page)).map((p) => `${theme}/PS 13: ${p}`));
      if ((await sideways(page)) > 0) problems.push(`${theme}/PS 13: scrolls ${await sideways(page)} px sideways at 320 px`);
      // Every stop of the Tab order through the sak, to the page's end (past its last control the browser has the
      // focus), shows that it has the focus, in this theme's colours.
      await page.getByRole('button', { name: 'Tilbake til sakslisten' }).focus();
      const stops: string[] = [];
      for (let stop = 0; stop < 60 && stops.at(-1) !== 'BODY'; stop += 1) {
        stops.push(await focused(page));
        if (stops.at(-1) !== 'BODY' && !(await focusShows(page))) problems.push(`${theme}/PS 13: the focus on ${stops.at(-1) ?? ''} is not visible`);
        await page.keyboard.press('Tab');
      }
      expect(stops.slice(-3), theme).toEqual(['button "Forrige sak"', 'button "Neste sak"', 'BODY']);
      expect(stops, theme).toContain('textbox "Møtebehandling"');
      await page.screenshot({ path: screenshotPath(`side-panel-a11y-votes-${theme}.png`), fullPage: true });
      await page.getByRole('button', { name: 'Tilbake til sakslisten' }).click();
      await page.getByTestId('agenda-list').waitFor();
      for (const check of [seriousViolations, labelInName]) problems.push(...(await check(page)).map((p) => `${theme}/saksliste: ${p}`));
      await page.screenshot({ path: screenshotPath(`side-panel-a11y-agenda-${theme}.png`), fullPage: true });
      await page.getByRole('tab', { name: 'Oppmøte' }).click();
      await page.getByTestId('disqualifications').waitFor();
      for (const check of [seriousViolations, labelInName]) problems.push(...(await check(page)).map((p) => `${theme}/oppmøte: ${p}`));
      if ((await sideways(page)) > 0) problems.push(`${theme}/oppmøte: scrolls ${await sideways(page)} px sideways at 320 px`);
      await page.screenshot({ path: screenshotPath(`side-panel-a11y-oppmote-${theme}.png`), fullPage: true });

      await page.setViewportSize({ width: 1280, height: 720 });
      const stage = new URL('/stage.html', harness.appUrl);
      stage.search = new URLSearchParams({ meeting: file.meeting.id, theme }).toString();
      await openSignedIn(page, stage.href, page.getByTestId('stage-title'));
      await page.getByTestId('stage-title').waitFor({ timeout: 60_000 });
      problems.push(...(await seriousViolations(page)).map((p) => `${theme}/stage: ${p}`));
      await page.screenshot({ path: screenshotPath(`side-panel-a11y-stage-${theme}.png`) });
    }
    expect(problems).toEqual([]);
    await context.close();
  }, 240_000);
});
