// The local tenant's two simulators as a new user meets them after `npm start`, in Debian's Chromium:
// the Teams link of an invitation opens the meeting simulator with the side panel from wherever the
// app runs (here a random port, never 3000), and the Outlook appointment simulator hosts the real
// outlook.html: the organiser inserts the saksliste into an appointment of the tenant's calendar,
// and an attendee reads it in their copy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, FrameLocator, Page } from 'playwright-core';
import { AGENDA_BLOCK_END, AGENDA_BLOCK_START } from '../src/documents';
import { fixture, signInPopups, startAppHarness, type AppHarness } from './support/appHarness';
import { graph, passwordToken } from '../tenant/testing/tenantClient';
import { screenshotPath } from './support/screenshots';
import { TAB_URL_PLACEHOLDERS } from '../src/hosts/teams/routing';

const SECRETARY = 'hilde.kari.maugesten@siv.example.no';
const ATTENDEE = 'kristin.liset@siv.example.no';
const CASE_NUMBERS = ['2026.01', '2026.02', '2026.03', '2026.04', '2026.05', '2026.06', '2026.07'];
/** Screenshots of this test go to an ignored folder; the README's are refreshed by their own command. */

interface GraphEventJson {
  id: string;
  subject: string;
  body: { content: string };
  attendees: Array<{ emailAddress: { address: string } }>;
}

let harness: AppHarness;
let context: BrowserContext;
/** Who the next sign-in popup is for: the person the page in front acts as. */
let signingIn = SECRETARY;

async function eventsOf(upn: string): Promise<GraphEventJson[]> {
  const token = await passwordToken(harness.tenant, upn, ['Calendars.ReadWrite']);
  const response = await graph(harness.tenant, token, '/me/events?$top=100');
  expect(response.status).toBe(200);
  return (response.json() as { value: GraphEventJson[] }).value;
}

async function openSimulator(query: string, upn: string): Promise<{ page: Page; pane: FrameLocator }> {
  signingIn = upn;
  const page = await context.newPage();
  await page.goto(`${harness.tenant.url}/_tenant/outlook/?${query}`);
  await page.locator('body[data-ready=true]').waitFor({ timeout: 30_000 });
  return { page, pane: page.frameLocator('[data-testid=sim-pane-frame]') };
}

beforeAll(async () => {
  harness = await startAppHarness('motebok-simulators-e2e-');
  const { committee, meeting } = fixture('pm-2026');
  const repository = harness.repositoryAs(SECRETARY);
  await repository.ensureProvisioned();
  await repository.saveCommittee(committee);
  await repository.saveMeeting(meeting);
  context = await harness.browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1400, height: 900 }, locale: 'nb-NO' });
  signInPopups(context, () => signingIn);
}, 300_000);

afterAll(async () => {
  await context?.close();
  await harness?.close();
});

describe('the meeting simulator', () => {
  it('opened from an invitation’s Teams link, frames the side panel from where the app runs, not port 3000', async () => {
    expect(new URL(harness.appUrl).port).not.toBe('3000');
    const token = await passwordToken(harness.tenant, SECRETARY, ['Calendars.ReadWrite']);
    const created = await graph(harness.tenant, token, '/me/events', {
      method: 'POST',
      body: { subject: 'Kontrollutvalget i Sandefjord kommune 11.06.2026', start: { dateTime: '2026-06-11T09:00:00', timeZone: 'Europe/Oslo' }, end: { dateTime: '2026-06-11T10:00:00', timeZone: 'Europe/Oslo' }, isOnlineMeeting: true, onlineMeetingProvider: 'teamsForBusiness' },
    });
    const joinUrl = (created.json() as { onlineMeeting: { joinUrl: string } }).onlineMeeting.joinUrl;
    signingIn = SECRETARY;
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(joinUrl);
    await page.locator('body[data-ready=true]').waitFor({ timeout: 30_000 });
    const src = await page.getAttribute('[data-testid=sim-side-panel-frame]', 'src');
    expect(src).toBe(`${harness.appUrl}/sidepanel.html`);
    // The title bar shows the meeting's own subject, as Teams does, not the seeds' committee.
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Kontrollutvalget i Sandefjord kommune 11.06.2026');
    // The side panel really is the app's page, talking teams-js with the simulator.
    await page.getByTestId('sim-log').locator('li', { hasText: '→ sidePanel: {"func":"initialize"' }).first().waitFor({ state: 'attached', timeout: 30_000 });
    expect(page.frames().some((frame) => frame.url().startsWith(`${harness.appUrl}/sidepanel.html`))).toBe(true);
    // Development build: teams-js took its valid-origins list from the app, not Microsoft's CDN.
    expect(requested).toContain(`${harness.appUrl}/teams-js/validDomains.json`);
    expect(requested.filter((url) => url.includes('res.cdn.office.net'))).toEqual([]);
    await page.close();
  }, 120_000);

  it("opens a meeting tab's content URL with Teams' placeholders replaced, and the workspace's page goes to the side panel's before it starts teams-js", async () => {
    const { committee, meeting } = fixture('pm-2026');
    // The address the tab configuration saves (`workspaceTabSettings`), which Teams opens in the meeting's side panel.
    const tabUrl = `/workspace.html?committee=${encodeURIComponent(committee.id)}&${TAB_URL_PLACEHOLDERS}`;
    signingIn = SECRETARY;
    const page = await context.newPage();
    await page.goto(`${harness.tenant.url}/_tenant/meeting/?app=${encodeURIComponent(harness.appUrl)}&meeting=${encodeURIComponent(meeting.id)}&locale=nn-NO&sidePanel=${encodeURIComponent(tabUrl)}`);
    await page.locator('body[data-ready=true]').waitFor({ timeout: 30_000 });
    const src = await page.getAttribute('[data-testid=sim-side-panel-frame]', 'src');
    expect(src).toBe(`${harness.appUrl}/workspace.html?committee=${encodeURIComponent(committee.id)}&frameContext=sidePanel&locale=nn-NO&theme=default`);
    await page.getByTestId('sim-log').locator('li', { hasText: '→ sidePanel: {"func":"getContext"' }).first().waitFor({ state: 'attached', timeout: 60_000 });
    const panel = page.frames().find((frame) => frame.url().startsWith(`${harness.appUrl}/sidepanel.html`));
    expect(panel?.url()).toBe(`${harness.appUrl}/sidepanel.html?committee=${encodeURIComponent(committee.id)}&frameContext=sidePanel&locale=nn-NO&theme=default`);
    // One handshake: the side panel's. The workspace's page left before it loaded teams-js.
    expect(await page.getByTestId('sim-log').locator('li', { hasText: '→ sidePanel: {"func":"initialize"' }).count()).toBe(1);
    await page.close();
  }, 120_000);
});

describe('the Outlook appointment simulator', () => {
  let eventId: string;

  it('lets the secretary insert the saksliste into the 2026 meeting’s appointment, saved in the tenant through Graph', async () => {
    const token = await passwordToken(harness.tenant, SECRETARY, ['Calendars.ReadWrite']);
    const created = await graph(harness.tenant, token, '/me/events', {
      method: 'POST',
      body: { subject: 'Partnerskapsmøtet', body: { contentType: 'html', content: '<p>Vel møtt! Hilsen sekretariatet</p>' }, start: { dateTime: '2026-06-11T09:00:00', timeZone: 'Europe/Oslo' }, end: { dateTime: '2026-06-11T15:00:00', timeZone: 'Europe/Oslo' } },
    });
    expect(created.status).toBe(201);
    eventId = (created.json() as GraphEventJson).id;

    const { page, pane } = await openSimulator(`user=${SECRETARY}&event=${encodeURIComponent(eventId)}`, SECRETARY);
    expect(await page.getByTestId('sim-subject').inputValue()).toBe('Partnerskapsmøtet');
    const paneSrc = await page.getAttribute('[data-testid=sim-pane-frame]', 'src');
    expect(paneSrc?.startsWith(`${harness.appUrl}/outlook.html?`)).toBe(true);

    await pane.getByRole('button', { name: 'Sett inn saksliste' }).click({ timeout: 90_000 });
    await pane.getByText(/Sakslisten med 7 saker er satt inn/).waitFor({ timeout: 60_000 });
    // The form shows what the pane wrote, as Outlook's form would.
    expect(await page.getByTestId('sim-subject').inputValue()).toBe('Partnerskapsmøtet 11.06.2026');

    const saved = (await eventsOf(SECRETARY)).find((event) => event.id === eventId);
    const body = saved?.body.content ?? '';
    const start = body.indexOf(AGENDA_BLOCK_START);
    const end = body.indexOf(AGENDA_BLOCK_END);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end).toBeGreaterThan(start);
    for (const caseNumber of CASE_NUMBERS) expect(body.slice(start, end)).toContain(caseNumber);
    expect(body).toContain('Vel møtt! Hilsen sekretariatet');
    expect(saved?.subject).toBe('Partnerskapsmøtet 11.06.2026');
    // Saving is not sending: nobody is invited until the organiser presses Send.
    expect(saved?.attendees).toEqual([]);
    await page.screenshot({ path: screenshotPath('outlook-simulator-compose.png') });

    await page.getByTestId('sim-send').click();
    await page.getByTestId('sim-status').getByText(/Sendt til \d+ deltakere/).waitFor({ timeout: 30_000 });
    const sent = (await eventsOf(SECRETARY)).find((event) => event.id === eventId);
    expect(sent?.attendees.map((a) => a.emailAddress.address)).toContain(ATTENDEE);
    await page.close();
  }, 240_000);

  it('shows an attendee the pane with the saksliste in their copy of the invitation (read mode)', async () => {
    const copy = (await eventsOf(ATTENDEE)).find((event) => event.subject === 'Partnerskapsmøtet 11.06.2026');
    expect(copy).toBeDefined();
    const { page, pane } = await openSimulator(`user=${ATTENDEE}&event=${encodeURIComponent(copy?.id ?? '')}`, ATTENDEE);
    expect(await page.locator('body').getAttribute('data-mode')).toBe('read');
    expect(await page.getByTestId('sim-subject').getAttribute('readonly')).not.toBeNull();
    await pane.getByRole('heading', { name: 'Saksliste' }).waitFor({ timeout: 90_000 });
    await pane.getByText('2026.01').first().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: screenshotPath('outlook-simulator-read.png') });
    await page.close();
  }, 180_000);

  it('speaks the language of ?locale=, as the other pages do', async () => {
    const { page, pane } = await openSimulator(`user=${SECRETARY}&event=${encodeURIComponent(eventId)}&locale=nn-NO`, SECRETARY);
    await pane.getByRole('heading', { name: 'Sakliste til innkallinga' }).waitFor({ timeout: 90_000 });
    expect(await page.getByTestId('sim-locale').inputValue()).toBe('nn-NO');
    await page.close();
  }, 120_000);
});
