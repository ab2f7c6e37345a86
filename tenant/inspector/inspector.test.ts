import { createHash, createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { startTempTenant, type TempTenant } from '../testing/fixture.js';
import { graph, passwordToken, send } from '../testing/tenantClient.js';

let t: TempTenant;
let browser: Browser;
const HOSTILE = '<img src=x onerror=alert(1)><script>alert(2)</script>';

/** Chromium trusts exactly the tenant's certificate (by its public key hash), not every certificate. */
function spkiHash(certPath: string): string {
  const der = createPublicKey(readFileSync(certPath, 'utf8')).export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('base64');
}

beforeAll(async () => {
  t = await startTempTenant();
  const hilde = await passwordToken(t.tenant, 'hilde.kari.maugesten@siv.example.no', ['Calendars.ReadWrite', 'Files.ReadWrite.All', 'Sites.Manage.All']);
  await graph(t.tenant, hilde, `/drives/${t.tenant.info.driveId}/root:/Møte 2026/${encodeURIComponent('Innkalling <b>.txt')}:/content`, { method: 'PUT', body: Buffer.from('innhold') }).then((r) => expect(r.status).toBe(400));
  await graph(t.tenant, hilde, `/drives/${t.tenant.info.driveId}/root:/Møte 2026/Innkalling & saksliste.txt:/content`, { method: 'PUT', body: Buffer.from('innhold') });
  const event = (await graph(t.tenant, hilde, '/me/events', { method: 'POST', body: { subject: `Partnerskapsmøtet ${HOSTILE}`, body: { contentType: 'html', content: `<p>Saksliste</p>${HOSTILE}` }, start: { dateTime: '2026-06-11T13:30:00', timeZone: 'Europe/Oslo' }, end: { dateTime: '2026-06-11T15:00:00', timeZone: 'Europe/Oslo' }, attendees: [{ emailAddress: { address: 'per.christian.voss@siv.example.no' } }] } })).json() as { id: string };
  await graph(t.tenant, hilde, `/me/events/${event.id}/attachments`, { method: 'POST', body: { '@odata.type': '#microsoft.graph.fileAttachment', name: 'Vedlegg 1.txt', contentBytes: Buffer.from('vedlegg').toString('base64') } });
  // As in Exchange, the attachment reaches the attendee with the organiser's next update.
  await graph(t.tenant, hilde, `/me/events/${event.id}`, { method: 'PATCH', body: {} }).then((r) => expect(r.status).toBe(200));
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', `--ignore-certificate-errors-spki-list=${spkiHash(t.tenant.info.certificatePath)}`] });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await t.dispose();
});

function perId(): string {
  return t.tenant.info.users.find((u) => u.mail === 'per.christian.voss@siv.example.no')?.id ?? '';
}

describe('the inspector', () => {
  it('escapes user text and shows invitation bodies only inside a sandboxed iframe', async () => {
    const calendar = (await send(t.tenant, `/_tenant/calendar/${perId()}`)).text();
    expect(calendar).not.toContain('<script>alert(2)</script>');
    expect(calendar).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
    const inbox = (await send(t.tenant, `/_tenant/inbox/${perId()}`)).text();
    const bodyLink = /href="(\/_tenant\/body\/message\/[^"]+)"/.exec(inbox)?.[1] ?? '';
    const bodyPage = await send(t.tenant, bodyLink.replace(/&amp;/g, '&'));
    expect(bodyPage.headers['content-security-policy']).toContain("script-src 'none'");
    const html = bodyPage.text();
    expect(html).toMatch(/<iframe title="[^"]*" sandbox="" srcdoc="[^"]*&lt;script&gt;alert\(2\)&lt;\/script&gt;/);
    expect(html.split('<script>alert(2)</script>')).toHaveLength(1);
  });

  it('lets the attendee invitation attachment and a library file be downloaded', async () => {
    const inbox = (await send(t.tenant, `/_tenant/inbox/${perId()}`)).text();
    const attachment = /href="(\/_tenant\/attachment\/message\/[^"]+)"/.exec(inbox)?.[1] ?? '';
    expect((await send(t.tenant, attachment)).text()).toBe('vedlegg');
    const library = (await send(t.tenant, '/_tenant/library')).text();
    expect(library).toContain('Innkalling &amp; saksliste.txt');
    const download = /href="(https:\/\/localhost:\d+\/_tenant\/download\/[^"]+)"/.exec(library)?.[1] ?? '';
    expect((await send(t.tenant, download.replace(/&amp;/g, '&'))).text()).toBe('innhold');
  });

  it('links both simulators, and opens each calendar event in the Outlook simulator as its owner', async () => {
    const calendar = (await send(t.tenant, `/_tenant/calendar/${perId()}`)).text();
    expect(calendar).toContain('<a href="/_tenant/meeting/">Møtesimulator</a>');
    expect(calendar).toContain('<a href="/_tenant/personal/">Personlig app (Teams)</a>');
    expect(calendar).toContain('<a href="/_tenant/outlook/">Outlook-simulator</a>');
    const link = /href="(\/_tenant\/outlook\/\?[^"]+)">Åpne i Outlook-simulatoren/.exec(calendar)?.[1] ?? '';
    const query = new URLSearchParams(link.replace(/&amp;/g, '&').split('?')[1]);
    expect(query.get('user')).toBe('per.christian.voss@siv.example.no');
    const events = (await graph(t.tenant, await passwordToken(t.tenant, 'per.christian.voss@siv.example.no', ['Calendars.ReadWrite']), '/me/events')).json() as { value: Array<{ id: string }> };
    expect(events.value.map((e) => e.id)).toContain(query.get('event'));
  });

  it('has no WCAG 2.1 AA violations on the overview, a calendar, the library and the sign-in page, and runs no script from a body', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    const signIn = `${t.tenant.info.authority}/oauth2/v2.0/authorize?${new URLSearchParams({ client_id: t.tenant.info.clientId, redirect_uri: 'https://localhost:3000/', response_type: 'code', scope: 'openid User.Read' }).toString()}`;
    for (const url of [`${t.tenant.url}/_tenant/`, `${t.tenant.url}/_tenant/calendar/${perId()}`, `${t.tenant.url}/_tenant/library`, signIn]) {
      await page.goto(url);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => `${url}: ${v.id}`)).toEqual([]);
    }
    const inbox = (await send(t.tenant, `/_tenant/inbox/${perId()}`)).text();
    const bodyLink = /href="(\/_tenant\/body\/message\/[^"]+)"/.exec(inbox)?.[1] ?? '';
    await page.goto(`${t.tenant.url}${bodyLink.replace(/&amp;/g, '&')}`);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    // Keyboard: the first user on the sign-in page is reachable with Tab.
    await page.goto(signIn);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BUTTON');
    await context.close();
  }, 60_000);
});
