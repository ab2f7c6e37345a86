import { describe, expect, it } from 'vitest';
import type { AgendaItem, Meeting, MeetingFile } from './model';
import { changesSinceNotice, updateWaiting } from './pendingUpdate';
import { aCommittee, aMeeting, anItem } from './testing/builders';

const budget = anItem('budget', { caseNumber: '2026.02' as never, title: 'Budsjett 2027', caseRoute: [{ body: 'Eldrerådet' }, { body: 'Kommunestyret' }] } as Partial<AgendaItem>);

/** A meeting whose innkalling was sent with `budget` as it was, then `change`d. */
function sent(change: (meeting: Meeting) => Meeting): MeetingFile {
  const meeting = aMeeting({ items: [budget] });
  const notice = { eventId: 'e', transactionId: 't', sentAt: '2026-05-01T10:00:00Z', version: 1, items: meeting.items, attachmentIds: [] };
  return { committee: aCommittee(), meeting: change({ ...meeting, status: 'noticeSent', notice }) };
}

describe('an update waits to be sent once the meeting changed after the innkalling', () => {
  it('waits after the secretary changes a sak, with the line the send dialog shows', () => {
    const file = sent((meeting) => ({ ...meeting, items: meeting.items.map((item) => ({ ...item, title: 'Budsjett 2027 og økonomiplan' })) }));
    expect(changesSinceNotice(file).lines).toEqual(['Sak 2026.02: endret tittel til «Budsjett 2027 og økonomiplan»']);
    expect(updateWaiting(file)).toBe(true);
  });

  it('waits after the workspace re-marked a saksgang nobody typed (a råd set up as advisory after the send)', () => {
    const file = sent((meeting) => ({ ...meeting, items: meeting.items.map((item) => ({ ...item, caseRoute: [{ body: 'Eldrerådet', advisory: true }, { body: 'Kommunestyret' }] })) }));
    expect(changesSinceNotice(file).advisoryMarks).toHaveLength(1);
    expect(updateWaiting(file)).toBe(true);
  });

  it('does not wait when nothing changed, before the first send, nor once the meeting has begun', () => {
    expect(updateWaiting(sent((meeting) => meeting))).toBe(false);
    const retitled = (meeting: Meeting): Meeting => ({ ...meeting, items: meeting.items.map((item) => ({ ...item, title: 'Nytt' })) });
    const { notice: _notice, ...draft } = sent(retitled).meeting;
    expect(updateWaiting({ committee: aCommittee(), meeting: { ...draft, status: 'draft' } })).toBe(false);
    expect(updateWaiting(sent((meeting) => ({ ...retitled(meeting), status: 'inProgress' })))).toBe(false);
  });
});
