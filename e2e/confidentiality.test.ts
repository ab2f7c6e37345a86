// Unntatt offentlighet across what the browser shows, in the local tenant: the Vestfold 2026 variant
// (2026.04 exempt under offl. § 13, Vedlegg 2 of 2026.03 exempt under § 14, 2026.06 in lukket møte)
// is sent by the secretariat through the real sender (vedlegg moved into their sak's folder with
// unique permissions, the rows of saker with exempt content closed), then a member, a vara (the committee does not let vara see), an observer
// (granted 2026.04) and a guest from Sandefjord kommune each open the side panel, every sak is put
// on the stage in turn, and each reads their own copy of the invitation in the Outlook simulator,
// where the pane runs with their own token, and reads the meeting's sak rows through Graph with that
// token. The invitation body, its files, the referat mail and the
// public documents are checked by src/graph/confidentialNotice.integration.test.ts,
// minutesService.integration.test.ts and publicVersions.integration.test.ts. The test lists each
// channel and person it checked and fails on the first exempt text that reaches someone not entitled.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { hiddenTexts, leaksIn, personViewer, PUBLIC_VIEWER, publicVersion } from '../src/domain/confidentiality';
import type { Committee, Meeting, MeetingFile } from '../src/domain/model';
import { composeBlock, planAttachments } from '../src/ui/outlook/insertAgenda';
import { graph, passwordToken } from '../tenant/testing/tenantClient';
import { fixture, openSignedIn, shownText, signInPopups, startAppHarness, type AppHarness } from './support/appHarness';
import { sendExemptVariant } from './support/exemptVariant';

const SECRETARY = 'hilde.kari.maugesten@siv.example.no';
const SUBJECT_PART = 'Unntatt-nettleser';

interface Person {
  role: 'medlem' | 'vara' | 'observatør' | 'gjest';
  email: string;
  upn: string;
}

let harness: AppHarness;
let committee: Committee;
let sent: Meeting;
const people: Person[] = [];
const contexts = new Map<string, BrowserContext>();
const checked: string[] = [];

const file = (): MeetingFile => ({ committee, meeting: sent });

async function contextFor(person: Pick<Person, 'upn'>): Promise<BrowserContext> {
  const known = contexts.get(person.upn);
  if (known) return known;
  const context = await harness.browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
  signInPopups(context, () => person.upn);
  contexts.set(person.upn, context);
  return context;
}

beforeAll(async () => {
  harness = await startAppHarness('motebok-confidential-e2e-');
  const userBy = (start: string) => {
    const user = harness.users.find((candidate) => candidate.userPrincipalName.startsWith(start));
    if (!user) throw new Error(`Ingen bruker ${start} i tenanten`);
    return user;
  };
  for (const [role, start] of [
    ['medlem', 'christian.reissig'],
    ['vara', 'andreas.aass-engstrom'],
    ['observatør', 'erik.nordberg'],
    ['gjest', 'tobias.solli.iveland'],
  ] as const) {
    const user = userBy(start);
    people.push({ role, email: user.mail ?? user.userPrincipalName, upn: user.userPrincipalName });
  }
  const [, vara, observer, guest] = people;
  const base = fixture('pm-2026').committee;
  committee = {
    ...base,
    confidentiality: {
      substitutesMaySee: false,
      roles: [
        { email: vara?.email ?? '', role: 'substitute' },
        { email: observer?.email ?? '', role: 'observer' },
        { email: guest?.email ?? '', role: 'guest' },
      ],
    },
  };
  const repository = harness.repositoryAs(SECRETARY);
  await repository.ensureProvisioned();
  const savedCommittee = await repository.saveCommittee(committee);
  committee = savedCommittee.value;
  // The secretariat sends with Møtebok's own sender; exempt vedlegg go to their sak's folder first. The observer is granted 2026.04.
  const stored = await sendExemptVariant(harness, SECRETARY, committee, {
    id: 'pm-unntatt-e2e',
    theme: `Partnerskapsmøtet ${SUBJECT_PART}`,
    changes: (item) => (item.caseNumber === '2026.04' ? { confidentiality: { ...item.confidentiality, grants: [observer?.email ?? ''] } } : {}),
  });
  // The meeting under way, so the side panel and the stage follow it.
  const running = await repository.saveMeeting({ ...stored.value, status: 'inProgress', currentItemId: stored.value.items[0]?.id }, stored.version);
  sent = running.value;
}, 600_000);

afterAll(async () => {
  console.info(`Kontrollert i nettleseren:\n${checked.map((line) => `  - ${line}`).join('\n')}`);
  for (const context of contexts.values()) await context.close();
  await harness?.close();
});

describe('unntatt offentlighet in the browser (local tenant)', () => {
  it('gives each person a side panel without what they may not see; the member sees the exempt sak in full', async () => {
    for (const person of people) {
      const page = await (await contextFor(person)).newPage();
      const url = new URL('/sidepanel.html', harness.appUrl);
      url.search = new URLSearchParams({ meeting: sent.id, upn: person.upn }).toString();
      await openSignedIn(page, url.href, page.getByTestId('read-only').or(page.getByTestId('side-panel').locator('.fui-MessageBar')).first());
      const hidden = hiddenTexts(file(), personViewer(person.upn));
      let text = await shownText(page);
      // Each sak with exempt content opened as well: its details are where a body or a vedlegg would show.
      for (const item of sent.items.filter((entry) => entry.caseNumber === '2026.03' || entry.caseNumber === '2026.04')) {
        const row = page.getByTestId(`agenda-item-${item.id}`);
        if (!(await row.isVisible().catch(() => false))) continue;
        await row.click();
        await page.locator('#read-only-heading').waitFor({ timeout: 30_000 });
        text += `\n${await shownText(page)}`;
        await page.getByRole('button', { name: /^Tilbake/ }).click();
      }
      expect(leaksIn(text, hidden), `sidepanel: ${person.role}`).toEqual([]);
      // The member, and the observer granted 2026.04, see its real title; the vara and the guest do not.
      if (person.role === 'medlem' || person.role === 'observatør') expect(text, person.role).toContain('Én vei inn');
      else expect(text, person.role).not.toContain('Én vei inn');
      checked.push(`sidepanel: ${person.role}`);
      await page.close();
    }
  }, 300_000);

  it('shows every participant only the public view on the stage while each sak is active', async () => {
    const repository = harness.repositoryAs(SECRETARY);
    const member = people[0] as Person;
    const page = await (await contextFor(member)).newPage();
    const everyone = hiddenTexts(file(), PUBLIC_VIEWER);
    expect(everyone.length).toBeGreaterThan(3);
    for (const item of sent.items) {
      const current = await repository.getMeeting(sent.id);
      if (!current) throw new Error('møtet mangler');
      await repository.saveMeeting({ ...current.value, currentItemId: item.id }, current.version);
      const url = new URL('/stage.html', harness.appUrl);
      url.search = new URLSearchParams({ meeting: sent.id }).toString();
      await openSignedIn(page, url.href, page.getByTestId('stage-title'));
      if (item.caseNumber) await page.getByTestId('stage-number').getByText(item.caseNumber).waitFor({ timeout: 30_000 });
      const text = await shownText(page);
      expect(leaksIn(text, everyone), `scenen: ${item.caseNumber ?? item.title}`).toEqual([]);
      if (item.caseNumber === '2026.04') expect(await page.getByTestId('stage-title').innerText()).toBe('Unntatt offentlighet');
      checked.push(`scenen med sak ${item.caseNumber ?? item.title} aktiv`);
    }
    await page.close();
  }, 400_000);

  it('shows each invitee exempt content in the Outlook read pane only when their own token opens it', async () => {
    // The organiser's appointment with the saksliste as «Sett inn saksliste» writes it (the block
    // links the meeting, which is how the attendee's pane finds it), sent to the three with accounts.
    const invitees = people.filter((person) => person.role !== 'gjest');
    // As insertAgenda.ts does: the block is one for every attendee, so it is made from the public view.
    const shown = publicVersion(file());
    const block = composeBlock(shown, planAttachments(shown.committee, shown.meeting, true), `${harness.appUrl}/`);
    const secretaryToken = await passwordToken(harness.tenant, SECRETARY, ['Calendars.ReadWrite']);
    const created = await graph(harness.tenant, secretaryToken, '/me/events', {
      method: 'POST',
      body: {
        subject: `Outlook ${SUBJECT_PART}`,
        body: { contentType: 'html', content: `<p>Vel møtt!</p>${block}` },
        start: { dateTime: '2026-06-11T09:00:00', timeZone: 'Europe/Oslo' },
        end: { dateTime: '2026-06-11T15:00:00', timeZone: 'Europe/Oslo' },
        attendees: invitees.map((person) => ({ emailAddress: { address: person.email }, type: 'required' })),
      },
    });
    expect(created.status).toBe(201);
    expect(leaksIn(block, hiddenTexts(file(), PUBLIC_VIEWER)), 'Sett inn saksliste').toEqual([]);
    for (const person of invitees) {
      const token = await passwordToken(harness.tenant, person.upn, ['Calendars.ReadWrite']);
      const response = await graph(harness.tenant, token, '/me/events?$top=100');
      const copy = (response.json() as { value: { id: string; subject: string }[] }).value.find((event) => event.subject === `Outlook ${SUBJECT_PART}`);
      expect(copy, person.role).toBeDefined();
      const page = await (await contextFor(person)).newPage();
      await page.goto(`${harness.tenant.url}/_tenant/outlook/?user=${encodeURIComponent(person.upn)}&event=${encodeURIComponent(copy?.id ?? '')}`);
      await page.locator('body[data-ready=true]').waitFor({ timeout: 30_000 });
      const pane = page.frameLocator('[data-testid=sim-pane-frame]');
      await pane.getByRole('heading', { name: 'Saksliste' }).waitFor({ timeout: 90_000 });
      await pane.getByText('2026.07').first().waitFor({ timeout: 60_000 }).catch(async (error: unknown) => {
        throw new Error(`Outlook-lesepanelet for ${person.role} viste ikke sakslisten: ${await shownText(page)}`, { cause: error });
      });
      const text = await shownText(page);
      expect(leaksIn(text, hiddenTexts(file(), personViewer(person.email))), `Outlook: ${person.role}`).toEqual([]);
      if (person.role === 'medlem' || person.role === 'observatør') expect(text, person.role).toContain('Én vei inn');
      else expect(text, person.role).not.toContain('Én vei inn');
      checked.push(`Outlook-lesepanel: ${person.role}`);
      await page.close();
    }
    // The guest's copy is not in this tenant (Exchange mails it out): the innkalling that went to their address is checked instead.
    const guest = people.find((person) => person.role === 'gjest') as Person;
    const events = (await graph(harness.tenant, secretaryToken, '/me/events?$top=100')).json() as { value: { subject: string; body: { content: string } }[] };
    const organiser = events.value.find((event) => event.subject.includes(SUBJECT_PART) && !event.subject.startsWith('Outlook'));
    expect(organiser, 'innkallingen').toBeDefined();
    expect(leaksIn(organiser?.body.content ?? '', hiddenTexts(file(), personViewer(guest.email))), 'invitasjonen til gjesten').toEqual([]);
    checked.push('Outlook: gjest (invitasjonen som gikk ut av leietakeren)');
  }, 400_000);

  it('lets each person read a sak’s list row through Graph with their own token only when entitled to its exempt content', async () => {
    const filter = encodeURIComponent(`fields/MeetingId eq '${sent.id}'`);
    for (const person of people) {
      const token = await passwordToken(harness.tenant, person.upn, ['Sites.Read.All']);
      const response = await graph(harness.tenant, token, `/sites/${encodeURIComponent(harness.tenant.info.siteId)}/lists/MotebokAgendaItems/items?$expand=fields&$filter=${filter}`);
      expect(response.status, person.role).toBe(200);
      const rows = (response.json() as { value: { fields: { ItemId?: string } }[] }).value;
      expect(leaksIn(JSON.stringify(rows), hiddenTexts(file(), personViewer(person.email))), `Graph (radene): ${person.role}`).toEqual([]);
      // The member, and the observer granted 2026.04, get its row; the vara and the guest find it left out.
      const exempt = sent.items.find((item) => item.caseNumber === '2026.04');
      expect(rows.some((row) => row.fields.ItemId === exempt?.id), person.role).toBe(person.role === 'medlem' || person.role === 'observatør');
      checked.push(`Graph (radene): ${person.role}`);
    }
  }, 120_000);

  it('listed every channel it checked for every person', () => {
    for (const person of people) expect(checked).toContain(`sidepanel: ${person.role}`);
    for (const person of people) expect(checked).toContain(`Graph (radene): ${person.role}`);
    for (const person of people.filter((p) => p.role !== 'gjest')) expect(checked).toContain(`Outlook-lesepanel: ${person.role}`);
    for (const item of sent.items) expect(checked).toContain(`scenen med sak ${item.caseNumber ?? item.title} aktiv`);
  });
});
