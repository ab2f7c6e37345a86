import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { z } from 'zod';
import { invitees } from '../src/domain/invitation';
import { docxParagraphs } from '../src/documents/testing/docxText';
import { fetchTrusting } from '../src/graph/testing/nodeTenantAccess';
import { createMeeting, fillNewMeeting, pickPerson } from './support/committeeWalk';
import { isLocalRequest, openWorkspace, screenshotPath, seedBefore2026, SECRETARY_UPN, startWorkspaceHarness, type WorkspaceHarness } from './support/workspaceHarness';

const AttachmentsSchema = z.object({ value: z.array(z.object({ name: z.string(), contentBytes: z.string() }).loose()) }).loose();
const OutboundSchema = z.object({ value: z.array(z.object({ kind: z.string(), subject: z.string(), bodyHtml: z.string() }).loose()) }).loose();
const SubjectsSchema = z.object({ value: z.array(z.object({ subject: z.string() }).loose()) }).loose();
const EventsSchema = z
  .object({
    value: z.array(z.object({ id: z.string(), subject: z.string(), body: z.object({ content: z.string() }).loose() }).loose()),
  })
  .loose();

/** Creates a meeting through the "Nytt møte" dialog. */
/** Adds an item with the pointer: title, kinds, one presenter from the directory, conclusion points. */
async function addItem(page: Page, item: { title: string; kinds: string[]; presenter: string; points: string[] }): Promise<void> {
  await page.getByRole('button', { name: 'Legg til sak' }).click();
  const title = page.getByRole('textbox', { name: 'Tittel' });
  await title.fill(item.title);
  for (const kind of item.kinds) await page.getByRole('checkbox', { name: kind }).check();
  const presenters = page.getByRole('combobox', { name: 'Ansvar (presenterer)' });
  await pickPerson(page, presenters, item.presenter.split(' ')[0] ?? item.presenter, item.presenter);
  for (const [index, point] of item.points.entries()) {
    await page.getByRole('button', { name: 'Legg til punkt' }).click();
    await page.getByRole('textbox', { name: `Punkt ${index + 1}` }).fill(point);
  }
  await page.getByRole('button', { name: 'Lukk', exact: true }).click();
}

describe('the secretariat prepares and sends the 2026 innkalling in the workspace', () => {
  let harness: WorkspaceHarness;

  beforeAll(async () => {
    harness = await startWorkspaceHarness();
  }, 240_000);
  afterAll(async () => harness?.close());

  it('offers "Klargjør SharePoint-området" on a site without Møtebok lists, and sets it up', async () => {
    const context = await harness.newContext();
    const page = await context.newPage();
    await page.goto(`${harness.appUrl}/workspace.html`);
    const provision = page.getByRole('button', { name: 'Klargjør SharePoint-området' });
    const signIn = page.getByRole('button', { name: 'Logg inn' });
    await provision.or(signIn).first().waitFor({ timeout: 60_000 });
    if (await signIn.isVisible()) await signIn.click();
    await provision.click();
    await expect.poll(() => page.getByText('Ingen møteorganer er satt opp ennå.').count(), { timeout: 60_000 }).toBe(1);
    const lists = z
      .object({ value: z.array(z.object({ displayName: z.string() }).loose()) })
      .loose()
      .parse(await harness.graphAs(SECRETARY_UPN)(['Sites.ReadWrite.All']).api(`/sites/${harness.tenant.info.siteId}/lists`).get());
    expect(lists.value.map((list) => list.displayName)).toEqual(expect.arrayContaining(['MotebokCommittees', 'MotebokMeetings', 'MotebokAgendaItems']));
    // «Klargjør» also turned versioning on through SharePoint REST, from the browser with a token for
    // the SharePoint host (CORS, a second resource): every _api call succeeded, the MERGEs with 204.
    const log = z
      .object({ value: z.array(z.object({ method: z.string(), path: z.string(), status: z.number() }).loose()) })
      .parse(await (await fetchTrusting(harness.tenant.info.certificatePath)(`${harness.tenant.url}/_tenant/requests`)).json());
    const rest = log.value.filter((entry) => entry.path.includes('/_api/'));
    expect(rest.filter((entry) => entry.status >= 400)).toEqual([]);
    expect(rest.filter((entry) => entry.method === 'POST' && entry.status === 204).length).toBeGreaterThanOrEqual(3);
    // In a plain browser the workspace never evaluates teams-js, so teams-js never asks for Teams' valid
    // origins, which it does the moment it is evaluated; nor does it download teams-js's chunks (only a
    // page in Teams fetches them, first thing in its entry); no request of the page (or its sign-in
    // popup) left the machine.
    expect(harness.requestedUrls.filter((url) => new URL(url).pathname.endsWith('/validDomains.json'))).toEqual([]);
    expect(harness.requestedUrls.filter((url) => /^\/teams-js(-lib)?\.[^/]*js$/.test(new URL(url).pathname))).toEqual([]);
    // Nor MSAL's nested app auth, which only Teams answers; MSAL's standard application, which a
    // browser signs in with, is fetched by the entry here rather than preloaded for every host.
    expect(harness.requestedUrls.filter((url) => /^\/msal-nested\.[^/]*js$/.test(new URL(url).pathname))).toEqual([]);
    expect(harness.requestedUrls.filter((url) => /^\/msal\.[^/]*js$/.test(new URL(url).pathname)).length).toBeGreaterThan(0);
    expect(harness.requestedUrls.filter((url) => !isLocalRequest(url))).toEqual([]);
    await context.close();
    await seedBefore2026(harness);
  }, 120_000);

  it('creates the meeting from the template, enters items, uploads vedlegg, sends it to every internal member and sends an update', async () => {
    const context = await harness.newContext();
    // Prepared in May, before the meeting of 11 June 2026: the checks before sending refuse a meeting whose date has passed.
    await context.clock.install({ time: new Date('2026-05-20T08:00:00+02:00') });
    const page = await context.newPage();
    await openWorkspace(page, harness.appUrl);

    await createMeeting(await fillNewMeeting(page, { date: '2026-06-11', starts: '13:30', ends: '15:00' }));
    // The template: approval of the notice, the 2025 minutes as Referatsak with the minutes attached, the closing row.
    const agenda = page.getByRole('list', { name: 'Saksliste' });
    await expect.poll(() => agenda.getByRole('listitem').allInnerTexts(), { timeout: 15_000 }).toHaveLength(3);
    await expect.poll(async () => (await agenda.innerText()).includes('2026.02')).toBe(true);
    expect(await agenda.innerText()).toMatch(/Referat fra/);

    await addItem(page, {
      title: 'Handlingsplan og bruk av rekruttering og samhandlingstilskudd',
      kinds: ['Orientering'],
      presenter: 'Kristin Liset',
      points: ['Partnerskapsmøtet tar vedtatt handlingsplan for 2026 til orientering.', 'Gjenstående tilskuddsmidler prioriteres etter mål og strategiplan for 2027.'],
    });
    await addItem(page, {
      title: 'Prosjekt X – «Én vei inn»',
      kinds: ['Orientering', 'Dialog'],
      presenter: 'Christian Reissig',
      points: ['Informasjon i møtet tas til orientering.'],
    });
    const texts = await agenda.innerText();
    expect(texts).toMatch(/2026\.03[\s\S]*Handlingsplan/);
    expect(texts).toMatch(/2026\.04[\s\S]*Prosjekt X/);

    // "Flytt opp" renumbers while the meeting is a draft.
    await page.getByRole('button', { name: /Flytt 2026\.04 Prosjekt X.* opp/ }).click();
    await expect.poll(async () => agenda.innerText()).toMatch(/2026\.03[\s\S]*Prosjekt X[\s\S]*2026\.04[\s\S]*Handlingsplan/);

    // A vedlegg on the Handlingsplan item, through the file input.
    await page.getByRole('button', { name: /Rediger 2026\.04 Handlingsplan/ }).click();
    await page.locator('input[type=file]').setInputFiles({ name: 'Handlingsplan 2026.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(120_000, 7) });
    await expect.poll(() => page.getByRole('link', { name: /Vedlegg 2 - Sak 2026\.04 Handlingsplan 2026/ }).count(), { timeout: 20_000 }).toBe(1);
    // A name SharePoint refuses: the reason, and a safe name the user accepts.
    await page.locator('input[type=file]').setInputFiles({ name: 'Budsjett: 2026?.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(5_000, 3) });
    await expect.poll(() => page.getByText(/kan ikke brukes i SharePoint/).count()).toBe(1);
    expect(await page.getByText(/kolon/).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: /^Bruk «Budsjett/ }).click();
    await expect.poll(() => page.getByRole('link', { name: /Vedlegg 3 - Sak 2026\.04 Budsjett/ }).count(), { timeout: 20_000 }).toBe(1);
    // Drag and drop onto the drop zone.
    const dataTransfer = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(20_000)], 'Kartlegging.pdf', { type: 'application/pdf' }));
      return transfer;
    });
    const dropZone = page.getByText('Slipp filer her, eller').locator('..');
    await dropZone.dispatchEvent('dragover', { dataTransfer });
    await dropZone.dispatchEvent('drop', { dataTransfer });
    await expect.poll(() => page.getByRole('link', { name: /Vedlegg 4 - Sak 2026\.04 Kartlegging/ }).count(), { timeout: 20_000 }).toBe(1);
    // The saksframlegg from the template, stored in the meeting folder and opened in a new tab.
    const opened = context.waitForEvent('page');
    await page.getByRole('button', { name: 'Lag saksframlegg' }).click();
    // (The local tenant serves the file itself, so the new tab becomes a download; Word opens it in M365.)
    await opened;
    await expect.poll(() => page.getByRole('link', { name: /Åpne saksframlegget i Word \(2026\.04 Saksgrunnlag Handlingsplan/ }).count(), { timeout: 30_000 }).toBe(1);
    expect(await page.getByRole('link', { name: /Åpne saksframlegget i Word/ }).getAttribute('href')).toMatch(/^https:\/\/localhost:\d+\/.*Saksgrunnlag/);
    await page.getByRole('button', { name: 'Lukk', exact: true }).click();
    await expect.poll(() => page.locator('[data-save-state]').getAttribute('data-save-state'), { timeout: 15_000 }).toBe('saved');
    await page.screenshot({ path: screenshotPath('workspace-agenda.png'), fullPage: true });

    // Preview in a sandboxed frame: the invite body as it will look.
    await page.getByRole('button', { name: 'Forhåndsvis innkallingen' }).click();
    const preview = page.frameLocator('iframe[title^="Forhåndsvisning"]');
    await expect.poll(() => preview.locator('body').innerText()).toMatch(/Prosjekt X/);
    // Its scripts never run; the page's own listener may read its keys (PreviewFrame.tsx).
    expect(await page.locator('iframe[title^="Forhåndsvisning"]').getAttribute('sandbox')).toBe('allow-same-origin');
    // Escape pressed in the frame (the key reaches the frame's document only) closes the preview, the focus back on its button.
    await preview.locator('body').click();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('iframe[title^="Forhåndsvisning"]').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Forhåndsvis innkallingen');
    await page.getByRole('button', { name: 'Forhåndsvis innkallingen' }).click();
    await expect.poll(() => preview.locator('body').innerText()).toMatch(/Prosjekt X/);

    await page.getByRole('button', { name: 'Send innkalling' }).click();
    const dialog = page.getByRole('alertdialog');
    await expect.poll(() => dialog.innerText()).toMatch(/Mottakere \(\d+\)/);
    expect(await dialog.innerText()).toMatch(/christian\.reissig@siv\.example\.no/);
    expect(await dialog.innerText()).toMatch(/Vedlegg \(4\), til sammen/);
    await page.waitForTimeout(600); // let the dialog's entrance animation finish
    await page.screenshot({ path: screenshotPath('workspace-send-dialog.png') });
    await dialog.getByRole('button', { name: 'Send', exact: true }).click();
    await dialog.waitFor({ state: 'detached', timeout: 60_000 });
    await expect.poll(() => page.getByRole('article').locator('[data-meeting-status]').getAttribute('data-meeting-status'), { timeout: 30_000 }).toBe('noticeSent');
    expect(await page.getByText(/Innkallingen er sendt/).count()).toBeGreaterThan(0);
    // The meeting list reads the same stored meeting as the header: no stale "Utkast".
    const listed = page.getByRole('navigation').locator('[aria-current="true"] [data-meeting-status]');
    await expect.poll(() => listed.getAttribute('data-meeting-status'), { timeout: 30_000 }).toBe('noticeSent');
    expect(await listed.innerText()).toBe('Innkalling sendt');
    // The preview is rendered again from the sent meeting (the frame reloads its srcdoc): wait for it.
    await expect.poll(() => preview.locator('body').innerText(), { timeout: 30_000 }).toMatch(/Prosjekt X/);
    // The sandboxed frame is painted by its own renderer process, which a full-page capture leaves
    // white below the first 900 px: the viewport is made as tall as the page for the capture.
    await page.setViewportSize({ width: 1280, height: await page.evaluate(() => document.documentElement.scrollHeight) });
    await expect.poll(() => preview.locator('body').innerText(), { timeout: 30_000 }).toMatch(/Prosjekt X/);
    await page.waitForTimeout(300);
    await page.screenshot({ path: screenshotPath('workspace-sent.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });

    // Verified in the tenant as the members themselves: the invitation is in every internal member's calendar.
    const repository = harness.repositoryAs(SECRETARY_UPN);
    const committees = await repository.listCommittees();
    const committee = committees[0]?.value;
    if (!committee) throw new Error('no committee stored');
    const meetings = await repository.listMeetings(committee.id);
    const stored = meetings.find((entry) => entry.value.date === '2026-06-11')?.value;
    expect(stored?.status).toBe('noticeSent');
    expect(stored?.items.map((item) => item.caseNumber)).toEqual(['2026.01', '2026.02', '2026.03', '2026.04', null]);
    expect(stored?.items[3]?.presenters.map((person) => person.name)).toEqual(['Kristin Liset']);
    expect(stored?.items[2]?.kinds).toEqual(['Orientering', 'Dialog']);
    expect(stored?.items[3]?.proposedConclusion).toHaveLength(2);
    expect(stored?.items[3]?.caseMemo?.fileName).toMatch(/^2026\.04 Saksgrunnlag Handlingsplan.*\.docx$/);
    if (!stored) throw new Error('meeting not stored');
    const addresses = new Set(invitees(committee, stored).map((invitee) => invitee.address.toLowerCase()));
    const internal = harness.users.filter((user) => user.userType === 'Member' && addresses.has(user.mail.toLowerCase()) && user.userPrincipalName !== SECRETARY_UPN);
    expect(internal.length).toBeGreaterThanOrEqual(2);
    for (const member of internal) {
      const events = EventsSchema.parse(await harness.graphAs(member.userPrincipalName)(['Calendars.ReadWrite']).api('/me/events').top(100).get());
      const invitation = events.value.filter((event) => event.subject.includes(committee.name));
      expect(invitation, member.userPrincipalName).toHaveLength(1);
      expect(invitation[0]?.body.content).toMatch(/Prosjekt X/);
    }

    // A change after sending goes out as an update of the same invitation, with what changed listed first.
    await page.getByRole('button', { name: /Rediger 2026\.03 Prosjekt X/ }).click();
    await page.getByRole('textbox', { name: 'Tittel' }).fill('Prosjekt X – «Én vei inn», med delprosjekter');
    await page.getByRole('button', { name: 'Lukk', exact: true }).click();
    await expect.poll(() => page.locator('[data-save-state]').getAttribute('data-save-state'), { timeout: 15_000 }).toBe('saved');
    // "Endre møtet": the meeting moves; the updated innkalling must carry the new place.
    await page.getByRole('button', { name: 'Endre møtet' }).click();
    await page.getByRole('textbox', { name: 'Møtested' }).fill('Quality Hotel Tønsberg');
    await page.getByRole('button', { name: 'Bruk endringene' }).click();
    await expect.poll(() => page.locator('[data-save-state]').getAttribute('data-save-state'), { timeout: 15_000 }).toBe('saved');
    await page.getByRole('button', { name: 'Send oppdatert innkalling' }).click();
    const update = page.getByRole('alertdialog');
    await expect.poll(() => update.innerText()).toMatch(/Endringer siden forrige utsending[\s\S]*2026\.03/);
    await update.getByRole('button', { name: 'Send', exact: true }).click();
    await update.waitFor({ state: 'detached', timeout: 60_000 });
    await expect.poll(() => page.getByText(/Versjon 2/).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    for (const member of internal) {
      const events = EventsSchema.parse(await harness.graphAs(member.userPrincipalName)(['Calendars.ReadWrite']).api('/me/events').top(100).get());
      const invitation = events.value.filter((event) => event.subject.includes(committee.name));
      expect(invitation, member.userPrincipalName).toHaveLength(1);
      expect(invitation[0]?.body.content).toMatch(/med delprosjekter/);
      // The innkalling attached to the update is the current one: the new place and title, not the first version.
      const attachments = AttachmentsSchema.parse(await harness.graphAs(member.userPrincipalName)(['Calendars.ReadWrite']).api(`/me/events/${invitation[0]?.id ?? ''}/attachments`).get());
      const innkalling = attachments.value.filter((attachment) => attachment.name.startsWith('Innkalling '));
      expect(innkalling, member.userPrincipalName).toHaveLength(1);
      const text = (await docxParagraphs(Buffer.from(innkalling[0]?.contentBytes ?? '', 'base64'))).join('\n');
      expect(text).toContain('Quality Hotel Tønsberg');
      expect(text).toContain('med delprosjekter');
      // «Send oppdatert innkalling» goes out exactly once: the invitation, then ONE update.
      const inbox = SubjectsSchema.parse(await harness.graphAs(member.userPrincipalName)(['Mail.Read']).api('/me/messages').top(100).get());
      const received = inbox.value.filter((message) => message.subject.includes(committee.name)).map((message) => message.subject.startsWith('Oppdatert:'));
      expect(received.sort(), member.userPrincipalName).toEqual([false, true]);
    }
    // Guests from the municipalities receive the invitation and the update by mail, each with the Teams join link.
    const joinUrl = (await repository.getMeeting(stored.id))?.value.onlineMeetingJoinUrl ?? '';
    expect(joinUrl).toMatch(/^https:\/\//);
    const members = new Set(harness.users.filter((user) => user.userType === 'Member').map((user) => user.mail.toLowerCase()));
    const guests = invitees(committee, stored).filter((invitee) => !members.has(invitee.address.toLowerCase()));
    expect(guests.length).toBeGreaterThanOrEqual(1);
    const fetchTenant = fetchTrusting(harness.tenant.info.certificatePath);
    for (const guest of guests) {
      const mailed = OutboundSchema.parse(await (await fetchTenant(`${harness.tenant.url}/_tenant/outbound.json?to=${encodeURIComponent(guest.address)}`)).json());
      const about = mailed.value.filter((mail) => mail.subject.includes(committee.name));
      // The invitation, then exactly one update: attachment changes ride on the update's PATCH, as in Exchange.
      expect(about.map((mail) => mail.kind), guest.address).toEqual(['meetingRequest', 'meetingUpdate']);
      expect(about.at(-1)?.bodyHtml, guest.address).toContain('Quality Hotel Tønsberg');
      for (const mail of about) expect(mail.bodyHtml, guest.address).toContain(`href="${joinUrl}"`);
    }
    await context.close();
  }, 240_000);
});
