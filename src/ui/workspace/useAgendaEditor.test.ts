// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { aClosingRow, aCommittee, aMeeting, anItem } from '../../domain/testing/builders';
import { renumberItems } from '../../domain/caseNumbering';
import type { Meeting } from '../../domain/model';
import { createInMemoryMeetingRepository } from '../../domain/testing/inMemoryMeetingRepository';
import { useAgendaEditor } from './useAgendaEditor';
import { useMeetings, withOpenMeeting } from './useWorkspaceData';

const committee = aCommittee();

/** The workspace's wiring in small: loaded meetings, the open meeting's editor, the list shown. */
function useWorkspaceList(repository: ReturnType<typeof createInMemoryMeetingRepository>, openId: string | undefined) {
  const { meetings } = useMeetings(repository, committee.id);
  const loaded = meetings.status === 'ready' ? meetings.value : [];
  const openLoaded = loaded.find((entry) => entry.value.id === openId);
  const open = useAgendaEditor(openLoaded, committee, [], repository);
  const shown = withOpenMeeting(meetings, open?.state.version !== undefined ? { value: open.state.stored, version: open.state.version } : undefined);
  return { open, shown };
}

const statusesOf = (shown: ReturnType<typeof useWorkspaceList>['shown']) => (shown.status === 'ready' ? shown.value.map((entry) => `${entry.value.id}:${entry.value.status}`).sort() : []);

describe('the meeting list and the open meeting', () => {
  it('shows "Innkalling sendt" in the list as soon as the open meeting is stored as sent', async () => {
    const draft: Meeting = renumberItems(aMeeting({ committeeId: committee.id, items: [anItem('a'), aClosingRow()] }), committee, []);
    const earlier: Meeting = { ...aMeeting({ id: 'm-2025', committeeId: committee.id, date: '2025-06-05', items: [aClosingRow()] }), status: 'minutesApproved' };
    const repository = createInMemoryMeetingRepository({ committees: [committee], meetings: [earlier, draft] });
    const { result } = renderHook(() => useWorkspaceList(repository, draft.id));
    await waitFor(() => expect(result.current.open).toBeDefined());
    expect(statusesOf(result.current.shown)).toEqual(['m-2025:minutesApproved', `${draft.id}:draft`]);

    // What the notice sender does: stores the meeting as sent; the editor adopts it.
    const stored = await repository.getMeeting(draft.id);
    if (!stored) throw new Error('not stored');
    const sent = await repository.saveMeeting({ ...stored.value, status: 'noticeSent' }, stored.version);
    act(() => result.current.open?.editor.adoptSaved(sent));
    expect(statusesOf(result.current.shown)).toEqual(['m-2025:minutesApproved', `${draft.id}:noticeSent`]);
    expect(result.current.open?.state.meeting.status).toBe('noticeSent');
  });
});
