// A tester's walk as a member from another organisation: Tobias Solli Iveland, Sandefjord kommune's
// representative in Partnerskapsmøtet, an Entra B2B guest in the hospital trust's tenant
// (`…#EXT#@siv.example.no`). The secretariat sends the Vestfold 2026 variant (a § 13 sak, a § 14
// vedlegg, a sak in lukket møte) with the real sender. He reads the innkalling that left the tenant
// for his own address (Exchange mails a guest's invitation out; his copy is in his home mailbox, not
// here, so the Outlook pane of the host's tenant cannot open it), follows its links, joins the meeting
// by the invite's Teams link in the meeting simulator as the guest Teams knows, reads the side panel
// and the stage, and later reads the referat mail and opens the referat. He is a member: the
// committee's rules let members see exempt content (docs/confidentiality.md). Screenshots go to
// out/screenshots/guest-*.png; what each step showed to out/guest-member-log.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { hiddenTexts, leaksIn, personViewer } from '../src/domain/confidentiality';
import { transition } from '../src/domain/meetingStatus';
import type { Committee, Meeting } from '../src/domain/model';
import { MailGateway } from '../src/graph/mailGateway';
import { createMinutesService } from '../src/graph/minutesService';
import { storeClosedReferat } from '../src/graph/referatFolder';
import { fetchTrusting, passwordTokenProvider } from '../src/graph/testing/nodeTenantAccess';
import { fixture, openSignedIn, ROOT, shownText, signInPopups, startAppHarness, type AppHarness } from './support/appHarness';
import { sendExemptVariant, sharePointRestAs } from './support/exemptVariant';
import { screenshotPath } from './support/screenshots';

const SECRETARY = 'hilde.kari.maugesten@siv.example.no';
const GUEST_MAIL = 'tobias.solli.iveland@sandefjord.kommune.example.no';
const GUEST_UPN = 'tobias.solli.iveland_sandefjord.kommune.example.no#EXT#@siv.example.no';
const EXEMPT_TITLE = 'Én vei inn';

interface Outbound {
  kind: string;
  to: { address: string }[];
  subject: string;
  bodyHtml: string;
  attachments: { name: string; size: number }[];
}

let harness: AppHarness;
let committee: Committee;
let sent: Meeting;
let guestContext: BrowserContext;
const log: Record<string, unknown> = {};

/** A person's tokens from the local tenant (the password grant, as their browser's sign-in would give). */
function signInAs(upn: string) {
  const info = harness.tenant.info;
  const password = info.users.find((user) => user.userPrincipalName === upn)?.password ?? '';
  const { authority, clientId, certificatePath } = info;
  return passwordTokenProvider({ authority, clientId, certificatePath, username: upn, password }, fetchTrusting(certificatePath));
}

/** Graph as he is, with his own token (the password grant of the local tenant, as his browser's sign-in would give). */
async function guestGraph(path: string, scopes: string[] = ['Files.Read.All']): Promise<Response> {
  const info = harness.tenant.info;
  const token = await signInAs(GUEST_UPN).getToken(scopes);
  return fetchTrusting(info.certificatePath)(`${info.graphBaseUrl}${path}`, { headers: { Authorization: `Bearer ${token}` } });
}

async function outboundTo(address: string): Promise<Outbound[]> {
  const response = await fetchTrusting(harness.tenant.info.certificatePath)(`${harness.tenant.url}/_tenant/outbound.json?to=${encodeURIComponent(address)}`);
  return ((await response.json()) as { value: Outbound[] }).value;
}

/** A mail as his own mail client shows it: the HTML in a page without scripts; its links and its text. */
async function readMail(page: Page, mail: Outbound, shot: string): Promise<{ text: string; links: { text: string; href: string }[] }> {
  await page.setContent(`<!doctype html><html lang="nb"><meta charset="utf-8"><title>${mail.subject.replace(/</g, '&lt;')}</title><body><h1 style="font:600 16px sans-serif">${mail.subject.replace(/</g, '&lt;')}</h1>${mail.bodyHtml}</body></html>`);
  await page.screenshot({ path: screenshotPath(shot), fullPage: true });
  const links = await page.locator('a[href]').evaluateAll((anchors) => anchors.map((a) => ({ text: (a.textContent ?? '').trim(), href: a.getAttribute('href') ?? '' })));
  return { text: await page.locator('body').innerText(), links };
}

/** Internal words a person from outside should never meet: ids, #EXT#, untranslated keys, English UI words. */
function jargonIn(text: string): string[] {
  const found: string[] = [];
  if (/#EXT#/i.test(text)) found.push('#EXT#');
  if (/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i.test(text)) found.push('en id');
  if (/\b(undefined|null|NaN)\b/.test(text)) found.push('undefined/null');
  if (/\b[a-z]+\.[a-z]+[A-Z]\w*\b/.test(text)) found.push(`en meldingsnøkkel (${/\b[a-z]+\.[a-z]+[A-Z]\w*\b/.exec(text)?.[0]})`);
  return found;
}

beforeAll(async () => {
  harness = await startAppHarness('motebok-guest-member-e2e-');
  mkdirSync(path.join(ROOT, 'out'), { recursive: true });
  const repository = harness.repositoryAs(SECRETARY);
  await repository.ensureProvisioned();
  // Partnerskapsmøtet as seeded: Tobias is one of its members (no role of his own), so the rule for members is his.
  committee = (await repository.saveCommittee(fixture('pm-2026').committee)).value;
  const stored = await sendExemptVariant(harness, SECRETARY, committee, { id: 'pm-gjest-e2e' });
  sent = stored.value;
  guestContext = await harness.browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1400, height: 900 }, locale: 'nb-NO' });
  signInPopups(guestContext, () => GUEST_UPN);
}, 600_000);

afterAll(async () => {
  writeFileSync(path.join(ROOT, 'out', 'guest-member-log.json'), JSON.stringify(log, null, 2));
  await guestContext?.close();
  await harness?.close();
});

describe('a member from another organisation (a B2B guest) follows his meeting', () => {
  it('receives an innkalling in Norwegian whose links are https and reach the host’s SharePoint and Teams, without exempt text a member may not see', async () => {
    const mails = await outboundTo(GUEST_MAIL);
    log.innkallingOutbound = mails.map((mail) => ({ kind: mail.kind, subject: mail.subject, attachments: mail.attachments.map((a) => a.name) }));
    const invitation = mails.find((mail) => mail.kind === 'meetingRequest');
    // His copy is in his home mailbox: the host's tenant has none for him, so its Outlook pane («Møtebok – Saksliste»)
    // never opens on it, and the mail must carry all he needs (docs/drift.md, «Gjester fra andre organisasjoner»).
    const calendar = await guestGraph('/me/events', ['Calendars.Read']);
    expect(calendar.status).toBe(404);
    expect(((await calendar.json()) as { error: { code: string } }).error.code).toBe('MailboxNotEnabledForRESTAPI');
    expect(invitation, 'innkallingen til gjesten').toBeDefined();
    if (!invitation) return;
    const page = await guestContext.newPage();
    const { text, links } = await readMail(page, invitation, 'guest-innkalling.png');
    log.innkalling = { subject: invitation.subject, links, attachments: invitation.attachments.map((a) => a.name) };
    expect(jargonIn(`${invitation.subject}\n${text}`), 'innkallingen').toEqual([]);
    expect(text).toContain('Saksliste');
    // The exempt vedlegg by its generic title says «Unntatt offentlighet» once, then the hjemmel.
    expect(text).toContain('Vedlegg 2 - Sak 2026.03 Unntatt offentlighet (offl. § 14 første ledd)');
    // Every link is https; the vedlegg lie in the host's SharePoint, the join link in its Teams.
    const tenantOrigin = new URL(harness.tenant.url).origin;
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link.href, link.text).toMatch(/^https:\/\//);
    const documents = links.filter((link) => !link.href.includes('/_tenant/meeting/join/'));
    expect(documents.map((link) => link.text)).toEqual([expect.stringMatching(/^Vedlegg 1 - Sak 2026\.02 /)]);
    for (const link of documents) expect(new URL(link.href).origin, link.text).toBe(tenantOrigin);
    // His guest access reaches the open vedlegg: he reads each one with his own token.
    for (const attachment of sent.items.flatMap((item) => item.attachments).filter((entry) => !entry.exemption && entry.driveItemId)) {
      const opened = await guestGraph(`/drives/${encodeURIComponent(harness.tenant.info.driveId)}/items/${encodeURIComponent(attachment.driveItemId ?? '')}/content`);
      expect(opened.status, attachment.fileName).toBe(200);
    }
    // The invitation is the public view for all: the exempt sak by number, public title and hjemmel.
    expect(leaksIn(text, hiddenTexts({ committee, meeting: sent }, personViewer('nobody@example.invalid'))), 'innkallingen er offentlig').toEqual([]);
    // As a member he may see the exempt vedlegg: they come as links in a mail of their own, to the sak's closed folder.
    const exemptMail = mails.find((mail) => mail !== invitation && mail.subject.startsWith('Dokumenter unntatt offentlighet'));
    expect(exemptMail, 'lenkene til det som er unntatt').toBeDefined();
    if (exemptMail) {
      const exempt = await readMail(page, exemptMail, 'guest-unntatt-lenker.png');
      log.exemptLinks = { subject: exemptMail.subject, links: exempt.links, text: exempt.text.slice(0, 2000) };
      expect(jargonIn(`${exemptMail.subject}\n${exempt.text}`), 'lenkene til det som er unntatt').toEqual([]);
      expect(exempt.links.length).toBeGreaterThan(0);
      for (const link of exempt.links) {
        expect(link.href, link.text).toMatch(/^https:\/\//);
        expect(new URL(link.href).origin, link.text).toBe(tenantOrigin);
      }
      // The closed folder lets him in: the committee gives members the exempt content.
      for (const attachment of sent.items.flatMap((item) => item.attachments).filter((entry) => entry.exemption && entry.driveItemId)) {
        const opened = await guestGraph(`/drives/${encodeURIComponent(harness.tenant.info.driveId)}/items/${encodeURIComponent(attachment.driveItemId ?? '')}/content`);
        expect(opened.status, attachment.fileName).toBe(200);
      }
    }
    await page.close();
  }, 180_000);

  it('joins by the invite’s Teams link and reads the side panel read-only, the exempt sak as a member, and the stage, with no id or #EXT# shown', async () => {
    const repository = harness.repositoryAs(SECRETARY);
    const current = await repository.getMeeting(sent.id);
    if (!current) throw new Error('møtet mangler');
    const exempt = current.value.items.find((item) => item.caseNumber === '2026.04');
    const running = await repository.saveMeeting({ ...current.value, status: 'inProgress', currentItemId: exempt?.id }, current.version);
    sent = running.value;
    const join = sent.onlineMeetingJoinUrl ?? '';
    log.joinUrl = join;
    expect(join).toMatch(/^https:\/\//);
    const thread = /\/_tenant\/meeting\/join\/([^/?#]+)/.exec(join)?.[1];
    const page = await guestContext.newPage();
    const url = new URL(join.startsWith(harness.tenant.url) ? join : `${harness.tenant.url}/_tenant/meeting/join/${thread ?? ''}`);
    url.searchParams.set('user', 'guest');
    // Today's Teams: the app gets his tokens from the host (nested app auth), no sign-in window.
    url.searchParams.set('naa', '1');
    url.searchParams.set('stage', `/stage.html?meeting=${encodeURIComponent(sent.id)}`);
    await page.goto(url.href);
    const panel = page.frameLocator('[data-testid=sim-side-panel-frame]');
    const stage = page.frameLocator('[data-testid=sim-stage-frame]');
    await panel.getByTestId('agenda-list').or(panel.getByTestId('read-only')).first().waitFor({ timeout: 90_000 });
    await stage.getByTestId('stage-title').waitFor({ timeout: 90_000 });
    await page.screenshot({ path: screenshotPath('guest-meeting.png') });
    const seen = await shownText(page);
    log.sidePanel = seen.slice(0, 4000);
    expect(jargonIn(seen), 'sidepanelet og scenen').toEqual([]);
    // He is a member: the exempt sak is his to read in the side panel; the stage, seen by all, shows the public title.
    expect(seen).toContain(EXEMPT_TITLE);
    expect(await stage.getByTestId('stage-title').innerText()).toBe('Unntatt offentlighet');
    // Shared by the organiser before he joined: an attendee cannot share (simulator/README.md).
    await page.getByText('Hilde Kari Maugesten deler Møtebok').waitFor();
    // He cannot record: the panel says so in words rather than offering fields that fail.
    await panel.getByTestId(`agenda-item-${exempt?.id ?? ''}`).click();
    await panel.locator('#read-only-heading').waitFor({ timeout: 30_000 });
    const item = await shownText(page);
    await page.screenshot({ path: screenshotPath('guest-meeting-sak.png') });
    log.sidePanelSak = item.slice(0, 4000);
    expect(jargonIn(item), 'saken').toEqual([]);
    expect(await panel.getByRole('textbox').count(), 'ingen felt å skrive i').toBe(0);
    // He sees it in full, and is told it is exempt, under which hjemmel, and why he sees it (ExemptReadNote).
    expect(await panel.getByTestId('exempt-read-note').innerText()).toMatch(/^Saken er unntatt offentlighet \(offl\. § 13[^)]*\)\. Du ser det fordi møteorganets regler gir deg tilgang\./);
    await page.close();
  }, 240_000);

  it('gets the referat mail and opens the referat with his own access', async () => {
    const repository = harness.repositoryAs(SECRETARY);
    const current = await repository.getMeeting(sent.id);
    if (!current) throw new Error('møtet mangler');
    // «Avslutt møtet» as the referent's panel does it (meetingStatus.transition: the stage stops following).
    const held: Meeting = transition({ ...current.value, items: current.value.items.map((item) => ({ ...item, outcome: 'treated' as const, conclusion: item.proposedConclusion })) }, 'held');
    const info = harness.tenant.info;
    const closed = { rest: sharePointRestAs(harness, SECRETARY), graph: repository.storageClient, siteId: info.siteId };
    const service = createMinutesService({
      repository,
      mail: () => new MailGateway(harness.graphAs(SECRETARY)(['Mail.Send'])),
      storeClosed: (file, fileName, content) => storeClosedReferat(closed, file, fileName, content),
    });
    const saved = await repository.saveMeeting(held, current.version);
    const minutes = await service.store(committee, saved.value);
    const withMinutes = await repository.saveMeeting({ ...saved.value, minutes: minutes.minutes }, saved.version);
    await service.send(committee, withMinutes.value, minutes.bytes);
    const mail = (await outboundTo(GUEST_MAIL)).find((entry) => entry.subject.startsWith('Referat'));
    expect(mail, 'referatet til gjesten').toBeDefined();
    if (!mail) return;
    const page = await guestContext.newPage();
    const { text, links } = await readMail(page, mail, 'guest-referat-mail.png');
    log.referatMail = { subject: mail.subject, links, attachments: mail.attachments.map((a) => a.name), text: text.slice(0, 2000) };
    expect(jargonIn(`${mail.subject}\n${text}`), 'referatmailen').toEqual([]);
    for (const link of links) expect(link.href, link.text).toMatch(/^https:\/\//);
    // The referat link points where his guest access reaches: he opens it with his own token.
    const referatLink = links.find((link) => link.href === minutes.minutes.webUrl);
    expect(referatLink, 'lenken til referatet').toBeDefined();
    const opened = await guestGraph(`/drives/${encodeURIComponent(info.driveId)}/items/${encodeURIComponent(minutes.minutes.driveItemId ?? '')}/content`);
    log.referatOpenedByGuest = opened.status;
    expect(opened.status, 'gjesten åpner referatet').toBe(200);
    // After the meeting, his side panel's «Etter møtet»: what he may do is said in words.
    const panelPage = await guestContext.newPage();
    const sidePanel = new URL('/sidepanel.html', harness.appUrl);
    sidePanel.search = new URLSearchParams({ meeting: sent.id, upn: GUEST_UPN }).toString();
    await openSignedIn(panelPage, sidePanel.href, panelPage.getByTestId('agenda-list').or(panelPage.getByTestId('read-only')).first());
    const after = panelPage.getByRole('tab', { name: 'Etter møtet' });
    if (await after.isVisible()) await after.click();
    // What the panel says of the referat comes last (its own chunk, once the meeting is read as held): waited for,
    // not 1.5 s, which a loaded machine can pass before it is there, leaving the text below without it.
    await panelPage.getByTestId('minutes-status').or(panelPage.getByTestId('after-meeting')).first().waitFor({ timeout: 30_000 });
    await panelPage.screenshot({ path: screenshotPath('guest-after-meeting.png'), fullPage: true });
    const afterText = await shownText(panelPage);
    log.afterMeeting = afterText.slice(0, 3000);
    expect(jargonIn(afterText), 'etter møtet').toEqual([]);
    expect(afterText).toContain('Møtet er holdt');
    expect(afterText).not.toContain('Aktiv sak');
    await page.close();
    await panelPage.close();
  }, 240_000);
});
