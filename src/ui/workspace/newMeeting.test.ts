import { describe, expect, it } from 'vitest';
import { aClosingRow, aCommittee, aMeeting, sequentialIds } from '../../domain/testing/builders';
import type { Meeting } from '../../domain/model';
import { plainTextOf } from '../../domain/richText';
import { createInMemoryMeetingRepository } from '../../domain/testing/inMemoryMeetingRepository';
import { createNewMeeting, type NewMeetingForm } from './newMeeting';

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
