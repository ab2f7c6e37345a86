import type { Wording } from '../../domain/conventions';
import type { MeetingStatus } from '../../domain/model';
import type { Translate } from './i18n';
import type { CommonKey } from './messages';
import { wordingValues } from './wordingValues';

const LABELS: Record<MeetingStatus, CommonKey> = {
  draft: 'status.draft',
  noticeSent: 'status.noticeSent',
  inProgress: 'status.inProgress',
  held: 'status.held',
  minutesApproved: 'status.minutesApproved',
};

/**
 * The meeting's status in words, the record named in the committee's `words` («Protokoll godkjend»,
 * «Referat godkjent»). Every screen that shows a status (the badge, the side panel, the Outlook pane)
 * says it through this, so none leaves the text's arguments out.
 */
export function meetingStatusText(t: Translate<CommonKey>, status: MeetingStatus, words: Wording): string {
  return t(LABELS[status], wordingValues(words));
}
