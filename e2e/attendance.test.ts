// The side panel's Oppmøte tab in bokmål and nynorsk: the referent records a forfall with a vara
// called in, a late arrival by phone and an inhabilitet with the keyboard; SharePoint gets them, the active
// sak shows the inhabilitet to the referent, and axe finds nothing serious or critical.
import { seriousAxeViolations } from './support/axe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { Meeting } from '../src/domain/model';
import { openSignedIn } from './support/appHarness';
import { fixture, PEOPLE, signInPopups, startMeetingHarness, type MeetingHarness } from './support/meetingHarness';

async function waitUntil(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (!(await condition().catch(() => false))) {
    if (Date.now() - started > timeoutMs) throw new Error(`Ikke oppfylt innen ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await seriousAxeViolations(page);
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The 2025 meeting in progress with 2025.03 active, under its own id per language. */
function meetingInProgress(id: string): Meeting {
  const { meeting } = fixture('pm-2025');
  return { ...meeting, id, status: 'inProgress', currentItemId: '2025-03', itemStartedAt: { '2025-03': new Date().toISOString() } };
}

const WORDS = {
  nb: { locale: 'nb-NO', absent: 'Forfall', present: 'Til stede', vara: 'Vara for Kristin Liset: navn', calledIn: 'Vera Vikar er kalt inn som vara', arrived: 'Per Christian Voss kom under sak', add: 'Legg til inhabilitet', who: 'Hvem er inhabil', decision: 'Møtets vedtak', inhabil: 'Inhabil', ground: 'Grunnlag', seat: 'Tok sete i saken', agenda: 'Saksliste', notice: 'Inhabilitet i denne saken', remote: 'Hvordan Per Christian Voss deltok', phone: 'Per telefon' },
  nn: { locale: 'nn-NO', absent: 'Forfall', present: 'Til stades', vara: 'Vara for Kristin Liset: namn', calledIn: 'Vera Vikar er kalla inn som vara', arrived: 'Per Christian Voss kom under sak', add: 'Legg til inhabilitet', who: 'Kven er inhabil', decision: 'Vedtaket i møtet', inhabil: 'Inhabil', ground: 'Grunnlag', seat: 'Tok sete i saka', agenda: 'Sakliste', notice: 'Inhabilitet i denne saka', remote: 'Korleis Per Christian Voss deltok', phone: 'På telefon' },
} as const;

describe('the Oppmøte tab of the side panel', () => {
  let harness: MeetingHarness;
  let context: BrowserContext;

  beforeAll(async () => {
    harness = await startMeetingHarness();
    const repository = harness.repositoryAs(PEOPLE.referent);
    await repository.ensureProvisioned();
    await repository.saveCommittee(fixture('pm-2025').committee);
    for (const language of ['nb', 'nn'] as const) await repository.saveMeeting(meetingInProgress(`attendance-${language}`));
    context = await harness.newContext();
    signInPopups(context, () => PEOPLE.referent);
  }, 300_000);

  afterAll(async () => {
    await harness?.close();
  });

  for (const language of ['nb', 'nn'] as const) {
    it(`records a forfall with vara, a late arrival and an inhabilitet with the keyboard (${language}), axe clean`, async () => {
      const w = WORDS[language];
      const meetingId = `attendance-${language}`;
      const page = await context.newPage();
      await page.setViewportSize({ width: 320, height: 900 });
      const url = new URL('/sidepanel.html', harness.appUrl);
      url.search = new URLSearchParams({ meeting: meetingId, upn: PEOPLE.referent, locale: w.locale }).toString();
      // The meeting runs: her panel opens on its active sak.
      await openSignedIn(page, url.href, page.getByTestId('item-recorder'));
      await page.getByTestId('item-recorder').waitFor({ timeout: 60_000 });

      // Arrow keys move between tabs (Fluent TabList), Enter opens one.
      await page.getByRole('tab', { name: w.agenda }).focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await page.getByTestId('attendance').waitFor({ timeout: 30_000 });

      // Forfall for Kristin Liset, Vera Vikar meets for her, called in.
      await page.getByLabel('Status for Kristin Liset').selectOption({ label: w.absent });
      const vara = page.getByLabel(w.vara);
      await vara.focus();
      await page.keyboard.type('Vera Vikar');
      await page.keyboard.press('Tab');
      const calledIn = page.getByRole('checkbox', { name: w.calledIn });
      await calledIn.focus();
      await page.keyboard.press('Space');
      await expect.poll(() => calledIn.isChecked()).toBe(true);

      // Per Christian Voss came during 2025.03.
      await page.getByLabel('Status for Per Christian Voss').selectOption({ label: w.present });
      await page.getByLabel(w.arrived, { exact: true }).selectOption('2025-03');
      // … by phone (a fjernmøte: the protokoll says «deltok per telefon»).
      await page.getByLabel(w.remote, { exact: true }).selectOption({ label: w.phone });

      // Tobias Solli Iveland is inhabil in the active sak; Renate Solstad takes the seat.
      await page.getByRole('button', { name: w.add }).focus();
      await page.keyboard.press('Enter');
      const entry = page.getByTestId('disqualifications').getByRole('listitem').first();
      await entry.getByLabel(w.who).selectOption('Tobias Solli Iveland');
      await entry.getByLabel(w.decision).selectOption({ label: w.inhabil });
      await entry.getByLabel(w.ground).fill('forvaltningsloven § 6 første ledd bokstav a');
      await page.keyboard.press('Tab');
      await entry.getByLabel(w.seat).fill('Renate Solstad');
      await page.keyboard.press('Tab');

      expect(await seriousViolations(page)).toEqual([]);

      const repository = harness.repositoryAs(PEOPLE.referent);
      await waitUntil(async () => {
        const stored = (await repository.getMeeting(meetingId))?.value;
        return stored?.disqualifications?.[0]?.replacedBy === 'Renate Solstad' && stored.attendance.some((a) => a.person.name === 'Per Christian Voss' && a.arrivedDuringItem === '2025-03' && a.remote === 'phone');
      }, 20_000);
      const stored = (await repository.getMeeting(meetingId))?.value;
      expect(stored?.attendance.filter((a) => a.person.name !== 'Per Christian Voss')).toMatchObject([
        { person: { name: 'Kristin Liset' }, status: 'absent' },
        { person: { name: 'Vera Vikar' }, status: 'substitute', substituteFor: 'Kristin Liset', role: 'deputy', calledIn: true },
      ]);
      expect(stored?.disqualifications).toEqual([
        { itemId: '2025-03', person: 'Tobias Solli Iveland', decision: 'disqualified', ground: 'forvaltningsloven § 6 første ledd bokstav a', replacedBy: 'Renate Solstad' },
      ]);

      // The active sak shows the inhabilitet to the referent, in the sak (the tab's view she left) and on the agenda.
      await page.getByRole('tab', { name: w.agenda }).click();
      const inSak = page.getByTestId('item-recorder').getByTestId('disqualification-notice');
      await expect.poll(() => inSak.textContent()).toContain(w.notice);
      expect(await inSak.textContent()).toContain('Renate Solstad');
      await page.getByRole('button', { name: /^Tilbake/ }).click();
      await page.getByTestId('agenda-list').waitFor();
      const notice = page.getByTestId('disqualification-notice');
      await expect.poll(() => notice.textContent()).toContain(w.notice);
      expect(await notice.textContent()).toContain('Tobias Solli Iveland');
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    }, 240_000);
  }
});
