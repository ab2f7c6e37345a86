import { describe, expect, it } from 'vitest';
import { aClosingRow, aCommittee, aMeeting, anItem, sequentialIds } from '../../domain/testing/builders';
import type { Meeting } from '../../domain/model';
import { plainTextOf } from '../../domain/richText';
import { createInMemoryMeetingRepository } from '../../domain/testing/inMemoryMeetingRepository';
import { createNewMeeting, type NewMeetingForm } from './newMeeting';
import type { FollowUpStatus } from '../../domain/followUp';

const committee = aCommittee();
const form: NewMeetingForm = { date: '2026-11-12', start: '13:00', end: '15:00', place: 'Våle samfunnshus', online: true };
const referat = { fileName: 'Referat Partnerskapsmøtet 05.06.25.docx', driveItemId: 'referat-2025', webUrl: 'https://tenant.example/referat.docx' };
const held2025: Meeting = aMeeting({ id: 'pm-2025', committeeId: committee.id, date: '2025-06-05', status: 'held', items: [aClosingRow()], minutes: referat });
// The newest meeting on the list: a draft that was never held, with no referat.
const draft2026: Meeting = aMeeting({ id: 'pm-2026', committeeId: committee.id, date: '2026-06-11', status: 'draft', items: [aClosingRow()] });

const referatsakOf = (meeting: Meeting) => meeting.items.find((item) => item.kinds.includes('Referatsak'));

describe('"Nytt møte" in the workspace', () => {
  it('points the Referatsak at the last meeting that was held, not the newer draft, with its referat attached', async () => {
    const repository = createInMemoryMeetingRepository({ committees: [committee], meetings: [held2025, draft2026] });
    const created = await createNewMeeting(repository, committee, [held2025, draft2026], form, sequentialIds());
    expect(created.value.previousMeetingId).toBe('pm-2025');
    const item = referatsakOf(created.value);
    expect(item?.title).toBe('Referat fra Partnerskapsmøte 05.06.2025');
    expect(item?.attachments.map((attachment) => attachment.driveItemId)).toEqual(['referat-2025']);
    expect(plainTextOf(item?.summary ?? [])).toBe('Referatet er ikke godkjent ennå. Vedlagt er siste versjon.');
    expect((await repository.getMeeting(created.value.id))?.value).toEqual(created.value);
  });

  it('takes the referat as it is stored now, when it was made or approved after the list was loaded', async () => {
    const approved: Meeting = { ...held2025, status: 'minutesApproved', minutes: { ...referat, eTag: 'v2' }, minutesApprovedAt: '2026-06-11T12:00:00.000Z' };
    const repository = createInMemoryMeetingRepository({ committees: [committee], meetings: [approved, draft2026] });
    const { minutes: _none, ...listedWithoutReferat } = held2025;
    const created = await createNewMeeting(repository, committee, [listedWithoutReferat, draft2026], form, sequentialIds());
    const item = referatsakOf(created.value);
    expect(item?.attachments.map((attachment) => attachment.eTag)).toEqual(['v2']);
    expect(item?.summary).toEqual([]);
  });

  it('makes no Referatsak when no meeting has been held yet', async () => {
    const repository = createInMemoryMeetingRepository({ committees: [committee], meetings: [draft2026] });
    const created = await createNewMeeting(repository, committee, [draft2026], form, sequentialIds());
    expect(referatsakOf(created.value)).toBeUndefined();
    expect(created.value.previousMeetingId).toBeUndefined();
  });
});

describe('"Nytt møte" as a written treatment', () => {
  it('stores a written treatment with the answer deadline and no saker from the template: no Referatsak, no Eventuelt', async () => {
    const repository = createInMemoryMeetingRepository({ committees: [committee], meetings: [held2025] });
    const created = await createNewMeeting(repository, committee, [held2025], { date: '2026-11-12', start: '12:00', end: '', place: '', online: false, written: true }, sequentialIds());
    expect(created.value.written).toEqual({ answers: [] });
    expect(created.value.items).toEqual([]);
    expect(created.value.previousMeetingId).toBeUndefined();
    expect((await repository.getMeeting(created.value.id))?.value).toEqual(created.value);
  });
});

describe('"Nytt møte": the Oppfølgingsliste', () => {
  const point = { id: 'f1', what: 'Lag plan for samhandling', who: { name: 'Per Christian Voss' }, due: '2025-09-01', task: { kind: 'planner' as const, taskId: 't1', planId: 'p1' } };
  const withPoint: Meeting = { ...held2025, items: [anItem('sak', { caseNumber: null, title: 'Samhandlingsavtalen', followUps: [point] }), aClosingRow()] };
  const tasksSaying = (statuses: () => Promise<Map<string, FollowUpStatus>>) => ({ tasks: async () => ({ create: async () => Promise.reject(new Error('ikke her')), statuses }), today: '2026-11-01' });

  it('lists the earlier meetings’ points with the status Planner gives now', async () => {
    const repository = createInMemoryMeetingRepository({ committees: [committee], meetings: [withPoint] });
    const created = await createNewMeeting(repository, committee, [withPoint], form, sequentialIds(), tasksSaying(async () => new Map([['t1', { state: 'completed' as const, completedAt: '2026-10-02T08:00:00Z' }]])));
    const list = created.value.items.find((item) => item.title === 'Oppfølgingsliste');
    expect(plainTextOf(list?.summary ?? [])).toContain('Samhandlingsavtalen: Lag plan for samhandling – ansvarlig Per Christian Voss, frist 01.09.2025 – fullført 02.10.2026');
  });

  it('reads the saker with points in one request, not the meetings held this year and last in full', async () => {
    const second = { ...point, id: 'f2', what: 'Rapporter til styret', task: { ...point.task, taskId: 't2' } };
    const earlier: Meeting = { ...held2025, id: 'pm-2025-02', date: '2025-02-06', items: [anItem('tidlig', { caseNumber: null, title: 'Budsjett', followUps: [second] }), aClosingRow()] };
    const held2026: Meeting = { ...held2025, id: 'pm-2026-03', date: '2026-03-05', items: [aClosingRow()] };
    const repository = createInMemoryMeetingRepository({ committees: [committee], meetings: [earlier, withPoint, held2026] });
    const created = await createNewMeeting(repository, committee, [earlier, withPoint, held2026], form, sequentialIds(), tasksSaying(async () => new Map()));
    expect(repository.calls.listFollowUpItems).toBe(1);
    // Only the Referatsak's meeting is read again (its referat may be newer than the list).
    expect(repository.calls.getMeeting).toBe(1);
    const summary = plainTextOf(created.value.items.find((item) => item.title === 'Oppfølgingsliste')?.summary ?? []);
    // Oldest meeting first.
    expect(summary.indexOf('Rapporter til styret')).toBeGreaterThanOrEqual(0);
    expect(summary.indexOf('Rapporter til styret')).toBeLessThan(summary.indexOf('Lag plan for samhandling'));
  });

  it('still makes the meeting when Graph cannot be asked, with the points’ status unknown', async () => {
    const repository = createInMemoryMeetingRepository({ committees: [committee], meetings: [withPoint] });
    const created = await createNewMeeting(repository, committee, [withPoint], form, sequentialIds(), tasksSaying(async () => Promise.reject(new Error('offline'))));
    const list = created.value.items.find((item) => item.title === 'Oppfølgingsliste');
    expect(plainTextOf(list?.summary ?? [])).toContain('status ukjent');
  });
});
