import { useCallback, useEffect, useState } from 'react';
import { itemHistory, meetingActs, type HistoryEntry, type MeetingAct } from '../../../domain/itemHistory';
import type { Meeting } from '../../../domain/model';
import type { MeetingRepository } from '../../../domain/ports';

export type ItemHistoryState =
  | { state: 'closed' }
  | { state: 'loading' }
  | { state: 'ready'; entries: HistoryEntry[]; acts: MeetingAct[] }
  | { state: 'failed'; error: unknown };

/**
 * A sak's history without the rendering: nothing is read until it is opened (the versions are two
 * requests and rarely wanted), then the versions are compared by the domain (`itemHistory`) and
 * the meeting's approvals and reopenings are put beside them. `reload` reads again.
 */
export function useItemHistory(repository: Pick<MeetingRepository, 'itemVersions'>, meeting: Pick<Meeting, 'id' | 'minutesApprovedAt' | 'reopenings'>, itemId: string) {
  const [open, setOpen] = useState(false);
  const [generation, setGeneration] = useState(0);
  const [state, setState] = useState<ItemHistoryState>({ state: 'closed' });
  const acts = meetingActs(meeting);
  const actsKey = JSON.stringify(acts);

  useEffect(() => {
    if (!open) {
      setState({ state: 'closed' });
      return;
    }
    let current = true;
    setState({ state: 'loading' });
    repository.itemVersions(meeting.id, itemId).then(
      (versions) => {
        if (current) setState({ state: 'ready', entries: itemHistory(versions), acts: JSON.parse(actsKey) as MeetingAct[] });
      },
      (error: unknown) => {
        if (current) setState({ state: 'failed', error });
      },
    );
    return () => {
      current = false;
    };
  }, [open, generation, repository, meeting.id, itemId, actsKey]);

  const toggle = useCallback(() => setOpen((value) => !value), []);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { open, toggle, reload, history: state };
}
