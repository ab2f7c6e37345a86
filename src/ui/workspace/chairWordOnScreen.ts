import { chairWord, type ChairWord } from '../../documents/chairWord';
import type { Committee, MeetingHeader } from '../../domain/model';

/**
 * The word the workspace names the meeting's leader by, as the documents do (documents/chairWord.ts `chairWord`, the
 * innkalling's and protokoll's `chairFact`): «Møteleder», or for an årsmøte (`conventions.dirigent`) «Dirigent» once the
 * meeting has elected him, «Åpnet av» once it is held without, and «Åpnes av» before. The catalogues select on it
 * (`{chairWord, select, …}`) for the referent too: any word but `chair` is an årsmøte's, whose referent the nynorsk documents
 * call «Protokollførar» (meetingFacts.ts `minuteTakerFact`). The workspace's meeting card and facts form name them so.
 */
export function chairWordOnScreen(committee: Pick<Committee, 'conventions'>, meeting: Pick<MeetingHeader, 'signatures' | 'status'>): ChairWord {
  const file = { committee, meeting };
  const record = meeting.status === 'held' || meeting.status === 'minutesApproved' || chairWord(file, true) === 'dirigent';
  return chairWord(file, record);
}
