import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fetchTrusting } from '../src/graph/testing/nodeTenantAccess';
import { READY_MARK } from '../src/ui/shared/startupMarks';
import { fixture, openWorkspace, seedBefore2026, SECRETARY_UPN, startWorkspaceHarness, type WorkspaceHarness } from './support/workspaceHarness';

const EntrySchema = z
  .object({ time: z.string(), method: z.string(), path: z.string(), requestId: z.string().optional(), batch: z.string().optional() })
  .loose();
const LogSchema = z.object({ value: z.array(EntrySchema) });

/**
 * The workspace's start as the tenant sees it (issue 14: cold load): the Graph requests a page opened on a committee's
 * meeting sends before its saksliste is shown. On a real tenant each request (and its CORS preflight) is a round trip.
 */
describe("the workspace's first reads", () => {
  let harness: WorkspaceHarness;
  let committeeId: string;
  const meeting = fixture('pm-2026').meeting;

  beforeAll(async () => {
    harness = await startWorkspaceHarness();
    const { committee } = await seedBefore2026(harness);
    committeeId = committee.id;
    const repository = harness.repositoryAs(SECRETARY_UPN);
    await repository.saveMeeting({ ...meeting, committeeId });
    // A second meeting of 2026, so numbering the open one reads its case numbers.
    await repository.saveMeeting({ ...meeting, id: `${meeting.id}-autumn`, date: '2026-10-15', committeeId, items: [] });
  }, 240_000);
  afterAll(async () => harness?.close());

  it('reads the committees, the meeting rows and the open meeting in one request, then the case numbers of its year: two before the saksliste', async () => {
    const context = await harness.newContext();
    const page = await context.newPage();
    const address = `?committee=${encodeURIComponent(committeeId)}#meeting=${encodeURIComponent(meeting.id)}`;
    await openWorkspace(page, harness.appUrl, address);
    // The page as opened done with what it asks after its start (the permission check, `/me`, the set-up check), so none lands in the log below.
    await page.waitForLoadState('networkidle');
    const tenantFetch = fetchTrusting(harness.tenant.info.certificatePath);
    await tenantFetch(`${harness.tenant.url}/_tenant/requests`, { method: 'DELETE' });
    // A start of a page already signed in, as the cold-load bench opens it.
    await page.reload();
    await page.getByRole('list', { name: 'Saksliste' }).waitFor({ timeout: 60_000 });
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, READY_MARK, { timeout: 30_000 });
    const readyAt = await page.evaluate((mark) => performance.timeOrigin + (performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN), READY_MARK);
    const log = LogSchema.parse(await (await tenantFetch(`${harness.tenant.url}/_tenant/requests`)).json()).value;
    // Graph requests logged (answered) before the page was ready: what the start waited for.
    const beforeReady = log.filter((entry) => entry.path.startsWith('/v1.0/') && Date.parse(entry.time) <= readyAt);
    const inner = (entry: (typeof log)[number] | undefined) =>
      beforeReady.filter((step) => step.batch !== undefined && step.batch === entry?.requestId).map((step) => decodeURIComponent(step.path));
    // The requests that read the lists' rows (alone, or as every step of a `$batch`): not `/me` nor the lists' columns.
    const rowsRead = (path: string) => /\/lists\/Motebok\w+\/items/.test(path);
    const readsRows = (entry: (typeof log)[number]) => rowsRead(entry.path) || (inner(entry).length > 0 && inner(entry).every(rowsRead));
    const onTheWire = beforeReady.filter((entry) => entry.batch === undefined && readsRows(entry));
    expect(onTheWire.map((entry) => `${entry.method} ${entry.path}`)).toEqual(['POST /v1.0/$batch', 'POST /v1.0/$batch']);
    // The first: every committee row, the committee's meeting rows, the meeting's row and its item rows.
    const first = inner(onTheWire[0]);
    expect(first).toHaveLength(4);
    expect(first.filter((path) => path.includes('/lists/MotebokCommittees/items'))).toHaveLength(1);
    expect(first.filter((path) => path.includes(`fields/CommitteeId eq '${committeeId}'`))).toHaveLength(1);
    expect(first.filter((path) => path.includes(`fields/MeetingId eq '${meeting.id}'`))).toHaveLength(2);
    // The second: the other 2026 meeting's case numbers only.
    const second = inner(onTheWire[1]);
    expect(second).toHaveLength(1);
    expect(second[0]).toContain(`fields/MeetingId eq '${meeting.id}-autumn'`);
    expect(second[0]).toContain('CaseNumber');
    await context.close();
  }, 180_000);
});
