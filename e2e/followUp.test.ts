// Issue 12's done-when, one flow in the browser: after the 2026 seed meeting is held, the referent
// records an oppfølgingspunkt on sak 2026.03 for Per Christian Voss in the side panel; it becomes a
// Planner task in the committee's plan; Per finds it with his own token (/me/planner/tasks) and
// completes it; the secretary's Vedtaksregister finds the sak by «Bare saker med åpen oppfølging» while
// the task is open and not after; the next meeting made in the workspace offers the Oppfølgingsliste
// showing it completed; the møtebok PDF of the 2026 meeting is built in the workspace and read back with
// pdfinfo/pdftotext (pages, bookmarks, table of contents); the decision register finds a word of a
// 2024 konklusjon. boardPack.test.ts and register.test.ts keep the closer checks of each view
// (progress lines, the conversion cache, CSV export, keyboard, axe).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { SCOPES } from '../src/auth/scopes';
import { renderInnkallingDocx } from '../src/documents';
import { labelledPdf, outlineOf, pageCountOf, textPages } from '../src/documents/testing/packPdf';
import { requireTool } from '../src/documents/testing/pdf';
import { innkallingFileName } from '../src/domain/attachments';
import { boardPackFileName } from '../src/domain/boardPack';
import { plainTextOf } from '../src/domain/richText';
import { graphCall, graphSend } from '../src/graph/graphCall';
import { SEED_PLANS } from '../tenant/graph/tasks';
import { openSignedIn } from './support/appHarness';
import { createMeeting, fillNewMeeting, pickPerson } from './support/committeeWalk';
import { fixture, PEOPLE, signInPopups, startMeetingHarness, type MeetingHarness } from './support/meetingHarness';
import { openWorkspace, SECRETARY_UPN } from './support/workspaceHarness';

const PLAN = SEED_PLANS[0]!.id;
const TasksSchema = v.looseObject({ value: v.array(v.looseObject({ id: v.string(), title: v.string(), percentComplete: v.number(), '@odata.etag': v.string() })) });

describe('after the meeting: oppfølging to Planner and the next meeting, the møtebok PDF, the decision register (issue 12 done-when)', () => {
  let harness: MeetingHarness;
  const file = fixture('pm-2026');
  const pm2024 = fixture('pm-2024').meeting;
  const committee = { ...file.committee, followUpPlanId: PLAN };
  const work = mkdtempSync(join(tmpdir(), 'motebok-done-when-12-'));

  beforeAll(async () => {
    requireTool('pdfinfo', 'poppler-utils');
    harness = await startMeetingHarness();
    const repository = harness.repositoryAs(PEOPLE.referent);
    await repository.ensureProvisioned();
    await repository.saveCommittee(committee);
    // The 2026 meeting as sending left it (innkalling and vedlegg in its folder), now being held.
    const innkallingBytes = await renderInnkallingDocx({ committee, meeting: file.meeting });
    const innkalling = await repository.uploadDocument(committee, file.meeting, innkallingFileName(committee, file.meeting), innkallingBytes);
    const items = [];
    for (const item of file.meeting.items) {
      const attachments = [];
      for (const attachment of item.attachments) {
        const pdf = await labelledPdf(attachment.title, 2);
        attachments.push({ ...attachment, ...(await repository.uploadDocument(committee, file.meeting, attachment.fileName, pdf)) });
      }
      items.push({ ...item, attachments });
    }
    const notice = { eventId: 'event-2026', transactionId: 'tx-2026', sentAt: '2026-05-20T10:00:00.000Z', version: 1, items, attachmentIds: items.flatMap((item) => item.attachments.map((attachment) => attachment.id)) };
    await repository.saveMeeting({ ...file.meeting, items, innkalling, notice, status: 'inProgress', currentItemId: '2026-03' });
    // The 2024 meeting as held, for the register.
    await repository.saveMeeting({ ...pm2024, committeeId: committee.id });
  }, 300_000);
  afterAll(async () => {
    rmSync(work, { recursive: true, force: true });
    await harness?.close();
  });

  it('records the point for a member, who completes it in Planner; the register finds the sak only while it is open; the next meeting lists it as completed; the møtebok PDF is built and read back; the register finds 2024', async () => {
    const context = await harness.newContext();
    signInPopups(context, () => PEOPLE.referent);
    const page = await context.newPage();
    const url = new URL('/sidepanel.html', harness.appUrl);
    url.search = new URLSearchParams({ meeting: file.meeting.id, upn: PEOPLE.referent }).toString();
    // The meeting runs at 2026-03: her panel opens on that sak.
    await openSignedIn(page, url.href, page.getByTestId('item-recorder'));
    await page.getByTestId('item-recorder').getByText('Handlingsplan og bruk av rekruttering', { exact: false }).first().waitFor({ timeout: 60_000 });
    await page.getByTestId('as-proposed').click();

    await page.getByRole('button', { name: 'Oppfølging (0)' }).click();
    await page.getByTestId('follow-up-point').selectOption('0', { timeout: 60_000 });
    const what = await page.getByTestId('follow-up-what').inputValue();
    expect(what.length).toBeGreaterThan(0);
    const picker = page.getByRole('combobox', { name: 'Ansvarlig' });
    await pickPerson(page, picker, 'Per', 'Per Christian Voss');
    await page.getByTestId('follow-up-due').fill('2026-09-01');
    await page.getByTestId('follow-up-create').click();
    await page.getByText('Oppgaven er opprettet.').waitFor({ timeout: 60_000 });
    await expect.poll(() => page.getByTestId('follow-up-status').first().innerText(), { timeout: 30_000 }).toBe('Åpen');

    // Stored on the sak: what, who, due and the task's reference, nothing of its status.
    const repository = harness.repositoryAs(PEOPLE.referent);
    await expect.poll(async () => (await repository.getMeeting(file.meeting.id))?.value.items.find((i) => i.id === '2026-03')?.followUps?.length ?? 0, { timeout: 30_000 }).toBe(1);
    const point = (await repository.getMeeting(file.meeting.id))!.value.items.find((i) => i.id === '2026-03')!.followUps![0]!;
    expect(point).toMatchObject({ what, who: { name: 'Per Christian Voss' }, due: '2026-09-01', task: { kind: 'planner', planId: PLAN } });

    // The secretary's Vedtaksregister finds the sak by «Bare saker med åpen oppfølging» while the task is open.
    const workspace = await harness.newContext();
    signInPopups(workspace, () => SECRETARY_UPN);
    const wpage = await workspace.newPage();
    await openWorkspace(wpage, harness.appUrl);
    const registerButton = wpage.getByRole('button', { name: 'Vedtaksregister' });
    await registerButton.click();
    await wpage.getByLabel('Bare saker med åpen oppfølging').check();
    const searchRegister = async (said: string) => {
      await wpage.getByRole('button', { name: 'Søk', exact: true }).click();
      await wpage.getByRole('status').filter({ hasText: said }).first().waitFor({ timeout: 60_000 });
      return wpage.getByRole('list', { name: 'Vedtaksregister' }).locator('h3').allInnerTexts();
    };
    expect(await searchRegister('1 treff vist')).toEqual([expect.stringMatching(/^Sak 2026\.03 Handlingsplan/)]);

    // Per, with his own token, sees the task assigned to him and completes it.
    const per = harness.graphAs(PEOPLE.chair)(SCOPES.tasks);
    const mine = await graphCall(TasksSchema, () => per.api('/me/planner/tasks').get());
    const task = mine.value.find((t) => t.id === point.task.taskId);
    expect(task?.title).toBe(what);
    await graphSend(() => per.api(`/planner/tasks/${task!.id}`).header('If-Match', task!['@odata.etag']).patch({ percentComplete: 100 }));
    await page.getByTestId('follow-up-refresh').click();
    await expect.poll(() => page.getByTestId('follow-up-status').first().innerText(), { timeout: 30_000 }).toMatch(/^Fullført \d{2}\.\d{2}\.\d{4}$/);
    await context.close();
    // Completed in Planner: the register reads the status again and no longer finds it.
    expect(await searchRegister('Ingen konklusjoner passer søket.')).toEqual([]);
    await registerButton.click();

    // The meeting is held; the secretary makes the next one.
    const held = (await repository.getMeeting(file.meeting.id))!;
    await repository.saveMeeting({ ...held.value, status: 'held' }, held.version);
    await openWorkspace(wpage, harness.appUrl);
    await createMeeting(await fillNewMeeting(wpage, { date: '2026-11-12', starts: '13:00', ends: '15:00' }));
    const agenda = wpage.getByRole('list', { name: 'Saksliste' });
    await expect.poll(() => agenda.innerText(), { timeout: 30_000 }).toMatch(/Oppfølgingsliste/);
    const next = (await repository.listMeetings(committee.id)).map((entry) => entry.value).find((m) => m.date === '2026-11-12');
    const list = next?.items.find((i) => i.title === 'Oppfølgingsliste');
    expect(list?.kinds).toEqual(['Orientering']);
    expect(plainTextOf(list?.summary ?? [])).toMatch(new RegExp(`2026\\.03 Handlingsplan.*– ansvarlig Per Christian Voss, frist 01\\.09\\.2026 – fullført \\d{2}\\.\\d{2}\\.\\d{4}`));

    // The møtebok PDF of the held meeting, built in the workspace and stored in its folder.
    const packPage = await workspace.newPage();
    await openWorkspace(packPage, harness.appUrl, `#meeting=${encodeURIComponent(file.meeting.id)}`);
    await packPage.getByRole('button', { name: 'Lag møtebok (PDF)' }).click({ timeout: 60_000 });
    await packPage.getByText(/Møteboken er lagret \(\d+ sider\)\./).waitFor({ timeout: 180_000 });
    const packFile = { committee, meeting: held.value };
    const stored = (await repository.listDocuments(committee, held.value)).find((ref) => ref.fileName === boardPackFileName(packFile));
    const bytes = await repository.downloadDocument(stored ?? { fileName: '' });
    const path = join(work, 'pack.pdf');
    writeFileSync(path, bytes);
    // pdfinfo: the table of contents page, the innkalling and two vedlegg of 2 pages each.
    const total = pageCountOf(path);
    const pages = textPages(path);
    expect(pages).toHaveLength(total);
    expect(total).toBeGreaterThanOrEqual(1 + 1 + 2 + 2);
    pages.forEach((text, index) => expect(text).toContain(`Side ${index + 1} av ${total}`));
    const outline = await outlineOf(bytes);
    expect(outline.map((entry) => entry.title)).toEqual(['Innkalling', 'Sak 2026.02 Referat fra Partnerskapsmøte 05.06.2025', expect.stringMatching(/^Sak 2026\.03 Handlingsplan/)]);
    const vedlegg = outline.slice(1).map((entry) => entry.children[0]);
    expect(vedlegg.map((entry) => entry?.title)).toEqual(['Vedlegg 1 - Sak 2026.02 Referat fra partnerskapsmøtet 05.06.25', 'Vedlegg 2 - Sak 2026.03 Oversikt status handlingsplan 2026 og tildelt rekrutterings- og samhandlingstilskudd']);
    // pdftotext: each bookmark's page in the table of contents, and the page it points at says so.
    expect(pages[0]).toMatch(/Innkalling\s+2\s*$/m);
    for (const entry of vedlegg) {
      const prefix = (entry?.title ?? '').slice(0, 'Vedlegg 1 - Sak 2026.02'.length).replace(/\./g, '\\.');
      expect(pages[0]).toMatch(new RegExp(`^\\s*${prefix} .*\\s${entry?.page}\\s*$`, 'm'));
      // The vedlegg's own first page (its title, as the source PDF wrote it; long titles run off the page).
      expect(pages[(entry?.page ?? 0) - 1]).toContain((entry?.title ?? '').replace(/^Vedlegg \d+ - Sak \S+ /, '').slice(0, 30));
    }

    // The decision register finds a word of a 2024 konklusjon.
    const registerPage = await workspace.newPage();
    await openWorkspace(registerPage, harness.appUrl);
    await registerPage.getByRole('button', { name: 'Vedtaksregister' }).click();
    const form = registerPage.getByRole('search', { name: 'Søk i vedtaksregisteret' });
    await form.getByLabel('Fritekst').fill('myndighet');
    await form.getByLabel('Fritekst').press('Enter');
    const hits = registerPage.getByRole('list', { name: 'Vedtaksregister' }).getByRole('listitem');
    await expect.poll(() => hits.allInnerTexts(), { timeout: 30_000 }).toEqual(expect.arrayContaining([expect.stringContaining('Sak 2024.4 Handlingsplan for Helsefelleskapet i Vestfold 2025')]));
    expect((await hits.allInnerTexts()).find((text) => text.includes('Sak 2024.4'))).toContain('Strategisk samarbeidsutvalg (SSU) gis myndighet');
    await workspace.close();
  }, 900_000);
});
