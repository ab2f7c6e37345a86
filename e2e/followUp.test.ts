// Oppfølging from a konklusjon to a member's task list (issue 12 §3): the referent records a point
// on sak 2026.03 of the 2026 seed meeting for Per Christian Voss in the side panel; it becomes a
// Planner task in the committee's plan; Per finds it with his own token (/me/planner/tasks) and
// completes it; the secretary's Vedtaksregister finds the sak by «Bare saker med åpen oppfølging» while
// the task is open and not after; the next meeting made in the workspace offers the Oppfølgingsliste
// showing it completed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SCOPES } from '../src/auth/scopes';
import { plainTextOf } from '../src/domain/richText';
import { graphCall, graphSend } from '../src/graph/graphCall';
import { SEED_PLANS } from '../tenant/graph/tasks';
import { openSignedIn } from './support/appHarness';
import { fixture, PEOPLE, signInPopups, startMeetingHarness, type MeetingHarness } from './support/meetingHarness';
import { openWorkspace, SECRETARY_UPN } from './support/workspaceHarness';

const PLAN = SEED_PLANS[0]!.id;
const TasksSchema = z.object({ value: z.array(z.object({ id: z.string(), title: z.string(), percentComplete: z.number(), '@odata.etag': z.string() }).loose()) }).loose();

describe('an oppfølgingspunkt from the side panel to Planner and the next meeting', () => {
  let harness: MeetingHarness;
  const file = fixture('pm-2026');
  const committee = { ...file.committee, followUpPlanId: PLAN };

  beforeAll(async () => {
    harness = await startMeetingHarness();
    const repository = harness.repositoryAs(PEOPLE.referent);
    await repository.ensureProvisioned();
    await repository.saveCommittee(committee);
    await repository.saveMeeting({ ...file.meeting, status: 'inProgress', currentItemId: '2026-03' });
  }, 300_000);
  afterAll(async () => harness?.close());

  it('records the point for a member, who completes it in Planner; the register finds the sak only while it is open; the next meeting lists it as completed', async () => {
    const context = await harness.newContext();
    signInPopups(context, () => PEOPLE.referent);
    const page = await context.newPage();
    const url = new URL('/sidepanel.html', harness.appUrl);
    url.search = new URLSearchParams({ meeting: file.meeting.id, upn: PEOPLE.referent }).toString();
    await openSignedIn(page, url.href, page.getByTestId('agenda-list'));
    await page.getByTestId('agenda-list').getByText('Handlingsplan og bruk av rekruttering', { exact: false }).click();
    await page.getByTestId('as-proposed').click();

    await page.getByRole('button', { name: 'Oppfølging (0)' }).click();
    await page.getByTestId('follow-up-point').selectOption('0', { timeout: 60_000 });
    const what = await page.getByTestId('follow-up-what').inputValue();
    expect(what.length).toBeGreaterThan(0);
    const picker = page.getByRole('combobox', { name: 'Ansvarlig' });
    await picker.fill('Per');
    await page.getByRole('option', { name: /Per Christian Voss/ }).first().click();
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
    await wpage.getByRole('button', { name: 'Nytt møte' }).click();
    const dialog = wpage.getByRole('dialog');
    await dialog.getByLabel('Dato').fill('2026-11-12');
    await dialog.getByLabel('Starter').fill('13:00');
    await dialog.getByLabel('Slutter').fill('15:00');
    await dialog.getByRole('button', { name: 'Opprett møtet' }).click();
    await dialog.waitFor({ state: 'detached', timeout: 60_000 });
    const agenda = wpage.getByRole('list', { name: 'Saksliste' });
    await expect.poll(() => agenda.innerText(), { timeout: 30_000 }).toMatch(/Oppfølgingsliste/);
    const next = (await repository.listMeetings(committee.id)).map((entry) => entry.value).find((m) => m.date === '2026-11-12');
    const list = next?.items.find((i) => i.title === 'Oppfølgingsliste');
    expect(list?.kinds).toEqual(['Orientering']);
    expect(plainTextOf(list?.summary ?? [])).toMatch(new RegExp(`2026\\.03 Handlingsplan.*– ansvarlig Per Christian Voss, frist 01\\.09\\.2026 – fullført \\d{2}\\.\\d{2}\\.\\d{4}`));
    await workspace.close();
  }, 600_000);
});
