import { describe, expect, it } from 'vitest';
import { CommitteeSchema, type Meeting } from '../../domain/model';
import { findLinkedMeeting, meetingIdFromUrl } from './findMeeting';
import { testMeeting } from './testing/testMeeting';

const committee = CommitteeSchema.parse({ id: 'partnerskapsmotet', name: 'Partnerskapsmøtet', shortName: 'PM', languageForm: 'nb', members: [] });
const thread = '19:meeting_NzQ4ZjVlY2Et@thread.v2';

function repositoryWith(meetings: Meeting[]) {
  return {
    listCommittees: async () => [{ value: committee, version: '1' }],
    listMeetings: async () => meetings.map((value, i) => ({ value, version: String(i) })),
    getMeeting: async () => undefined,
  };
}

describe('findLinkedMeeting', () => {
  const earlier = { ...testMeeting(), id: 'pm-2025-06-05' };
  const sent = { ...testMeeting(), onlineMeetingJoinUrl: `https://localhost:4000/_tenant/meeting/join/${encodeURIComponent(thread)}` };

  it('finds the meeting whose innkalling carried the Teams join link, by the chat thread Teams reports', async () => {
    const found = await findLinkedMeeting(repositoryWith([earlier, sent]), { teamsMeetingId: 'MCMxOTptZWV0aW5n', chatId: thread });
    expect(found?.meeting.value.id).toBe('pm-2026-06-11');
    expect(found?.committee.id).toBe('partnerskapsmotet');
  });

  it('prefers an explicit ?meeting= and otherwise a recorded teamsMeetingId', async () => {
    const linked = { ...earlier, teamsMeetingId: 'abc' };
    expect((await findLinkedMeeting(repositoryWith([linked, sent]), { motebokMeetingId: 'pm-2026-06-11', teamsMeetingId: 'abc' }))?.meeting.value.id).toBe('pm-2026-06-11');
    expect((await findLinkedMeeting(repositoryWith([linked, sent]), { teamsMeetingId: 'abc' }))?.meeting.value.id).toBe('pm-2025-06-05');
  });

  it('finds nothing for a Teams meeting Møtebok does not know, so the panel can say so', async () => {
    expect(await findLinkedMeeting(repositoryWith([earlier, sent]), { chatId: '19:meeting_other@thread.v2' })).toBeUndefined();
    expect(await findLinkedMeeting(repositoryWith([earlier]), {})).toBeUndefined();
  });

  it('reads the meeting id from a stage URL', () => {
    expect(meetingIdFromUrl('https://localhost:3000/stage.html?meeting=pm-2026-06-11')).toBe('pm-2026-06-11');
    expect(meetingIdFromUrl('https://localhost:3000/sidepanel.html')).toBeUndefined();
  });
});
