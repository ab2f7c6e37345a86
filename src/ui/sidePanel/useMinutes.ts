import { useMemo, useState } from 'react';
import { secretariatMember } from '../../domain/committeeAccess';
import { approvedInNextMeeting } from '../../domain/conventions';
import { useSignedInIdentity } from '../shared/signedInIdentity';
import { DomainError } from '../../domain/errors';
import { isFromAnotherOrganisation } from '../../domain/personIdentity';
import { reopenApprovedMinutes } from '../../domain/minutesApproval';
import type { Committee, MeetingStatus, Person } from '../../domain/model';
import type { MinutesRecipients } from '../../graph/minutesService';
import { useServices } from '../shared/ServicesContext';
import { useBusyAction } from '../shared/useBusyAction';
import type { MeetingSession, SessionSnapshot } from '../meeting/meetingSession';
import { withoutEmptyPoints } from './RecordingFields';

/** What "Etter møtet" works on: the live meeting and how its status changes. */
export interface AfterMeetingProps {
  committee: Committee;
  session: MeetingSession;
  snapshot: SessionSnapshot;
  onChangeStatus: (to: MeetingStatus) => void;
}

export type MinutesBusy = 'generating' | 'sending' | 'approving' | 'reopening' | undefined;

/** Whether this session's approval also locked the rows in SharePoint, or left that to the secretariat. */
export type SharePointLock = 'locked' | 'pending' | undefined;

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
  /** Sending for comments is offered only while the referat is not approved, and not to a guest (`guest`). */
  canSend: boolean;
  /**
   * The signed-in account is from another organisation (`isFromAnotherOrganisation`: a B2B guest): it has
   * no mailbox in the tenant and no right to the committee's felles postboks, so `sendMail` would fail
   * (`MailboxNotEnabledForRESTAPI`). Told before they try, as the innkalling's panel does, and the send is off.
   */
  guest: boolean;
  canApprove: boolean;
  /**
   * The committee approves its record in the next meeting (conventions.ts `approvedInNextMeeting`, the rule that gives that
   * meeting its Referatsak), as a written treatment's protokoll is (`useWrittenMinutes`): the view says so and asks first.
   */
  inNextMeeting: boolean;
  generate(): Promise<void>;
  send(): Promise<void>;
  approve(): Promise<void>;
  /** Approving here locked the meeting's rows in SharePoint ('locked'), or the user is not in the secretariat and the secretariat's repair will ('pending'). */
  lock: SharePointLock;
  /** The signed-in user is in the committee's secretariat: only they may reopen (it unlocks the rows in SharePoint). */
  secretariat: boolean;
  /** Only after approval, and only for the secretariat: reopens the referat, recording who, when and `reason` (DomainError when the reason is empty). */
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
  const { minutes: service, sitePermissions } = useServices();
  const [lock, setLock] = useState<SharePointLock>(undefined);
  const { identity } = useSignedInIdentity();
  // Who may reopen, and who is recorded as having done it: the secretariat's person, as the committee names them.
  const member = secretariatMember(committee, identity);
  const secretariat = member !== undefined;
  const guest = identity !== undefined && isFromAnotherOrganisation(identity);
  const { busy, error, run, dismissError } = useBusyAction<NonNullable<MinutesBusy>>();
  const [sentTo, setSentTo] = useState<Person[] | undefined>(undefined);
  const [lastBytes, setLastBytes] = useState<Uint8Array | undefined>(undefined);
  const meeting = snapshot.meeting;
  const held = meeting.status === 'held' || meeting.status === 'minutesApproved';
  const editable = meeting.status === 'held';
  const recipients = useMemo(() => service.recipients(committee, meeting), [service, committee, meeting]);
  const missing = withoutEmptyPoints(meeting)
    .items.filter((i) => !i.closing && i.outcome !== 'postponed' && i.conclusion.length === 0)
    .map((i) => i.caseNumber ?? i.title);

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
    canSend: meeting.status === 'held' && meeting.minutes !== undefined && busy === undefined && !guest,
    guest,
    canApprove: meeting.status === 'held' && meeting.minutes !== undefined && busy === undefined,
    inNextMeeting: approvedInNextMeeting(committee.conventions?.minutesApproval),
    generate,
    send,
    // Approval is saved first (the app's freeze), then the rows are locked in SharePoint, which
    // needs Manage Permissions there: only the secretariat has it. For anyone else the start-up
    // check names the unlocked meeting to the secretariat, and «Rett tilgangene» locks it.
    approve: () =>
      run('approving', async () => {
        onChangeStatus('minutesApproved');
        await session.flush();
        if (session.getSnapshot().meeting.status !== 'minutesApproved') return;
        if (secretariat && sitePermissions) {
          await sitePermissions.freeze(committee, meeting.id);
          setLock('locked');
        } else {
          setLock('pending');
        }
      }),
    lock,
    secretariat,
    canReopen: meeting.status === 'minutesApproved' && busy === undefined && secretariat,
    reopen: (reason: string) =>
      run('reopening', async () => {
        // Only the secretariat may, so who did it is always known: recorded as the committee names that
        // person (the same for every reader, in any language), never as a fallback word.
        if (!member) throw new DomainError('transitionNotAllowed', { key: 'reopenSecretariatOnly' });
        const next = reopenApprovedMinutes(session.getSnapshot().meeting, { by: member.name, at: new Date().toISOString(), reason });
        session.editMeeting({ status: next.status, reopenings: next.reopenings ?? [], minutesApprovedAt: null });
        await session.flush();
        // Recorded first, then unlocked: a failure here leaves a reopened meeting still locked, which
        // the start-up check names and «Rett tilgangene» unlocks.
        if (session.getSnapshot().meeting.status === 'held') await sitePermissions?.unfreeze(committee, meeting.id);
        setLock(undefined);
      }),
    dismissError,
  };
}
