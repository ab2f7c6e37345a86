import type { MeetingRepository, WorkspaceStart } from '../domain/ports';
import type { BatchAnswer, BatchStep } from './batch';
import type { SharePointMeetingRepository } from './sharePointMeetingRepository';

export type { WorkspaceStart } from '../domain/ports';

/**
 * The workspace's first reads in ONE request, a `$batch` of at most four list queries at any list size (Graph allows
 * 20): every row of the committees' small list, the named committee's meeting rows (indexed CommitteeId: rows only,
 * no items — items only when a meeting opens), the named meeting's row and its item rows (indexed MeetingId). As
 * three requests (the committees, the rows, the meeting's own `$batch`) they cost the page three CORS preflights and
 * three fetches, and the meeting's was sent last (issue 14: h/work58 and h/work59 in docs/performance-history.md).
 * Not the case numbers of the open meeting's year: which meetings they are is known only from these answers (the
 * meeting's date, the committee's numbering, its other meetings' ids and dates), and a `$batch` step cannot take an
 * earlier step's answer (`dependsOn` orders steps, it does not feed them), so they are the one request after this.
 *
 * Each part asks what its single read asks (`listCommittees`: `lists.allRowsUrl`; `listMeetingRows`: `lists.queryUrl`;
 * `getMeeting`: `meetingSteps`), its rows read with `lists.rowsAnswer` and parsed by that read's own half
 * (`committeesFrom` in `explained`, `meetingRowsFrom`, `meetingFrom`: the same parse, errors and committees remembered for the next save), the committees first, so the
 * meeting's parse knows its committee. The steps are sent once by `runBatch` (the repository's `sentOnce`): a step
 * that failed (a 403 on one list, a 500) fails only its own part, with the error `rowsAnswer` gives it; a throttled
 * step (429, 503, 504) is read alone by its part's method, which waits and tries again as it always does; a `$batch`
 * that fails as a whole fails all three. The workspace reads a failed part again alone (`ui/shared/earlyRead.ts`).
 *
 * In the workspace's entry alone (`ui/workspace/main.tsx`), never in the Graph side's chunk, which every page fetches
 * (issue 14: start-up bytes; as a method of the repository it cost each meeting page 0.27 kB): it imports nothing of the Graph
 * side but types and reaches it through the repository it is handed. Undefined for a repository that is not
 * SharePoint's (the tests' in-memory one): the workspace then asks the three methods.
 */
export function readWorkspaceStart(repository: MeetingRepository, named: { committeeId?: string; meetingId?: string }): WorkspaceStart | undefined {
  if (!onSharePoint(repository)) return undefined;
  const { lists } = repository;
  const { committeeId, meetingId } = named;
  const steps: BatchStep[] = [{ id: 'MotebokCommittees', method: 'GET', url: lists.allRowsUrl('MotebokCommittees') }];
  if (committeeId !== undefined) steps.push({ id: 'MotebokMeetings', method: 'GET', url: lists.queryUrl('MotebokMeetings', 'CommitteeId', committeeId) });
  if (meetingId !== undefined) steps.push(...repository.meetingSteps(meetingId));
  const sent = repository.sentOnce(steps);
  /** The part from the answers to its steps, or read alone by its method when one of them was throttled (no answer). */
  const part = <T>(ids: readonly string[], alone: () => Promise<T>, answered: (answers: Map<string, BatchAnswer>) => Promise<T>): Promise<T> =>
    sent.then((answers) => (ids.every((id) => answers.has(id)) ? answered(answers) : alone()));
  const committees = part(['MotebokCommittees'], () => repository.listCommittees(), async (answers) =>
    repository.committeesFrom(await repository.explained(() => lists.rowsAnswer(answers, 'MotebokCommittees', 'MotebokCommittees'))),
  );
  const committeesRead = committees.then(
    () => undefined,
    () => undefined,
  );
  const meetingRows =
    committeeId === undefined
      ? undefined
      : part(['MotebokMeetings'], () => repository.listMeetingRows(committeeId), async (answers) =>
          repository.meetingRowsFrom(await lists.rowsAnswer(answers, 'MotebokMeetings', 'MotebokMeetings')),
        );
  const meeting =
    meetingId === undefined
      ? undefined
      : part(['meeting', 'items'], () => repository.getMeeting(meetingId), async (answers) => {
          await committeesRead; // its committee known first, as when the committees were read before it
          return repository.meetingFrom(answers);
        });
  return { committees, meetingRows, meeting };
}

/** SharePoint's repository, told by what this read uses of it (not `instanceof`: the class is in the Graph side's chunk). */
function onSharePoint(repository: MeetingRepository): repository is SharePointMeetingRepository {
  return 'sentOnce' in repository && 'lists' in repository;
}
