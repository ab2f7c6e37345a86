import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { createInMemoryMeetingRepository } from '../../domain/testing/inMemoryMeetingRepository';
import { CommitteeSchema } from '../../domain/model';
import type { MeetingRepository } from '../../domain/ports';
import { findLinkedMeeting, meetingLinkOf, startLinkedMeetingLookup } from './findMeeting';
import { stageUrlFor } from '../sidePanel/ShareToStageButton';
import { testMeeting } from './testing/testMeeting';

const committee = v.parse(CommitteeSchema, { id: 'partnerskapsmotet', name: 'Partnerskapsmøtet', shortName: 'PM', languageForm: 'nb', members: [] });
const thread = '19:meeting_NzQ4ZjVlY2Et@thread.v2';

describe('findLinkedMeeting', () => {
  const earlier = { ...testMeeting(), id: 'pm-2025-06-05' };
  const sent = { ...testMeeting(), onlineMeetingJoinUrl: `https://localhost:4000/_tenant/meeting/join/${encodeURIComponent(thread)}` };

  it('finds the meeting whose innkalling carried the Teams join link, by the chat thread Teams reports, with its committee', async () => {
    const repository = createInMemoryMeetingRepository({ committees: [committee], meetings: [earlier, sent] });
    const found = await findLinkedMeeting(repository, { teamsMeetingId: 'MCMxOTptZWV0aW5n', chatId: thread });
    expect(found?.meeting.value.id).toBe('pm-2026-06-11');
    expect(found?.committee.id).toBe('partnerskapsmotet');
  });

  it('prefers an explicit ?meeting= and otherwise a recorded teamsMeetingId', async () => {
    const linked = { ...earlier, teamsMeetingId: 'abc' };
    const repository = createInMemoryMeetingRepository({ committees: [committee], meetings: [linked, sent] });
    expect((await findLinkedMeeting(repository, { motebokMeetingId: 'pm-2026-06-11', teamsMeetingId: 'abc' }))?.meeting.value.id).toBe('pm-2026-06-11');
    expect((await findLinkedMeeting(repository, { teamsMeetingId: 'abc' }))?.meeting.value.id).toBe('pm-2025-06-05');
  });

  it('finds nothing for a Teams meeting Møtebok does not know, and asks storage nothing when the host gave no key', async () => {
    const repository = createInMemoryMeetingRepository({ committees: [committee], meetings: [earlier, sent] });
    expect(await findLinkedMeeting(repository, { chatId: '19:meeting_other@thread.v2' })).toBeUndefined();
    expect(repository.calls.getMeetingWithCommittee).toBe(1);
    expect(await findLinkedMeeting(repository, {})).toBeUndefined();
    expect(repository.calls.getMeetingWithCommittee).toBe(1);
  });

  it('reads the meeting and its committee from the stage URL the side panel shares, and the Teams ids from the host', () => {
    const stageUrl = stageUrlFor('pm-2026-06-11', 'partnerskapsmotet', 'https://localhost:3000/sidepanel.html?committee=partnerskapsmotet');
    expect(meetingLinkOf(stageUrl, { meetingId: 'MCMxOTptZWV0aW5n', chatId: thread })).toEqual({ motebokMeetingId: 'pm-2026-06-11', committeeId: 'partnerskapsmotet', teamsMeetingId: 'MCMxOTptZWV0aW5n', chatId: thread });
    expect(meetingLinkOf('https://localhost:3000/sidepanel.html', {})).toEqual({ motebokMeetingId: undefined, committeeId: undefined, teamsMeetingId: undefined, chatId: undefined });
  });
});

describe('startLinkedMeetingLookup', () => {
  it('asks who is signed in with the first read only: a read again after a failure asks for the meeting alone', async () => {
    const asked: (boolean | undefined)[] = [];
    const repository: Pick<MeetingRepository, 'getMeetingWithCommittee'> = {
      getMeetingWithCommittee: (_link, options) => {
        asked.push(options?.withSignedInUser);
        return asked.length === 1 ? Promise.reject(new Error('nettverket')) : Promise.resolve(undefined);
      },
    };
    const href = 'https://localhost:3000/sidepanel.html?meeting=pm-2026-06-11';
    const lookup = startLinkedMeetingLookup(repository, {}, href, { withSignedInUser: true });
    await lookup.started.catch(() => undefined);
    await lookup.take({ repository, link: meetingLinkOf(href, {}) });
    expect(asked).toEqual([true, false]);
  });
});
