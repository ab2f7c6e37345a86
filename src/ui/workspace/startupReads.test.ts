import { describe, expect, it, vi } from 'vitest';
import { aCommittee, aMeeting } from '../../domain/testing/builders';
import type { MeetingRepository, MeetingRows, ReadList, ReadMeeting } from '../../domain/ports';
import type { Committee } from '../../domain/model';
import type { NumberedMeeting } from '../../domain/caseNumbering';
import { namedInAddress, numberingKey, startWorkspaceReads } from './startupReads';

type Reads = Pick<MeetingRepository, 'listCommittees' | 'listMeetingRows' | 'getMeeting' | 'listCaseNumbers'>;

function repositoryOf(overrides: Partial<Reads> = {}) {
  const committee = aCommittee({ id: 'ps' });
  const meeting = aMeeting({ id: 'm-2026', committeeId: 'ps' });
  return {
    listCommittees: vi.fn<Reads['listCommittees']>(() => Promise.resolve([{ value: committee, version: '1' }] as ReadList<Committee>)),
    listMeetingRows: vi.fn<Reads['listMeetingRows']>(() => Promise.resolve([] as unknown as MeetingRows)),
    getMeeting: vi.fn<Reads['getMeeting']>(() => Promise.resolve({ value: meeting, version: '1' } as ReadMeeting)),
    listCaseNumbers: vi.fn<Reads['listCaseNumbers']>((meetings) => Promise.resolve(meetings.map((other) => ({ ...other, items: [{ caseNumber: '2026.01' }] })) as NumberedMeeting[])),
    ...overrides,
  };
}

describe('the workspace reads begun before the first render', () => {
  it('reads what the address names at once, and hands each answer out once for the same committee or meeting', async () => {
    const repository = repositoryOf();
    const startup = startWorkspaceReads(repository, namedInAddress({ search: '?committee=ps', hash: '#meeting=m-2026' }));
    expect(repository.listCommittees).toHaveBeenCalledTimes(1);
    expect(repository.listMeetingRows).toHaveBeenCalledWith('ps');
    expect(repository.getMeeting).toHaveBeenCalledWith('m-2026');

    expect(startup.meetingRows('other')).toBeUndefined();
    expect(startup.meeting('other')).toBeUndefined();
    expect((await startup.meeting('m-2026'))?.value.id).toBe('m-2026');
    expect(startup.meeting('m-2026')).toBeUndefined(); // a reload reads afresh
    expect(await startup.committees()).toHaveLength(1);
    expect(startup.committees()).toBeUndefined();
  });

  it('reads no meeting rows or meeting the address does not name', () => {
    const repository = repositoryOf();
    const startup = startWorkspaceReads(repository, namedInAddress({ search: '', hash: '' }));
    expect(repository.listMeetingRows).not.toHaveBeenCalled();
    expect(repository.getMeeting).not.toHaveBeenCalled();
    expect(startup.meetingRows('ps')).toBeUndefined();
  });

  it('reads again for the screen when the early read failed (not signed in yet), never handing out the failure', async () => {
    const refused = Promise.reject(new Error('notSignedIn'));
    refused.catch(() => undefined);
    const committee = aCommittee({ id: 'ps' });
    const listCommittees = vi.fn<Reads['listCommittees']>().mockReturnValueOnce(refused).mockResolvedValue([{ value: committee, version: '1' }] as ReadList<Committee>);
    const repository = repositoryOf({ listCommittees });
    const startup = startWorkspaceReads(repository, {});
    await refused.catch(() => undefined);
    expect(await startup.committees()).toHaveLength(1);
    expect(listCommittees).toHaveBeenCalledTimes(2);
    expect(startup.committees()).toBeUndefined();
  });

  it("reads the case numbers of the open meeting's year as soon as the committee, its rows and the meeting are in, for the screen's same numbering only", async () => {
    const march = aMeeting({ id: 'm-march', committeeId: 'ps', date: '2026-03-05', items: [] });
    const lastYear = aMeeting({ id: 'm-2025', committeeId: 'ps', date: '2025-11-20', items: [] });
    const repository = repositoryOf({ listMeetingRows: vi.fn(() => Promise.resolve([march, lastYear] as unknown as MeetingRows)) });
    const startup = startWorkspaceReads(repository, namedInAddress({ search: '?committee=ps', hash: '#meeting=m-2026' }));
    await vi.waitFor(() => expect(repository.listCaseNumbers).toHaveBeenCalledTimes(1));
    // The same year only (the meeting is 2026-06-11), and not the open meeting itself.
    expect(vi.mocked(repository.listCaseNumbers).mock.calls[0]?.[0].map((meeting) => meeting.id)).toEqual(['m-march']);

    expect(startup.caseNumbers(numberingKey('m-2026', []))).toBeUndefined(); // another numbering: the screen reads its own
    expect(await startup.caseNumbers(numberingKey('m-2026', [march]))).toEqual([{ ...march, items: [{ caseNumber: '2026.01' }] }]);
    expect(startup.caseNumbers(numberingKey('m-2026', [march]))).toBeUndefined(); // handed out once
  });

  it('reads no case numbers for a meeting of another committee than the address names', async () => {
    const repository = repositoryOf({ getMeeting: vi.fn(() => Promise.resolve({ value: aMeeting({ id: 'm-2026', committeeId: 'other' }), version: '1' } as ReadMeeting)) });
    startWorkspaceReads(repository, namedInAddress({ search: '?committee=ps', hash: '#meeting=m-2026' }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(repository.listCaseNumbers).not.toHaveBeenCalled();
  });

  it('settles once every read has answered, the case numbers asked after the others included, and when one fails', async () => {
    let answerNumbers: (numbers: NumberedMeeting[]) => void = () => undefined;
    const march = aMeeting({ id: 'm-march', committeeId: 'ps', date: '2026-03-05', items: [] });
    const repository = repositoryOf({
      listMeetingRows: vi.fn(() => Promise.resolve([march] as unknown as MeetingRows)),
      listCaseNumbers: vi.fn(() => new Promise<NumberedMeeting[]>((resolve) => (answerNumbers = resolve))),
    });
    const startup = startWorkspaceReads(repository, namedInAddress({ search: '?committee=ps', hash: '#meeting=m-2026' }));
    let settled = false;
    void startup.settled.then(() => (settled = true));
    await vi.waitFor(() => expect(repository.listCaseNumbers).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(settled).toBe(false); // the committees, rows and meeting are in; the case numbers are not
    answerNumbers([]);
    await vi.waitFor(() => expect(settled).toBe(true));

    const refused = startWorkspaceReads(repositoryOf({ listCommittees: vi.fn(() => Promise.reject(new Error('notSignedIn'))) }), namedInAddress({ search: '?committee=ps', hash: '#meeting=m-2026' }));
    await expect(refused.settled).resolves.toBeUndefined();
  });

  it('asks for the three in one read where the repository has it (readTogether), each single method only when read again', async () => {
    const repository = repositoryOf();
    const committee = aCommittee({ id: 'ps' });
    const meeting = aMeeting({ id: 'm-2026', committeeId: 'ps', date: '2026-03-05' });
    const refused = Promise.reject(new Error('forbidden'));
    refused.catch(() => undefined);
    const readTogether = vi.fn(() => ({
      committees: Promise.resolve([{ value: committee, version: '1' }] as ReadList<Committee>),
      meetingRows: refused as Promise<MeetingRows>,
      meeting: Promise.resolve({ value: meeting, version: '1' } as ReadMeeting),
    }));
    const startup = startWorkspaceReads(repository, { committeeId: 'ps', meetingId: 'm-2026' }, readTogether);
    expect(readTogether).toHaveBeenCalledWith({ committeeId: 'ps', meetingId: 'm-2026' });
    expect(repository.listCommittees).not.toHaveBeenCalled();
    expect(repository.listMeetingRows).not.toHaveBeenCalled();
    expect(repository.getMeeting).not.toHaveBeenCalled();
    await startup.settled;
    expect(startup.arrived.committees()?.value).toHaveLength(1);
    expect(startup.arrived.meeting('m-2026')?.value?.value.id).toBe('m-2026');
    // The one part that failed is read alone for the screen, which shows its own error if it fails again; the others stand.
    expect(await startup.meetingRows('ps')).toEqual([]);
    expect(repository.listMeetingRows).toHaveBeenCalledTimes(1);
    expect(repository.listCommittees).not.toHaveBeenCalled();
  });

  it('asks the three methods when the repository has no such read (readTogether answers undefined)', () => {
    const repository = repositoryOf();
    startWorkspaceReads(repository, { committeeId: 'ps', meetingId: 'm-2026' }, () => undefined);
    expect(repository.listCommittees).toHaveBeenCalledTimes(1);
    expect(repository.listMeetingRows).toHaveBeenCalledWith('ps');
    expect(repository.getMeeting).toHaveBeenCalledWith('m-2026');
  });

  it('takes the meeting id from the hash as the workspace writes it', () => {
    expect(namedInAddress({ search: '?committee=a%20b', hash: '#meeting=m%2F1' })).toEqual({ committeeId: 'a b', meetingId: 'm/1' });
  });
});
