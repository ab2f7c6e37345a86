import { advisoryMarkChanges, type AdvisoryMarkChange } from './advisoryMarkChanges';
import { summariseAgendaChanges } from './changeSummary';
import { publicItems } from './confidentiality';
import { meetingChangesSinceNotice } from './meetingFacts';
import type { MeetingFile } from './model';

/**
 * What an update of the innkalling would carry, compared with the last send (`meeting.notice`): the lines of
 * "Send oppdatert innkalling" — date, time and place first, then the saksliste — and the saksganger the workspace
 * re-marked itself (`advisoryMarkChanges`, `ui/workspace/useKnownAdvisoryMarks.ts`). The saker in the public view, as
 * the sender words them (graph/noticeSender.ts): the snapshot holds an exempt sak as its public stub, and comparing
 * that with the sak itself would claim changes nobody made, under its real title. Nothing before a first send.
 * The one comparison for the send dialog (`ui/workspace/NoticePanel.tsx`), the update's «Endringer siden forrige utsending»
 * (`graph/noticeSender.ts`) and the workspace's «Oppdatering venter på å bli sendt».
 */
export function changesSinceNotice(file: MeetingFile): { lines: string[]; advisoryMarks: AdvisoryMarkChange[] } {
  const { meeting, committee } = file;
  if (meeting.notice === undefined) return { lines: [], advisoryMarks: [] };
  const sent = publicItems(file, meeting.notice.items);
  const now = publicItems(file, meeting.items);
  return {
    lines: [...meetingChangesSinceNotice(meeting, committee.languageForm), ...summariseAgendaChanges(sent, now, committee)],
    advisoryMarks: advisoryMarkChanges(sent, now, committee),
  };
}

/** The innkalling was sent and the meeting has changed since (`changesSinceNotice`): an update waits to be sent. */
export function updateWaiting(file: MeetingFile): boolean {
  if (file.meeting.status !== 'noticeSent') return false;
  const { lines, advisoryMarks } = changesSinceNotice(file);
  return lines.length > 0 || advisoryMarks.length > 0;
}
