import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renumberItems } from '../domain/caseNumbering';
import type { Meeting } from '../domain/model';
import { sameYearNumbering } from '../domain/numberingScope';
import { graphErrorKind } from './graphError';
import { createGraphClientFactory } from './graphClient';
import type { FetchLike } from './middleware/fetchMiddleware';
import { SharePointMeetingRepository } from './sharePointMeetingRepository';
import { fixture } from './testing/noticeWorld';
import { SECRETARY, startHarness, type Harness } from './testing/localTenant';
import { loggedRequests } from './testing/tenantRequestLog';
import { readWorkspaceStart, type WorkspaceStart } from './workspaceStart';

/** The three answers of the workspace's first read, settled, as values or the errors they failed with. */
async function settled(start: WorkspaceStart | undefined): Promise<unknown[]> {
  if (!start) throw new Error('not a SharePoint repository');
  const answers = [start.committees, start.meetingRows, start.meeting];
  return Promise.all(answers.map((answer) => Promise.resolve(answer).then((value) => ({ value }), (error: unknown) => ({ error }))));
}

describe("the workspace's first reads (graph/workspaceStart.ts) against the local tenant", () => {
  let harness: Harness;
  const { committee, meeting: base } = fixture('pm-2026');
  const meetings: Meeting[] = [];

  /** The committees' part failed with the single read's error (`alone`): class, kind and message; the other two read. */
  function committeesFailedAlone([committees, rows, meeting]: unknown[], alone: unknown): void {
    const error = (committees as { error?: unknown }).error;
    expect(error).toBeInstanceOf((alone as Error).constructor);
    expect(graphErrorKind(error)).toBe(graphErrorKind(alone));
    expect((error as Error).message).toBe((alone as Error).message);
    expect((rows as { value: { id: string }[] }).value.map((row) => row.id)).toEqual(meetings.map((entry) => entry.id));
    expect((meeting as { value: { value: Meeting } }).value.value).toEqual(open());
  }

  beforeAll(async () => {
    harness = await startHarness();
    const secretary = harness.repositoryFor(harness.user(SECRETARY));
    await secretary.ensureProvisioned();
    await secretary.saveCommittee(committee);
    // Three meetings in 2026, numbered on from each other, and one in 2025.
    for (const date of ['2025-11-12', '2026-02-11', '2026-05-11', '2026-09-14']) {
      const draft: Meeting = { ...base, id: `pm-${date}`, date, status: 'draft', items: base.items.map((item) => ({ ...item, attachments: [] })) };
      const numbered = renumberItems(draft, committee, meetings);
      await secretary.saveMeeting(numbered);
      meetings.push(numbered);
    }
  }, 180_000);
  afterAll(async () => harness?.close());

  const open = () => {
    const meeting = meetings[2];
    if (!meeting) throw new Error('seed missing');
    return meeting;
  };

  it('sends the committees, the meeting rows and the open meeting with its items in one request, each answer as its single read gives it', async () => {
    const together = harness.repositoryFor(harness.user(SECRETARY));
    const alone = harness.repositoryFor(harness.user(SECRETARY));
    let answers: unknown[] = [];
    const named = { committeeId: committee.id, meetingId: open().id };
    const log = await loggedRequests(harness, async () => (answers = await settled(readWorkspaceStart(together, named))));
    expect(log.requests).toEqual(['POST /v1.0/$batch']);
    // Four list queries: every committee row, the committee's meeting rows (no item), the meeting's row and its item rows.
    expect(log.inner).toHaveLength(4);
    expect(log.inner.filter((request) => request.includes('/lists/MotebokAgendaItems/'))).toEqual([expect.stringContaining(`fields/MeetingId eq '${open().id}'`)]);
    expect(log.inner.filter((request) => request.includes(`fields/CommitteeId eq '${committee.id}'`))).toEqual([expect.stringContaining('/lists/MotebokMeetings/')]);
    const single = await Promise.all([alone.listCommittees(), alone.listMeetingRows(committee.id), alone.getMeeting(open().id)]);
    expect(answers).toEqual(single.map((value) => ({ value })));
    // The meeting parsed after its committee, as a page that read the committees first: its version names the rows' access keys alike.
    expect((answers[2] as { value: { value: Meeting } }).value.value).toEqual(open());
    // The committee is known to the repository for its next save, as after `listCommittees`.
    expect((together as unknown as { committees: Map<string, unknown> }).committees.get(committee.id)).toEqual(committee);
  });

  it('then the case numbers of the open meeting\'s year as the one request after it: the workspace\'s start in two requests', async () => {
    const repository = harness.repositoryFor(harness.user(SECRETARY));
    const log = await loggedRequests(harness, async () => {
      const start = readWorkspaceStart(repository, { committeeId: committee.id, meetingId: open().id });
      const [list, rows, read] = await Promise.all([start?.committees, start?.meetingRows, start?.meeting]);
      const known = list?.find((entry) => entry.value.id === committee.id)?.value;
      if (!known || !rows || !read) throw new Error('a first read missing');
      const others = sameYearNumbering(known, rows, read.value.date, read.value.id);
      expect(others.map((meeting) => meeting.id)).toEqual(['pm-2026-02-11', 'pm-2026-09-14']);
      await repository.listCaseNumbers(others);
    });
    expect(log.requests).toEqual(['POST /v1.0/$batch', 'POST /v1.0/$batch']);
  });

  it('names only what the address names: without a committee or a meeting, the committees alone; a meeting not there is undefined', async () => {
    const repository = harness.repositoryFor(harness.user(SECRETARY));
    const log = await loggedRequests(harness, async () => {
      const committeesOnly = readWorkspaceStart(repository, {});
      expect(committeesOnly?.meetingRows).toBeUndefined();
      expect(committeesOnly?.meeting).toBeUndefined();
      expect((await committeesOnly?.committees)?.map((entry) => entry.value.id)).toEqual([committee.id]);
      expect(await readWorkspaceStart(repository, { meetingId: 'no-such-meeting' })?.meeting).toBeUndefined();
    });
    expect(log.requests).toEqual(['POST /v1.0/$batch', 'POST /v1.0/$batch']);
    expect(log.inner).toHaveLength(1 + 3);
  });

  it('a part that fails fails alone, with the error its single read gives; the others are read', async () => {
    const committeesList = '^GET /v1\\.0/sites/[^/]+/lists/MotebokCommittees/items';
    // The single read under the same fault, for the error it gives.
    await harness.control('POST', '/_tenant/faults', { match: committeesList, status: 500, count: 1 });
    const alone = await harness.repositoryFor(harness.user(SECRETARY)).listCommittees().then(
      () => undefined,
      (error: unknown) => error,
    );
    await harness.control('DELETE', '/_tenant/faults');
    expect(alone).toBeInstanceOf(Error);
    await harness.control('POST', '/_tenant/faults', { match: committeesList, status: 500, count: 1 });
    const repository = harness.repositoryFor(harness.user(SECRETARY));
    const [committees, rows, meeting] = await settled(readWorkspaceStart(repository, { committeeId: committee.id, meetingId: open().id }));
    await harness.control('DELETE', '/_tenant/faults');
    committeesFailedAlone([committees, rows, meeting], alone);
  });

  it("a 403 on the committees' list (the site's lists closed to this user) fails the committees alone, with the single read's error", async () => {
    // The tenant answers as Graph does, but never refuses a list to the secretary: its answers are turned into
    // SharePoint's refusal here, the list's single GET and its step inside the $batch alike.
    const refusal = { error: { code: 'accessDenied', message: 'Access denied. You do not have permission to perform this action or access this resource.' } };
    const refusing: FetchLike = async (input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const response = await harness.fetch(input, init);
      if (/\/lists\/MotebokCommittees\/items/.test(url)) return new Response(JSON.stringify(refusal), { status: 403, headers: { 'Content-Type': 'application/json' } });
      if (!url.endsWith('/$batch')) return response;
      const answer = (await response.json()) as { responses: { id: string; status: number; headers?: Record<string, string>; body?: unknown }[] };
      for (const inner of answer.responses) {
        if (inner.id === 'MotebokCommittees') Object.assign(inner, { status: 403, headers: { 'Content-Type': 'application/json' }, body: refusal });
      }
      return new Response(JSON.stringify(answer), { status: response.status, headers: { 'Content-Type': 'application/json' } });
    };
    const clients = createGraphClientFactory({
      config: { graphBaseUrl: harness.tenant.info.graphBaseUrl },
      tokenProvider: harness.tokenFor(harness.user(SECRETARY)),
      fetch: refusing,
      retry: { maxRetries: 0, delaySeconds: 0 },
    });
    const repository = () => new SharePointMeetingRepository({ clients, siteId: harness.tenant.info.siteId });
    const alone = await repository().listCommittees().then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(graphErrorKind(alone)).toBe('forbidden');
    const [committees, rows, meeting] = await settled(readWorkspaceStart(repository(), { committeeId: committee.id, meetingId: open().id }));
    committeesFailedAlone([committees, rows, meeting], alone);
  });

  it('a step throttled inside the $batch is read alone by its method, which waits and tries again as it always does', async () => {
    const repository = harness.repositoryFor(harness.user(SECRETARY));
    await harness.control('POST', '/_tenant/faults', { match: '^GET /v1\\.0/sites/[^/]+/lists/MotebokMeetings/items', status: 429, retryAfter: 0, count: 1 });
    const log = await loggedRequests(harness, async () => {
      const [committees, rows] = await settled(readWorkspaceStart(repository, { committeeId: committee.id }));
      expect((committees as { value: unknown[] }).value).toHaveLength(1);
      expect((rows as { value: unknown[] }).value).toHaveLength(meetings.length);
    });
    await harness.control('DELETE', '/_tenant/faults');
    expect(log.requests).toEqual(['POST /v1.0/$batch', expect.stringMatching(/^GET \/v1\.0\/sites\/[^/]+\/lists\/MotebokMeetings\/items\?.*fields\/CommitteeId eq/)]);
  });
});
