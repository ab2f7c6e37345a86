// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { StrictMode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { aClosingRow, aCommittee, aMeeting, anItem } from '../../domain/testing/builders';
import { renumberItems } from '../../domain/caseNumbering';
import type { Meeting } from '../../domain/model';
import { createInMemoryMeetingRepository } from '../../domain/testing/inMemoryMeetingRepository';
import { useAgendaEditor } from './useAgendaEditor';
import { useCommittees, useMeetings, useOpenedMeeting, withOpenMeeting } from './useWorkspaceData';
import { startWorkspaceReads } from './startupReads';

const committee = aCommittee();

/** The workspace's wiring in small: loaded meetings, the open meeting's editor, the list shown. */
function useWorkspaceList(repository: ReturnType<typeof createInMemoryMeetingRepository>, openId: string | undefined) {
  const { meetings } = useMeetings(repository, committee.id);
  const { opened } = useOpenedMeeting(repository, committee, openId, meetings);
  const ready = opened.status === 'ready' ? opened.value : undefined;
  const open = useAgendaEditor(ready?.stored, committee, ready?.others ?? [], repository);
  const shown = withOpenMeeting(meetings, open?.state.version !== undefined ? open.state.stored : undefined);
  return { open, shown, meetings, opened };
}

const statusesOf = (shown: ReturnType<typeof useWorkspaceList>['shown']) => (shown.status === 'ready' ? shown.value.map((entry) => `${entry.id}:${entry.status}`).sort() : []);

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

  it('lists the meetings without their items and reads the open one whole, numbering after the saker of the same year only', async () => {
    const march: Meeting = renumberItems({ ...aMeeting({ id: 'm-march', committeeId: committee.id, date: '2026-03-12', items: [anItem('m1'), anItem('m2'), aClosingRow()] }), status: 'noticeSent' }, committee, []);
    const lastYear: Meeting = renumberItems({ ...aMeeting({ id: 'm-2025', committeeId: committee.id, date: '2025-11-20', items: [anItem('x1'), anItem('x2'), anItem('x3'), aClosingRow()] }), status: 'minutesApproved' }, committee, []);
    const draft: Meeting = renumberItems(aMeeting({ id: 'm-june', committeeId: committee.id, date: '2026-06-11', items: [anItem('a'), aClosingRow()] }), committee, [march]);
    const repository = createInMemoryMeetingRepository({ committees: [committee], meetings: [lastYear, march, draft] });
    const { result } = renderHook(() => useWorkspaceList(repository, draft.id));
    await waitFor(() => expect(result.current.open).toBeDefined());
    const listed = result.current.meetings.status === 'ready' ? result.current.meetings.value : [];
    expect(listed.map((meeting) => [meeting.id, 'items' in meeting])).toEqual([
      ['m-2025', false],
      ['m-march', false],
      ['m-june', false],
    ]);
    const opened = result.current.opened.status === 'ready' ? result.current.opened.value : undefined;
    expect(opened?.stored.value.items.map((item) => item.id)).toEqual(draft.items.map((item) => item.id));
    expect(opened?.others.map((other) => other.id)).toEqual(['m-march']);
    // A sak added to the June draft continues after March's two numbers, as before.
    act(() => void result.current.open?.editor.addItem('Ny sak'));
    expect(result.current.open?.state.meeting.items.filter((item) => item.caseNumber !== null).map((item) => item.caseNumber)).toEqual(['2026.03', '2026.04']);
  });
  it('opens a linked meeting with the reads begun before the first render, the year\'s case numbers among them, and reads none of them again', async () => {
    const march: Meeting = renumberItems({ ...aMeeting({ id: 'm-march', committeeId: committee.id, date: '2026-03-12', items: [anItem('m1'), anItem('m2'), aClosingRow()] }), status: 'noticeSent' }, committee, []);
    const draft: Meeting = renumberItems(aMeeting({ id: 'm-june', committeeId: committee.id, date: '2026-06-11', items: [anItem('a'), aClosingRow()] }), committee, [march]);
    const repository = createInMemoryMeetingRepository({ committees: [committee], meetings: [march, draft] });
    const reads = { rows: vi.spyOn(repository, 'listMeetingRows'), meeting: vi.spyOn(repository, 'getMeeting'), numbers: vi.spyOn(repository, 'listCaseNumbers') };
    const startup = startWorkspaceReads(repository, { committeeId: committee.id, meetingId: draft.id });
    await vi.waitFor(() => expect(reads.numbers).toHaveBeenCalledTimes(1)); // before anything has rendered
    const { result } = renderHook(() => {
      const { meetings } = useMeetings(repository, committee.id, startup);
      return useOpenedMeeting(repository, committee, draft.id, meetings, startup).opened;
    });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(result.current.status === 'ready' ? result.current.value?.others.map((other) => [other.id, other.items.map((item) => item.caseNumber)]) : []).toEqual([['m-march', march.items.map((item) => item.caseNumber)]]);
    expect([reads.rows.mock.calls.length, reads.meeting.mock.calls.length, reads.numbers.mock.calls.length]).toEqual([1, 1, 1]);
  });
  it('shows reads begun before the first render whose answers are already here in that first render, with nothing read again (StrictMode too)', async () => {
    const march: Meeting = renumberItems({ ...aMeeting({ id: 'm-march-2', committeeId: committee.id, date: '2026-03-12', items: [anItem('m1'), aClosingRow()] }), status: 'noticeSent' }, committee, []);
    const draft: Meeting = renumberItems(aMeeting({ id: 'm-june-2', committeeId: committee.id, date: '2026-06-11', items: [anItem('a'), aClosingRow()] }), committee, [march]);
    const repository = createInMemoryMeetingRepository({ committees: [committee], meetings: [march, draft] });
    const reads = [vi.spyOn(repository, 'listCommittees'), vi.spyOn(repository, 'listMeetingRows'), vi.spyOn(repository, 'getMeeting'), vi.spyOn(repository, 'listCaseNumbers')];
    const startup = startWorkspaceReads(repository, { committeeId: committee.id, meetingId: draft.id });
    await vi.waitFor(() => expect(reads[3]).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 0)); // every answer is in, as on a cold start when the screens first render
    const rendered: string[] = [];
    const { result } = renderHook(
      () => {
        const { committees } = useCommittees(repository, startup);
        const { meetings } = useMeetings(repository, committee.id, startup);
        const { opened } = useOpenedMeeting(repository, committee, draft.id, meetings, startup);
        const open = useAgendaEditor(opened.status === 'ready' ? opened.value?.stored : undefined, committee, opened.status === 'ready' ? (opened.value?.others ?? []) : [], repository);
        rendered.push([committees.status, meetings.status, opened.status, open ? 'editor' : 'none'].join(' '));
        return open;
      },
      { wrapper: StrictMode },
    );
    expect(rendered[0]).toBe('ready ready ready editor');
    await new Promise((resolve) => setTimeout(resolve, 20)); // the effects have run (twice, in StrictMode)
    expect(new Set(rendered)).toEqual(new Set(['ready ready ready editor']));
    expect(result.current?.state.meeting.items.map((item) => item.caseNumber)).toEqual(draft.items.map((item) => item.caseNumber));
    expect(reads.map((read) => read.mock.calls.length)).toEqual([1, 1, 1, 1]);
  });
});
