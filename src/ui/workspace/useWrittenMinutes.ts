import { secretariatMember } from '../../domain/committeeAccess';
import { approvedInNextMeeting } from '../../domain/conventions';
import { transition } from '../../domain/meetingStatus';
import type { Committee, Meeting } from '../../domain/model';
import { withWrittenMinutes, writtenSettled } from '../../domain/writtenTreatment';
import { useServices } from '../shared/ServicesContext';
import { useSignedInIdentity } from '../shared/signedInIdentity';
import { useBusyAction } from '../shared/useBusyAction';
import type { AgendaEditor } from './agendaEditor';

export type WrittenMinutesBusy = 'storing' | 'approving';

export interface WrittenMinutesState {
  /** The protokoll may be made (again): not approved, something to treat, nothing under way. */
  canStore: boolean;
  /** Stored and the treatment over (`held`): it may be marked approved, as a held meeting's. */
  canApprove: boolean;
  /**
   * The committee approves its record in the next meeting (conventions.ts `approvedInNextMeeting`, the rule that gives that
   * meeting its Referatsak): then the protokoll is marked approved only once that meeting has, so the screen asks first.
   */
  inNextMeeting: boolean;
  /** No sak's result can change at `now` (`writtenSettled`): the protokoll made now ends the treatment. */
  settled: boolean;
  busy: WrittenMinutesBusy | undefined;
  error: unknown;
  store(): Promise<void>;
  approve(): Promise<void>;
  dismissError(): void;
}

/**
 * A written treatment's protokoll without the rendering, on the one path of every protokoll: made and stored by the minutes
 * service (`graph/minutesService.ts` `store`, in the meeting folder or, with exempt content, its closed folder) as it stands
 * at `now` («Foreløpig resultat» before the Svarfrist), recorded on the meeting through the editor's autosave; once settled
 * the treatment counts as held (`withWrittenMinutes`). Approval is the status change the side panel makes for a held meeting
 * (`useMinutes.ts`), then the rows locked in SharePoint by the secretariat.
 */
export function useWrittenMinutes(props: { committee: Committee; meeting: Meeting; editor: AgendaEditor; now: () => Date }): WrittenMinutesState {
  const { committee, meeting, editor, now } = props;
  const { minutes: service, sitePermissions } = useServices();
  const { identity } = useSignedInIdentity();
  const secretariat = secretariatMember(committee, identity) !== undefined;
  const { busy, error, run, dismissError } = useBusyAction<WrittenMinutesBusy>();
  const saker = meeting.items.some((item) => item.row === 'sak');
  const saved = async () => {
    await editor.flush();
    const current = editor.getState();
    if (current.saveState !== 'saved') throw current.error ?? new Error('not saved');
    return current.meeting;
  };
  return {
    canStore: saker && meeting.status !== 'minutesApproved' && busy === undefined,
    canApprove: meeting.status === 'held' && meeting.minutes !== undefined && busy === undefined,
    inNextMeeting: approvedInNextMeeting(committee.conventions?.minutesApproval),
    settled: writtenSettled(meeting, committee, now()),
    busy,
    error,
    dismissError,
    store: () =>
      run('storing', async () => {
        // Made from what is stored, so the answers typed a moment ago are in it.
        const current = await saved();
        const at = now();
        const stored = await service.store(committee, current, { now: at });
        editor.updateMeeting((latest) => withWrittenMinutes(latest, committee, stored.minutes, at));
        await saved();
      }),
    approve: () =>
      run('approving', async () => {
        editor.updateMeeting((latest) => transition(latest, 'minutesApproved', now().toISOString()));
        const approved = await saved();
        // As the side panel: the secretariat locks the rows now; for anyone else the start-up check names the meeting to them.
        if (approved.status === 'minutesApproved' && secretariat && sitePermissions) await sitePermissions.freeze(committee, approved.id);
      }),
  };
}
