import { describe, expect, it } from 'vitest';
import { aMeeting } from '../../domain/testing/builders';
import { withOpenMeeting, type LoadState } from './useWorkspaceData';
import type { MeetingHeader } from '../../domain/model';

const loaded = (meetings: MeetingHeader[]): LoadState<MeetingHeader[]> => ({ status: 'ready', value: meetings });

describe('the meeting list of the workspace', () => {
  it('shows the open meeting as its editor last stored it, not as it was loaded', () => {
    const draft = aMeeting({ id: 'm-2026', status: 'draft' });
    const earlier = aMeeting({ id: 'm-2025', date: '2025-06-05', status: 'minutesApproved' });
    const shown = withOpenMeeting(loaded([earlier, draft]), { ...draft, status: 'noticeSent', date: '2026-06-12' });
    if (shown.status !== 'ready') throw new Error('not ready');
    expect(shown.value.map((entry) => [entry.id, entry.status, entry.date])).toEqual([
      ['m-2025', 'minutesApproved', '2025-06-05'],
      ['m-2026', 'noticeSent', '2026-06-12'],
    ]);
  });

  it('adds an open meeting the loaded list does not have yet, and leaves a list that is still loading alone', () => {
    const created = aMeeting({ id: 'm-new' });
    const shown = withOpenMeeting(loaded([]), created);
    expect(shown.status === 'ready' ? shown.value.map((entry) => entry.id) : []).toEqual(['m-new']);
    expect(withOpenMeeting({ status: 'loading' }, created)).toEqual({ status: 'loading' });
  });
});
