import { Badge, type BadgeProps } from '@fluentui/react-components';
import type { MeetingStatus } from '../../domain/model';
import type { Wording } from '../../domain/conventions';
import { useCommonText } from './commonText';
import { meetingStatusText } from './meetingStatusText';

const COLORS: Record<MeetingStatus, BadgeProps['color']> = {
  draft: 'informative',
  noticeSent: 'brand',
  inProgress: 'important',
  held: 'success',
  minutesApproved: 'success',
};

/** The meeting's status in words (colour is never the only signal), the record named in the committee's `words` («Protokoll godkjend»). */
export function MeetingStatusBadge({ status, words }: { status: MeetingStatus; words: Wording }) {
  const t = useCommonText();
  return (
    <Badge appearance="tint" color={COLORS[status]} shape="rounded" size="large" data-meeting-status={status}>
      {meetingStatusText(t, status, words)}
    </Badge>
  );
}
