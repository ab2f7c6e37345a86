import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainTextOf } from '../src/domain/richText';
import { createMeeting, fillNewMeeting } from './support/committeeWalk';
import { fixture, openWorkspace, SECRETARY_UPN, startWorkspaceHarness, type WorkspaceHarness } from './support/workspaceHarness';

/*
 * "Nytt møte" as a new user meets it after `npm start`: the site holds the 2025 meeting (held, its
 * referat made but not approved yet) and the 2026 meeting (a draft, never held, newest on the list).
 * A meeting created for November 2026 must take up the 2025 meeting's referat, not the draft's.
 */
describe('"Nytt møte" starts from the last meeting that was held', () => {
  let harness: WorkspaceHarness;
  let referatId: string | undefined;

  beforeAll(async () => {
    harness = await startWorkspaceHarness();
    const { committee, meeting: draft2026 } = fixture('pm-2026');
    const held2025 = fixture('pm-2025').meeting;
    const repository = harness.repositoryAs(SECRETARY_UPN);
    await repository.ensureProvisioned();
    await repository.saveCommittee(committee);
    const referat = await repository.uploadDocument(committee, held2025, 'Referat Partnerskapsmøtet 05.06.25.docx', new TextEncoder().encode('Referat 05.06.2025, utkast'));
    referatId = referat.driveItemId;
    await repository.saveMeeting({ ...held2025, status: 'held', minutes: referat });
    await repository.saveMeeting(draft2026);
  }, 240_000);
  afterAll(async () => harness?.close());

  it('points the Referatsak at the held 2025 meeting, attaches its referat and says it is not approved yet', async () => {
    const context = await harness.newContext();
    const page = await context.newPage();
    await openWorkspace(page, harness.appUrl);
    const dialog = await fillNewMeeting(page, { date: '2026-11-12', starts: '13:00', ends: '15:00' });
    await expect.poll(() => dialog.getByRole('status').innerText()).toMatch(/Referatsaken gjelder møtet 05\.06\.2025.*Referatet er ikke godkjent ennå; siste versjon legges ved\./);
    await createMeeting(dialog);

    const agenda = page.getByRole('list', { name: 'Saksliste' });
    await expect.poll(() => agenda.innerText(), { timeout: 15_000 }).toMatch(/Referat fra Partnerskapsmøte 05\.06\.2025/);

    const stored = (await harness.repositoryAs(SECRETARY_UPN).listMeetings(fixture('pm-2026').committee.id)).map((entry) => entry.value).find((meeting) => meeting.date === '2026-11-12');
    expect(stored?.previousMeetingId).toBe(fixture('pm-2025').meeting.id);
    const referatsak = stored?.items.find((item) => item.kinds.includes('Referatsak'));
    expect(referatsak?.attachments.map((attachment) => attachment.driveItemId)).toEqual([referatId]);
    expect(plainTextOf(referatsak?.summary ?? [])).toBe('Referatet er ikke godkjent ennå. Vedlagt er siste versjon.');
    await context.close();
  }, 120_000);
});
