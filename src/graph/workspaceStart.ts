import type { Client } from '@microsoft/microsoft-graph-client';
import type { Committee } from '../domain/model';
import type { MeetingRepository, MeetingRows, ReadList, ReadMeeting } from '../domain/ports';
import type { BatchAnswer, BatchStep } from './batch';
import type { ListName, ListRow } from './listsGateway';
import type { SharePointMeetingRepository } from './sharePointMeetingRepository';

/**
 * The workspace's first reads: the committees, the named committee's meeting rows, the named meeting with its items.
 * Each answer as `listCommittees`, `listMeetingRows` and `getMeeting` give it, failing on its own.
 */
export interface WorkspaceStart {
  committees: Promise<ReadList<Committee>>;
  /** When a committee was named (`?committee=`). */
  meetingRows?: Promise<MeetingRows> | undefined;
  /** When a meeting was named (`#meeting=`): undefined when there is no such meeting. */
  meeting?: Promise<ReadMeeting | undefined> | undefined;
}

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
 * Each part is read by the repository's own method — `listCommittees`, `listMeetingRows`, `getMeeting`: their parse,
 * their errors, the committees remembered for the next save — answered from this `$batch` instead of a request of its
 * own (`answeredFrom`), the committees first, so the meeting's parse knows its committee. A step that failed (a 403
 * on one list, a 500) fails only its own answer, with the error `rowsAnswer` gives a failed step of a read's `$batch`
 * (as `getMeeting`'s own steps do); a throttled step (429, 503, 504) is read alone by its method, which waits and
 * tries again as it always does; a `$batch` that fails as a whole fails all three. The workspace reads a failed part
 * again alone (`ui/shared/earlyRead.ts`), whose error it shows as before.
 *
 * In the workspace's entry alone (`ui/workspace/main.tsx`), never in the Graph side's chunk, which every page fetches
 * (issue 14: start-up bytes): it imports nothing of the Graph side but types and reaches it through the repository
 * it is handed, so no module of that chunk changes. Undefined for a repository that is not SharePoint's (the tests'
 * in-memory one): the workspace then asks the three methods.
 */
export function readWorkspaceStart(repository: MeetingRepository, named: { committeeId?: string; meetingId?: string }): WorkspaceStart | undefined {
  if (!onSharePoint(repository)) return undefined;
  const { lists } = repository;
  const { committeeId, meetingId } = named;
  // The step ids are the lists' for the two single reads, and `getMeeting`'s own for the meeting (`answeredFrom`).
  const steps: BatchStep[] = [{ id: 'MotebokCommittees', method: 'GET', url: lists.allRowsUrl('MotebokCommittees') }];
  if (committeeId !== undefined) steps.push({ id: 'MotebokMeetings', method: 'GET', url: lists.queryUrl('MotebokMeetings', 'CommitteeId', committeeId) });
  if (meetingId !== undefined) {
    steps.push({ id: 'meeting', method: 'GET', url: lists.queryUrl('MotebokMeetings', 'MeetingId', meetingId) });
    steps.push({ id: 'items', method: 'GET', url: lists.queryUrl('MotebokAgendaItems', 'MeetingId', meetingId) });
  }
  const answers = sentTogether(repository.storageClient, steps);
  /** The part's method on the repository answered from the `$batch`, or alone when a step of it was throttled. */
  const read = <T>(ids: readonly string[], method: (from: SharePointMeetingRepository) => Promise<T>): Promise<T> =>
    answers.then((all) => method(ids.some((id) => THROTTLED.has(all.get(id)?.status ?? 0)) ? repository : answeredFrom(repository, all)));
  const committees = read(['MotebokCommittees'], (from) => from.listCommittees());
  const committeesSettled = committees.then(
    () => undefined,
    () => undefined,
  );
  const meetingRows = committeeId === undefined ? undefined : read(['MotebokMeetings'], (from) => from.listMeetingRows(committeeId));
  const meeting =
    meetingId === undefined
      ? undefined
      : read(['meeting', 'items'], async (from) => {
          await committeesSettled; // its committee known first, as when the committees were read before it
          return from.getMeeting(meetingId);
        });
  return { committees, meetingRows, meeting };
}

/** What Graph answers a step it did not act on, or may not have: the single read waits and tries again (`runBatch`'s rule). */
const THROTTLED = new Set([429, 503, 504]);

/**
 * The steps as one JSON `$batch` (relative URLs, as `runBatch` sends them), its answers by id with their headers'
 * names in lower case (as `runBatch` gives them to `rowsAnswer`). Sent by the storage client itself rather than
 * `runBatch`, which is the Graph side's chunk's: a failed request fails the three parts, each then read alone.
 */
async function sentTogether(client: Client, steps: readonly BatchStep[]): Promise<Map<string, BatchAnswer>> {
  const answer = (await client.api('/$batch').post({ requests: steps })) as { responses?: (BatchAnswer & { id: string })[] } | undefined;
  const answers = new Map<string, BatchAnswer>();
  // A step with no answer (or an answer without responses) fails its part as `answerOrThrow` fails such a step.
  for (const { id, status, headers, body } of answer?.responses ?? []) {
    answers.set(id, { status, headers: Object.fromEntries(Object.entries(headers ?? {}).map(([name, value]) => [name.toLowerCase(), value])), body });
  }
  return answers;
}

/**
 * The repository reading from these answers: `lists.all` and `lists.query` (`listCommittees`' and `listMeetingRows'`
 * one request each) give the rows of the step named by their list, and the storage client answers `getMeeting`'s own
 * `$batch` (its steps `meeting` and `items`) with those steps' answers; everything else is the repository's own
 * (its parse, its errors, its committees; the further pages of a long answer read as always, `rowsAnswer`).
 */
function answeredFrom(repository: SharePointMeetingRepository, answers: Map<string, BatchAnswer>): SharePointMeetingRepository {
  const rowsOf = (list: ListName): Promise<ListRow[]> => repository.lists.rowsAnswer(answers, list, list);
  const lists = Object.create(repository.lists, { all: { value: rowsOf }, query: { value: rowsOf } }) as SharePointMeetingRepository['lists'];
  const responses = ['meeting', 'items'].map((id) => ({ id, ...answers.get(id) }));
  const storageClient = { api: () => ({ post: () => Promise.resolve({ responses }) }) };
  return Object.create(repository, { lists: { value: lists }, storageClient: { value: storageClient } }) as SharePointMeetingRepository;
}

/** SharePoint's repository, told by what this read uses of it (not `instanceof`: the class is in the Graph side's chunk). */
function onSharePoint(repository: MeetingRepository): repository is SharePointMeetingRepository {
  const candidate = repository as Partial<SharePointMeetingRepository>;
  return candidate.lists !== undefined && candidate.storageClient !== undefined;
}
