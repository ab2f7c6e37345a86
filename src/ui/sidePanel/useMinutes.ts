import { useCallback, useMemo, useState } from 'react';
import { reopenApprovedMinutes } from '../../domain/minutesApproval';
import type { Committee, MeetingStatus, Person } from '../../domain/model';
import type { MinutesRecipients } from '../../graph/minutesService';
import { useServices } from '../shared/ServicesContext';
import type { MeetingSession, SessionSnapshot } from '../meeting/meetingSession';
import { withoutEmptyPoints } from './RecordingFields';

/** What "Etter møtet" works on: the live meeting and how its status changes. */
export interface AfterMeetingProps {
  committee: Committee;
  session: MeetingSession;
  snapshot: SessionSnapshot;
  onChangeStatus: (to: MeetingStatus) => void;
}

export type MinutesBusy = 'generating' | 'sending' | undefined;

export interface MinutesState {
  /** The meeting is over (held or approved): the referat can be looked at. */
  held: boolean;
  /** What was recorded may still be corrected (held, not approved). */
  editable: boolean;
  /** Items the referat will show without a konklusjon. */
  missing: string[];
  recipients: MinutesRecipients;
  busy: MinutesBusy;
  error: unknown;
  /** Who the referat went to in this session, once sent. */
  sentTo: Person[] | undefined;
  canGenerate: boolean;
  /** Sending for comments is offered only while the referat is not approved. */
  canSend: boolean;
  canApprove: boolean;
  generate(): Promise<void>;
  send(): Promise<void>;
  approve(): void;
  /** Only after approval: reopens the referat, recording who, when and `reason` (DomainError when the reason is empty). */
  canReopen: boolean;
  reopen(reason: string): Promise<void>;
  dismissError(): void;
}

/**
 * "Etter møtet" without the rendering: the referat is made from what the session holds, stored by
 * the minutes service and recorded on the meeting through the session (the one save path for the
 * live meeting), sent through the service, and approved as a status change.
 */
export function useMinutes({ committee, session, snapshot, onChangeStatus }: AfterMeetingProps): MinutesState {
  const { minutes: service, hostContext } = useServices();
  const [busy, setBusy] = useState<MinutesBusy>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [sentTo, setSentTo] = useState<Person[] | undefined>(undefined);
  const [lastBytes, setLastBytes] = useState<Uint8Array | undefined>(undefined);
  const meeting = snapshot.meeting;
  const held = meeting.status === 'held' || meeting.status === 'minutesApproved';
  const editable = meeting.status === 'held';
  const recipients = useMemo(() => service.recipients(committee, meeting), [service, committee, meeting]);
  const missing = withoutEmptyPoints(meeting)
    .items.filter((i) => !i.closing && i.outcome !== 'postponed' && i.conclusion.length === 0)
    .map((i) => i.caseNumber ?? i.title);

  const run = useCallback(async (what: MinutesBusy, action: () => Promise<void>) => {
    setBusy(what);
    setError(undefined);
    try {
      await action();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(undefined);
    }
  }, []);

  const generate = () =>
    run('generating', async () => {
      await session.flush();
      // A point added but left empty is not part of the konklusjon.
      const stored = await service.store(committee, withoutEmptyPoints(session.getSnapshot().meeting));
      setLastBytes(stored.bytes);
      session.editMeeting({ minutes: stored.minutes });
      await session.flush();
    });

  const send = () =>
    run('sending', async () => {
      setSentTo(await service.send(committee, session.getSnapshot().meeting, lastBytes));
    });

  return {
    held,
    editable,
    missing,
    recipients,
    busy,
    error,
    sentTo,
    canGenerate: editable && busy === undefined,
    canSend: meeting.status === 'held' && meeting.minutes !== undefined && busy === undefined,
    canApprove: meeting.status === 'held' && meeting.minutes !== undefined && busy === undefined,
    generate,
    send,
    approve: () => onChangeStatus('minutesApproved'),
    canReopen: meeting.status === 'minutesApproved' && busy === undefined,
    reopen: (reason: string) =>
      run(undefined, async () => {
        const by = hostContext.user?.displayName ?? hostContext.user?.upn ?? meeting.minuteTaker?.name ?? 'Ukjent bruker';
        const next = reopenApprovedMinutes(session.getSnapshot().meeting, { by, at: new Date().toISOString(), reason });
        session.editMeeting({ status: next.status, reopenings: next.reopenings ?? [], minutesApprovedAt: null });
        await session.flush();
      }),
    dismissError: () => setError(undefined),
  };
}
