import { Badge, type BadgeProps } from '@fluentui/react-components';
import type { MeetingStatus } from '../../domain/model';
import type { Wording } from '../../domain/conventions';
import { useCommonText } from './commonText';
import { wordingValues } from './useCommitteeWording';
import type { CommonKey } from './messages';

const LABELS: Record<MeetingStatus, CommonKey> = {
  draft: 'status.draft',
  noticeSent: 'status.noticeSent',
  inProgress: 'status.inProgress',
  held: 'status.held',
  minutesApproved: 'status.minutesApproved',
};

const COLORS: Record<MeetingStatus, BadgeProps['color']> = {
  draft: 'informative',
  noticeSent: 'brand',
  inProgress: 'important',
  held: 'success',
  minutesApproved: 'success',
};

export function meetingStatusKey(status: MeetingStatus): CommonKey {
  return LABELS[status];
}

/** The meeting's status in words (colour is never the only signal), the record named in the committee's `words` («Protokoll godkjend»). */
export function MeetingStatusBadge({ status, words }: { status: MeetingStatus; words: Wording }) {
  const t = useCommonText();
  return (
    <Badge appearance="tint" color={COLORS[status]} shape="rounded" size="large" data-meeting-status={status}>
      {t(LABELS[status], wordingValues(words))}
    </Badge>
  );
}
