import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderInnkallingDocx } from '../src/documents';
import { labelledPdf, namedDestinations, outlineOf, pageCountOf, textPages } from '../src/documents/testing/packPdf';
import { requireTool } from '../src/documents/testing/pdf';
import { fetchTrusting } from '../src/graph/testing/nodeTenantAccess';
import { innkallingFileName } from '../src/domain/attachments';
import { boardPackFileName } from '../src/domain/boardPack';
import type { MeetingFile } from '../src/domain/model';
import { seriousAxeViolations } from './support/axe';
import { fixture, openWorkspace, screenshotPath, SECRETARY_UPN, startWorkspaceHarness, type WorkspaceHarness } from './support/workspaceHarness';

/**
 * The møtebok PDF for the 2026 seed meeting, built in the workspace after the innkalling was sent:
 * SharePoint (the local tenant's LibreOffice) converts the innkalling, the browser merges it with
 * the vedlegg (pdf-lib, loaded on demand) and stores the pack in the meeting folder; poppler reads
 * the stored file back.
 */
describe('the møtebok PDF in the workspace', () => {
  let harness: WorkspaceHarness;
  let file: MeetingFile;
  const work = mkdtempSync(join(tmpdir(), 'motebok-pack-e2e-'));

  beforeAll(async () => {
    requireTool('pdfinfo', 'poppler-utils');
    harness = await startWorkspaceHarness();
    const seed = fixture('pm-2026');
    const { committee } = seed;
    const repository = harness.repositoryAs(SECRETARY_UPN);
    await repository.ensureProvisioned();
    await repository.saveCommittee(committee);
    // The 2026 meeting as the sender leaves it: innkalling and vedlegg stored in its folder, notice recorded.
    const innkalling = await repository.uploadDocument(committee, seed.meeting, innkallingFileName(committee, seed.meeting), await renderInnkallingDocx(seed));
    const items = [];
    for (const item of seed.meeting.items) {
      const attachments = [];
      for (const attachment of item.attachments) {
        const pdf = await labelledPdf(attachment.title, 2);
        attachments.push({ ...attachment, ...(await repository.uploadDocument(committee, seed.meeting, attachment.fileName, pdf)) });
      }
      items.push({ ...item, attachments });
    }
    const meeting = {
      ...seed.meeting,
      status: 'noticeSent' as const,
      innkalling,
      items,
      notice: { eventId: 'event-2026', transactionId: 'tx-2026', sentAt: '2026-05-20T10:00:00.000Z', version: 1, items, attachmentIds: items.flatMap((item) => item.attachments.map((attachment) => attachment.id)) },
    };
    await repository.saveMeeting(meeting);
    file = { committee, meeting };
  }, 240_000);
  afterAll(async () => {
    rmSync(work, { recursive: true, force: true });
    await harness?.close();
  });

  it('builds the pack with progress per document, stores it in the meeting folder and links to it', async () => {
    const context = await harness.newContext();
    const page = await context.newPage();
    await openWorkspace(page, harness.appUrl, `#meeting=${encodeURIComponent(file.meeting.id)}`);
    const build = page.getByRole('button', { name: 'Lag møtebok (PDF)' });
    await build.waitFor({ timeout: 60_000 });
    // Everything the status region says while the pack is built.
    await page.evaluate(() => {
      const region = document.querySelector('#pack-heading')?.closest('section')?.querySelector('[role="status"]');
      const said: string[] = [];
      (window as unknown as { packStatus: string[] }).packStatus = said;
      if (region) {
        new MutationObserver(() => said.push((region as HTMLElement).innerText)).observe(region, { subtree: true, childList: true, characterData: true });
      }
    });
    await build.click();
    const done = page.getByText(/Møteboken er lagret \(\d+ sider\)\./);
    await done.waitFor({ timeout: 180_000 });
    const said = await page.evaluate(() => (window as unknown as { packStatus: string[] }).packStatus.join('\n'));
    expect(said).toContain('Dokument 1 av 3: Innkalling');
    expect(said).toContain('Dokument 3 av 3: Vedlegg 2 - Sak 2026.03');
    expect(said).toContain('Lagrer møteboken i møtemappen');

    const open = page.getByRole('link', { name: 'Åpne møteboken (PDF)' });
    const href = await open.getAttribute('href');
    expect(href).toMatch(/^https:\/\/localhost:\d+\/.*M%C3%B8tebok|^https:\/\/localhost:\d+\/.*Møtebok/);
    expect(await page.getByRole('button', { name: 'Lag møteboken på nytt' }).count()).toBe(1);
    const { violations } = await seriousAxeViolations(page);
    expect(violations).toEqual([]);
    await page.screenshot({ path: screenshotPath('workspace-board-pack.png'), fullPage: true });

    // The stored pack, read back from the meeting folder as Graph serves it.
    const repository = harness.repositoryAs(SECRETARY_UPN);
    const stored = (await repository.listDocuments(file.committee, file.meeting)).find((ref) => ref.fileName === boardPackFileName(file));
    expect(stored).toBeDefined();
    const bytes = await repository.downloadDocument(stored ?? { fileName: '' });
    const path = join(work, 'pack.pdf');
    writeFileSync(path, bytes);
    const pages = textPages(path);
    const total = pageCountOf(path);
    expect(total).toBe(pages.length);
    expect(total).toBeGreaterThanOrEqual(1 + 1 + 2 + 2);
    pages.forEach((text, index) => expect(text).toContain(`Side ${index + 1} av ${total}`));

    const outline = await outlineOf(bytes);
    expect(outline.map((entry) => entry.title)).toEqual(['Innkalling', 'Sak 2026.02 Referat fra Partnerskapsmøte 05.06.2025', expect.stringMatching(/^Sak 2026\.03 Handlingsplan/)]);
    expect(outline[1]?.children.map((child) => child.title)).toEqual(['Vedlegg 1 - Sak 2026.02 Referat fra partnerskapsmøtet 05.06.25']);
    expect(outline[2]?.children.map((child) => child.title)).toEqual(['Vedlegg 2 - Sak 2026.03 Oversikt status handlingsplan 2026 og tildelt rekrutterings- og samhandlingstilskudd']);
    const vedlegg2 = outline[2]?.children[0]?.page ?? 0;
    expect(vedlegg2).toBe(total - 1);
    expect(pages[vedlegg2 - 1]).toContain('Oversikt status handlingsplan 2026');
    expect(pages[1]).toMatch(/Innkalling/);
    expect(Object.fromEntries(namedDestinations(path))).toMatchObject({ innkalling: 2, 'vedlegg-1': outline[1]?.children[0]?.page, 'vedlegg-2': vedlegg2 });

    // The table of contents: each line with the page it links to.
    const contents = pages[0] ?? '';
    expect(contents).toContain('Møtebok Partnerskapsmøtet 11.06.26');
    expect(contents).toMatch(/Innkalling\s+2\s*$/m);
    expect(contents).toMatch(new RegExp(`Vedlegg 1 - Sak 2026\\.02 Referat fra partnerskapsmøtet 05\\.06\\.25\\s+${outline[1]?.children[0]?.page}\\s*$`, 'm'));
    expect(contents).toMatch(new RegExp(`Vedlegg 2 - Sak 2026\\.03 .*\\s+${vedlegg2}\\s*$`, 'm'));

    // Made again with nothing changed: the innkalling's conversion comes from this browser's IndexedDB (same eTag), not from SharePoint.
    const conversions = async () => {
      const log = (await (await fetchTrusting(harness.tenant.info.certificatePath)(`${harness.tenant.url}/_tenant/requests`)).json()) as { value: { method: string; path: string; status: number }[] };
      return log.value.filter((entry) => entry.method === 'GET' && entry.path.includes('/content?format=pdf')).length;
    };
    const before = await conversions();
    expect(before).toBe(1);
    await page.evaluate(() => ((window as unknown as { packStatus: string[] }).packStatus.length = 0));
    await page.getByRole('button', { name: 'Lag møteboken på nytt' }).click();
    // The second build ran to its end: the status region said it stored the pack, then that it is stored.
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { packStatus: string[] }).packStatus.join('\n')), { timeout: 120_000 })
      .toMatch(/Lagrer møteboken i møtemappen[\s\S]*Møteboken er lagret/);
    expect(await conversions()).toBe(before);
    await context.close();
  }, 300_000);
});
