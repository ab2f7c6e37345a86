import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMeetingFile } from '../domain/meetingFile';
import { ConflictError } from '../domain/ports';
import { DomainError } from '../domain/errors';
import type { MeetingFile } from '../domain/model';
import { contractProblems } from './testing/contract';
import { SECRETARY, seededHarness, type Harness } from './testing/localTenant';
import { sentRequests } from './testing/requestRecords';
import { SharePointMeetingRepository } from './sharePointMeetingRepository';
import { createGraphClientFactory } from './graphClient';

function fixture(name: string): MeetingFile {
  return parseMeetingFile(JSON.parse(readFileSync(new URL(`../../fixtures/meetings/${name}.json`, import.meta.url), 'utf8')));
}

describe('SharePointMeetingRepository against the local tenant', () => {
  let harness: Harness;
  let secretary: SharePointMeetingRepository;
  let referent: SharePointMeetingRepository;
  const pm2026 = fixture('pm-2026');

  beforeAll(async () => {
    ({ harness, secretary } = await seededHarness(pm2026.committee, { chunkBytes: 327_680 }));
    referent = harness.repositoryFor(harness.user('hilde.kari.maugesten'));
  });
  afterAll(async () => harness?.close());

  it('stores the 2026 seed meeting and reads it back identical', async () => {
    const saved = await secretary.saveMeeting(pm2026.meeting);
    const read = await referent.getMeeting(pm2026.meeting.id);
    expect(read?.value).toEqual(pm2026.meeting);
    expect(read?.version).toBe(saved.version);
    const listed = await referent.listMeetings(pm2026.committee.id);
    expect(listed.map((m) => m.value)).toEqual([pm2026.meeting]);
    const committees = await referent.listCommittees();
    expect(committees.map((c) => c.value)).toEqual([pm2026.committee]);
  });

  it('refuses to create a meeting that already exists instead of overwriting it', async () => {
    await expect(secretary.saveMeeting(pm2026.meeting)).rejects.toBeInstanceOf(ConflictError);
  });

  it('saves one conclusion with one request, and the secretary editing another item meanwhile does not conflict', async () => {
    const opened = await referent.getMeeting(pm2026.meeting.id);
    const bySecretary = await secretary.getMeeting(pm2026.meeting.id);
    if (!opened || !bySecretary) throw new Error('meeting missing');
    const [first, second] = opened.value.items;
    if (!first || !second) throw new Error('items missing');

    const before = harness.records.length;
    const withConclusion = { ...opened.value, items: opened.value.items.map((item) => (item.id === first.id ? { ...item, conclusion: ['Saksliste og innkalling godkjent.'] } : item)) };
    await referent.saveMeeting(withConclusion, opened.version);
    const sent = sentRequests(harness.records.slice(before));
    expect(sent.map((r) => r.method)).toEqual(['PATCH']);
    expect(harness.records.length - before).toBe(1);

    const retitled = { ...bySecretary.value, items: bySecretary.value.items.map((item) => (item.id === second.id ? { ...item, title: `${item.title} (revidert)` } : item)) };
    await secretary.saveMeeting(retitled, bySecretary.version);

    const now = await referent.getMeeting(pm2026.meeting.id);
    expect(now?.value.items.find((i) => i.id === first.id)?.conclusion).toEqual(['Saksliste og innkalling godkjent.']);
    expect(now?.value.items.find((i) => i.id === second.id)?.title).toMatch(/\(revidert\)$/);
    // Who changed each sak last, by name, from the rows the read returned (a clash names them; no request more).
    expect(now?.changedBy?.items[first.id]).toBe(harness.user('hilde.kari.maugesten').displayName);
    expect(now?.changedBy?.items[second.id]).toBe(harness.user(SECRETARY).displayName);
  });

  it('reports a concurrent edit of the same item as a ConflictError and keeps the other writer’s text', async () => {
    const a = await referent.getMeeting(pm2026.meeting.id);
    const b = await secretary.getMeeting(pm2026.meeting.id);
    if (!a || !b) throw new Error('meeting missing');
    const itemId = a.value.items[0]?.id ?? '';
    const edit = (value: typeof a.value, text: string) => ({
      ...value,
      items: value.items.map((item) => (item.id === itemId ? { ...item, conclusion: [text] } : item)),
    });
    await referent.saveMeeting(edit(a.value, 'Referentens tekst'), a.version);
    await expect(secretary.saveMeeting(edit(b.value, 'Sekretærens tekst'), b.version)).rejects.toBeInstanceOf(ConflictError);
    const stored = await referent.getMeeting(pm2026.meeting.id);
    expect(stored?.value.items[0]?.conclusion).toEqual(['Referentens tekst']);
  });

  it('adds, reorders and removes items, and the stored agenda follows', async () => {
    const opened = await secretary.getMeeting(pm2026.meeting.id);
    if (!opened) throw new Error('meeting missing');
    const [first, ...rest] = opened.value.items;
    if (!first) throw new Error('items missing');
    const added = { ...first, id: 'extra-item', title: 'Ekstra sak', caseNumber: null };
    const changed = { ...opened.value, items: [...rest.slice(0, -1), added, ...rest.slice(-1)] };
    const saved = await secretary.saveMeeting(changed, opened.version);
    expect((await referent.getMeeting(pm2026.meeting.id))?.value).toEqual(saved.value);
    const removed = { ...saved.value, items: saved.value.items.filter((item) => item.id !== 'extra-item') };
    await secretary.saveMeeting(removed, saved.version);
    expect((await referent.getMeeting(pm2026.meeting.id))?.value.items.map((i) => i.id)).toEqual(removed.items.map((i) => i.id));
  });

  it('uploads a small and a 10 MB document to the meeting folder, reporting progress, and downloads them unchanged', async () => {
    const small = new Uint8Array(50_000).map((_, i) => i % 251);
    const large = new Uint8Array(10 * 1024 * 1024).map((_, i) => (i * 7) % 256);
    const smallRef = await secretary.uploadDocument(pm2026.committee, pm2026.meeting, 'Notat.txt', small);
    const progress: number[] = [];
    const largeRef = await secretary.uploadDocument(pm2026.committee, pm2026.meeting, 'Stor rapport.pdf', large, (p) => progress.push(p.bytesSent));
    expect(progress.length).toBeGreaterThan(3);
    expect(progress.at(-1)).toBe(large.byteLength);
    expect(await referent.downloadDocument(smallRef)).toEqual(small);
    const back = await referent.downloadDocument(largeRef);
    expect(back.byteLength).toBe(large.byteLength);
    expect(Buffer.from(back).equals(Buffer.from(large))).toBe(true);
    const names = (await referent.listDocuments(pm2026.committee, pm2026.meeting)).map((d) => d.fileName);
    expect(names).toEqual(expect.arrayContaining(['Notat.txt', 'Stor rapport.pdf']));
  });

  it('opens a meeting with its items and documents in one request', async () => {
    await referent.getMeeting(pm2026.meeting.id); // list ids are resolved once per session
    const before = harness.records.length;
    const opened = await referent.openMeeting(pm2026.committee, pm2026.meeting);
    expect(harness.records.length - before).toBe(1);
    expect(opened?.meeting.value.id).toBe(pm2026.meeting.id);
    expect(opened?.meeting.value.items.length).toBeGreaterThan(5);
    expect(opened?.documents.map((d) => d.fileName)).toEqual(expect.arrayContaining(['Notat.txt', 'Stor rapport.pdf']));
    const other = { ...pm2026.meeting, id: 'no-such-meeting', date: '2031-01-01' };
    expect(await referent.openMeeting(pm2026.committee, other)).toBeUndefined();
  });

  it('tells the polling stage “unchanged” with one light request, and the new meeting after the referent saved', async () => {
    const seen = await secretary.getMeeting(pm2026.meeting.id);
    if (!seen) throw new Error('meeting missing');
    const before = harness.records.length;
    expect(await secretary.getMeetingIfChanged(pm2026.meeting.id, seen.version)).toBe('unchanged');
    expect(harness.records.length - before).toBe(1);
    const byReferent = await referent.getMeeting(pm2026.meeting.id);
    if (!byReferent) throw new Error('meeting missing');
    const last = byReferent.value.items.at(-2);
    if (!last) throw new Error('items missing');
    await referent.saveMeeting({ ...byReferent.value, currentItemId: last.id }, byReferent.version);
    const changed = await secretary.getMeetingIfChanged(pm2026.meeting.id, seen.version);
    expect(changed).not.toBe('unchanged');
    expect(changed === 'unchanged' ? undefined : changed?.value.currentItemId).toBe(last.id);
  });

  it('gets a fresh token once when the tenant rejects an expired one, without bothering the user', async () => {
    const user = harness.user('hilde.kari.maugesten');
    const real = harness.tokenFor(user);
    const asked: boolean[] = [];
    const expiredFirst = { getToken: async (scopes: readonly string[], options?: { forceRefresh?: boolean }) => (asked.push(options?.forceRefresh ?? false), options?.forceRefresh ? real.getToken(scopes, options) : 'eyJ.expired.token') };
    const clients = createGraphClientFactory({ config: harness.tenant.info, tokenProvider: expiredFirst, fetch: harness.fetch });
    const repository = new SharePointMeetingRepository({ clients, siteId: harness.tenant.info.siteId });
    expect((await repository.listCommittees()).map((c) => c.value.id)).toEqual([pm2026.committee.id]);
    expect(asked.slice(0, 2)).toEqual([false, true]);
  });

  it('finds people in the directory for the people picker, with what User.ReadBasic.All reads of them', async () => {
    const before = harness.records.length;
    const found = await secretary.searchPeople('Ingrid');
    expect(found).toEqual([{ name: 'Ingrid Fjeld', email: 'ingrid.fjeld@larvik.kommune.example.no', directoryId: 'b2c3d4e5-0002-4b00-8000-00000000b002' }]);
    // Asks only for the basic profile: a job title or company name is null for another user under that scope.
    const asked = harness.records.slice(before).map((record) => new URL(record.url).searchParams.get('$select'));
    expect(asked).toEqual(['id,displayName,mail,userPrincipalName']);
    expect(await secretary.searchPeople('x')).toEqual([]);
  });

  it('refuses an invalid file name before sending anything', async () => {
    const before = harness.records.length;
    await expect(secretary.uploadDocument(pm2026.committee, pm2026.meeting, 'Budsjett: 2026?.xlsx', new Uint8Array([1]))).rejects.toBeInstanceOf(DomainError);
    expect(harness.records.length).toBe(before);
  });

  it('waits out throttling (429 with Retry-After) and then succeeds', async () => {
    await harness.control('POST', '/_tenant/faults', { match: 'GET /v1\\.0/sites/.*/lists/.*/items', status: 429, retryAfter: 1, count: 1 });
    const fresh = harness.repositoryFor(harness.user(SECRETARY));
    const all = await fresh.listCommittees();
    expect(all).toHaveLength(1);
    const throttled = harness.records.filter((r) => r.status === 429);
    expect(throttled.length).toBeGreaterThanOrEqual(1);
  });

  it('reads a meeting whose $batch came back with throttled inner answers (503, Retry-After) once they clear', async () => {
    const stored = await secretary.getMeeting(pm2026.meeting.id);
    await harness.control('POST', '/_tenant/faults', { match: 'GET /v1\\.0/sites/.*/lists/.*/items', status: 503, retryAfter: 1, count: 2 });
    const before = harness.records.length;
    const read = await secretary.getMeeting(pm2026.meeting.id);
    expect(read).toEqual(stored);
    // Two $batch requests: the throttled one and the one sent again after Retry-After.
    expect(harness.records.slice(before).filter((r) => r.url.endsWith('/$batch'))).toHaveLength(2);
  });

  it('sent only request bodies that are valid against the Graph v1.0 OpenAPI description', () => {
    expect(harness.records.length).toBeGreaterThan(0);
    expect(contractProblems(harness.records)).toEqual([]);
  });
});
