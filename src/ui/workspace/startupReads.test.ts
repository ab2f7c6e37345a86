import { describe, expect, it, vi } from 'vitest';
import { aCommittee, aMeeting } from '../../domain/testing/builders';
import type { MeetingRepository, MeetingRows, ReadList, ReadMeeting } from '../../domain/ports';
import type { Committee } from '../../domain/model';
import { namedInAddress, startWorkspaceReads } from './startupReads';

type Reads = Pick<MeetingRepository, 'listCommittees' | 'listMeetingRows' | 'getMeeting'>;

function repositoryOf(overrides: Partial<Reads> = {}) {
  const committee = aCommittee({ id: 'ps' });
  const meeting = aMeeting({ id: 'm-2026', committeeId: 'ps' });
  return {
    listCommittees: vi.fn<Reads['listCommittees']>(() => Promise.resolve([{ value: committee, version: '1' }] as ReadList<Committee>)),
    listMeetingRows: vi.fn<Reads['listMeetingRows']>(() => Promise.resolve([] as unknown as MeetingRows)),
    getMeeting: vi.fn<Reads['getMeeting']>(() => Promise.resolve({ value: meeting, version: '1' } as ReadMeeting)),
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

  it('takes the meeting id from the hash as the workspace writes it', () => {
    expect(namedInAddress({ search: '?committee=a%20b', hash: '#meeting=m%2F1' })).toEqual({ committeeId: 'a b', meetingId: 'm/1' });
  });
});
