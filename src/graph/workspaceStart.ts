import type { Committee } from '../domain/model';
import type { MeetingRepository, MeetingRows, ReadList, ReadMeeting } from '../domain/ports';
import type { BatchStep } from './batch';
import type { SharePointMeetingRepository } from './sharePointMeetingRepository';

/**
 * The workspace's first reads: the committees, the named committee's meeting rows, the named meeting with its items.
 * Each answer as `listCommittees`, `listMeetingRows` and `getMeeting` give it, failing on its own.
 */
export interface WorkspaceStart {
  committees: Promise<ReadList<Committee>>;
  /** When a committee was named (`?committee=`). */
  meetingRows?: Promise<MeetingRows>;
  /** When a meeting was named (`#meeting=`): undefined when there is no such meeting. */
  meeting?: Promise<ReadMeeting | undefined>;
}

/**
 * The workspace's first reads in ONE request, a `$batch` of at most four list queries at any list size (Graph allows
 * 20): every row of the committees' small list, the named committee's meeting rows (indexed CommitteeId: rows only,
 * no items — items only when a meeting opens), the named meeting's row and its item rows (indexed MeetingId). As
 * three requests (the committees, the rows, the meeting's own `$batch`) they cost the page three CORS preflights and
 * three fetches, and the meeting's was sent last (issue 14, h/work58 and h/work59 in docs/performance-history.md).
 * Not the case numbers of the open meeting's year: which meetings they are is known only from these answers (the
 * meeting's date, the committee's numbering, its other meetings' ids and dates), and a `$batch` step cannot take an
 * earlier step's answer (`dependsOn` orders steps, it does not feed them), so they are the one read after this.
 *
 * Each part is parsed by the repository's own parsers (the committees first, so the meeting's parse knows its
 * committee, as it does when the committees were read before it) and fails on its own, with the error its single
 * read gives: a failed step (a 403 on one list, a 500) fails only its own answer, a throttled one is sent again
 * (`runBatch`); a `$batch` that fails as a whole fails all three, each then read alone by the hook that takes it
 * (`ui/shared/earlyRead.ts`). The committees' failure is told as `listCommittees` tells it (`explained`: Sites.Selected).
 *
 * In the workspace's entry alone (`ui/workspace/main.tsx`), never in the Graph side's chunk, which every page fetches
 * (issue 14: start-up bytes): so it imports nothing of the Graph side but types, and sends and parses with what the
 * repository hands it (`SharePointMeetingRepository.readers`). Undefined for a repository that is not SharePoint's
 * (the tests' in-memory one): the workspace then asks the three methods.
 */
export function readWorkspaceStart(repository: MeetingRepository, named: { committeeId?: string; meetingId?: string }): WorkspaceStart | undefined {
  if (!onSharePoint(repository)) return undefined;
  const { lists, readers } = repository;
  const { committeeId, meetingId } = named;
  const steps: BatchStep[] = [{ id: 'committees', method: 'GET', url: lists.allRowsUrl('MotebokCommittees') }];
  if (committeeId !== undefined) steps.push({ id: 'rows', method: 'GET', url: lists.queryUrl('MotebokMeetings', 'CommitteeId', committeeId) });
  if (meetingId !== undefined) {
    steps.push({ id: 'meeting', method: 'GET', url: lists.queryUrl('MotebokMeetings', 'MeetingId', meetingId) });
    steps.push({ id: 'items', method: 'GET', url: lists.queryUrl('MotebokAgendaItems', 'MeetingId', meetingId) });
  }
  const answers = readers.runBatch(repository.storageClient, steps);
  const committees = repository
    .explained(async () => lists.rowsAnswer(await answers, 'committees', 'MotebokCommittees'))
    .then((rows) => readers.committeesRead(rows, repository.committees));
  const committeesSettled = committees.then(
    () => undefined,
    () => undefined,
  );
  const meetingRows = committeeId === undefined ? undefined : answers.then(async (all) => readers.meetingRowsRead(await lists.rowsAnswer(all, 'rows', 'MotebokMeetings')));
  const meeting =
    meetingId === undefined
      ? undefined
      : answers.then(async (all) => {
          const meetingRow = (await lists.rowsAnswer(all, 'meeting', 'MotebokMeetings'))[0];
          if (!meetingRow) return undefined;
          const items = await lists.rowsAnswer(all, 'items', 'MotebokAgendaItems');
          await committeesSettled; // its committee known first, as when the committees were read before it
          return readers.readableMeeting(meetingRow, items, (id) => repository.committees.get(id));
        });
  return { committees, ...(meetingRows ? { meetingRows } : {}), ...(meeting ? { meeting } : {}) };
}

/** SharePoint's repository, told by what this read uses of it (not `instanceof`: the class stays where every page has it, unexported to this chunk). */
function onSharePoint(repository: MeetingRepository): repository is SharePointMeetingRepository {
  const candidate = repository as Partial<SharePointMeetingRepository>;
  return candidate.lists !== undefined && candidate.storageClient !== undefined && candidate.committees !== undefined && candidate.readers !== undefined;
}
