import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import type { Meeting } from '../domain/model';
import { fixture } from './testing/noticeWorld';
import { LIST_VIEW_THRESHOLD } from '../../tenant/graph/lists';
import { seedBigSite } from './testing/bigSite';
import { seededHarness, type Harness } from './testing/localTenant';
import type { SharePointMeetingRepository } from './sharePointMeetingRepository';


const LogSchema = v.object({ value: v.array(v.looseObject({ method: v.string(), path: v.string(), batch: v.optional(v.string()), bytes: v.number() })) });
const thread = '19:meeting_Zjc0YzFhZDEt@thread.v2';

/** What the tenant's own request log saw while `read` ran: HTTP requests on the wire, and inner $batch requests. */
async function logged(harness: Harness, read: () => Promise<unknown>): Promise<{ requests: string[]; inner: string[] }> {
  await harness.control('DELETE', '/_tenant/requests');
  await read();
  const log = v.parse(LogSchema, await harness.control('GET', '/_tenant/requests'));
  const graph = log.value.filter((entry) => entry.path.startsWith('/v1.0/'));
  return { requests: graph.filter((entry) => entry.batch === undefined).map((entry) => `${entry.method} ${entry.path}`), inner: graph.filter((entry) => entry.batch !== undefined).map((entry) => `${entry.method} ${decodeURIComponent(entry.path)}`) };
}

describe('opening one meeting on a site past the list view threshold', () => {
  let harness: Harness;
  let secretary: SharePointMeetingRepository;
  const pm2026 = fixture('pm-2026');
  const sent: Meeting = { ...pm2026.meeting, teamsMeetingId: 'MCMxOTptZWV0aW5nX1pqYzBZekZoWkRFdEB0aHJlYWQudjI=', onlineMeetingJoinUrl: `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(thread)}/0` };

  beforeAll(async () => {
    ({ harness, secretary } = await seededHarness(pm2026.committee));
    // More rows than SharePoint lets an unindexed filter scan: only indexed queries still answer.
    seedBigSite(harness.tenant, pm2026.meeting, LIST_VIEW_THRESHOLD + 10);
    await secretary.saveMeeting(sent);
  }, 60_000);
  afterAll(async () => harness?.close());

  it('finds a meeting by its Møtebok id, with items and committee, in one request', async () => {
    const fresh = harness.repositoryFor(harness.user('hilde.kari.maugesten'));
    let found: Awaited<ReturnType<typeof fresh.getMeetingWithCommittee>>;
    const log = await logged(harness, async () => (found = await fresh.getMeetingWithCommittee({ motebokMeetingId: sent.id })));
    expect(found?.meeting.value).toEqual(sent);
    expect(found?.committee).toEqual(pm2026.committee);
    expect(log.requests).toEqual(['POST /v1.0/$batch']);
  });

  it('reads only the named committee when the page names it, every inner query on an indexed column', async () => {
    const fresh = harness.repositoryFor(harness.user('hilde.kari.maugesten'));
    let found: Awaited<ReturnType<typeof fresh.getMeetingWithCommittee>>;
    const log = await logged(harness, async () => {
      found = await fresh.getMeetingWithCommittee({ motebokMeetingId: sent.id, committeeId: pm2026.committee.id });
    });
    expect(found?.committee).toEqual(pm2026.committee);
    expect(found?.meeting.value.items).toEqual(sent.items);
    expect(log.requests).toEqual(['POST /v1.0/$batch']);
    expect(log.inner.every((request) => /fields\/(MeetingId|TeamsMeetingId|TeamsChatId|CommitteeId) eq /.test(request))).toBe(true);
  });

  it('the stage\'s link (its Møtebok id and committee, and the host\'s Teams ids) asks three queries: the row, its items, its committee', async () => {
    // stageUrlFor names the meeting and its committee; inside Teams the host gives its meeting and chat ids too.
    const fresh = harness.repositoryFor(harness.user('hilde.kari.maugesten'));
    let found: Awaited<ReturnType<typeof fresh.getMeetingWithCommittee>>;
    const link = { motebokMeetingId: sent.id, committeeId: pm2026.committee.id, teamsMeetingId: 'MCMxOTptZWV0aW5nX1pqYzBZekZoWkRFdEB0aHJlYWQudjI=', chatId: thread };
    const log = await logged(harness, async () => (found = await fresh.getMeetingWithCommittee(link)));
    expect(found?.meeting.value).toEqual(sent);
    expect(found?.committee).toEqual(pm2026.committee);
    expect(log.requests).toEqual(['POST /v1.0/$batch']);
    expect(log.inner).toHaveLength(3);
    expect(log.inner.some((request) => /TeamsMeetingId|TeamsChatId/.test(request))).toBe(false);
  });

  it('a committee hint that is not the meeting\'s costs a second request, never a wrong committee', async () => {
    const fresh = harness.repositoryFor(harness.user('hilde.kari.maugesten'));
    let found: Awaited<ReturnType<typeof fresh.getMeetingWithCommittee>>;
    const log = await logged(harness, async () => (found = await fresh.getMeetingWithCommittee({ motebokMeetingId: sent.id, committeeId: 'no-such-committee' })));
    expect(found?.committee).toEqual(pm2026.committee);
    expect(log.requests).toEqual(['POST /v1.0/$batch', 'POST /v1.0/$batch']);
  });

  it('finds a meeting in one request when the Teams meeting id the host gives is its Møtebok id', async () => {
    const fresh = harness.repositoryFor(harness.user('hilde.kari.maugesten'));
    let found: Awaited<ReturnType<typeof fresh.getMeetingWithCommittee>>;
    const log = await logged(harness, async () => (found = await fresh.getMeetingWithCommittee({ teamsMeetingId: sent.id, chatId: `19:meeting_${sent.id}@thread.v2` })));
    expect(found?.meeting.value).toEqual(sent);
    expect(found?.committee).toEqual(pm2026.committee);
    expect(log.requests).toEqual(['POST /v1.0/$batch']);
  });

  it.each([
    ['the Teams meeting id', { teamsMeetingId: 'MCMxOTptZWV0aW5nX1pqYzBZekZoWkRFdEB0aHJlYWQudjI=' }],
    ['the meeting chat id', { teamsMeetingId: 'unknown-to-motebok', chatId: thread }],
  ])('finds a meeting by %s in two requests (its items need its Møtebok id), each query on an indexed column', async (_what, hint) => {
    const link = { ...hint, committeeId: pm2026.committee.id };
    const fresh = harness.repositoryFor(harness.user('hilde.kari.maugesten'));
    let found: Awaited<ReturnType<typeof fresh.getMeetingWithCommittee>>;
    const log = await logged(harness, async () => (found = await fresh.getMeetingWithCommittee(link)));
    expect(found?.meeting.value.id).toBe(sent.id);
    expect(found?.meeting.value.items).toEqual(sent.items);
    expect(found?.committee).toEqual(pm2026.committee);
    expect(log.requests).toHaveLength(2);
    expect(log.inner.every((request) => /fields\/(MeetingId|TeamsMeetingId|TeamsChatId|CommitteeId) eq /.test(request))).toBe(true);
    // The second request reads only the items: the committee came with the first.
    expect(log.inner.filter((request) => request.includes('fields/CommitteeId eq '))).toHaveLength(1);
  });

  it('finds nothing for an unknown Teams meeting, in one request', async () => {
    const log = await logged(harness, async () => expect(await secretary.getMeetingWithCommittee({ chatId: '19:meeting_other@thread.v2' })).toBeUndefined());
    expect(log.requests).toHaveLength(1);
  });

  it('fills the Teams link columns of meetings stored before they existed when set-up runs again', async () => {
    const old: Meeting = { ...pm2026.meeting, id: 'pm-old-format', date: '2026-09-10', items: [], onlineMeetingJoinUrl: `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent('19:meeting_b2xkIHJvdw@thread.v2')}/0` };
    // Written as a site set up before the columns existed did: MotebokJson knows the link, the columns do not.
    const { TeamsChatId: _chat, ...oldRow } = (await import('./listRows')).meetingFields(old);
    harness.tenant.seedListItems('MotebokMeetings', [oldRow]);
    expect(await secretary.getMeetingWithCommittee({ chatId: '19:meeting_b2xkIHJvdw@thread.v2' })).toBeUndefined();
    await secretary.provision();
    expect((await secretary.getMeetingWithCommittee({ chatId: '19:meeting_b2xkIHJvdw@thread.v2' }))?.meeting.value.id).toBe('pm-old-format');
  });

  it('an idle check reads ids and eTags only; after a change it re-reads just the changed row', async () => {
    const referent = harness.repositoryFor(harness.user('hilde.kari.maugesten'));
    const opened = await referent.getMeeting(sent.id);
    if (!opened) throw new Error('meeting missing');
    const idle = await logged(harness, async () => expect(await referent.getMeetingIfChanged(sent.id, opened.version, opened.value)).toBe('unchanged'));
    expect(idle.requests).toHaveLength(1);
    expect(idle.inner.every((request) => request.includes('$select=id,eTag'))).toBe(true);

    const [first] = opened.value.items;
    if (!first) throw new Error('no items');
    const changed = { ...opened.value, items: opened.value.items.map((item) => (item.id === first.id ? { ...item, conclusion: ['Godkjent.'] } : item)) };
    const saved = await secretary.saveMeeting(changed, (await secretary.getMeeting(sent.id))?.version);
    let fresh: Awaited<ReturnType<typeof referent.getMeetingIfChanged>>;
    const after = await logged(harness, async () => (fresh = await referent.getMeetingIfChanged(sent.id, opened.version, opened.value)));
    expect(after.requests).toHaveLength(2);
    expect(after.inner.filter((request) => !request.includes('$select=id,eTag'))).toHaveLength(1);
    expect(fresh !== 'unchanged' && fresh?.value).toEqual(saved.value);
    expect(fresh !== 'unchanged' && fresh?.version).toBe(saved.version);
  });
});
