import { Badge, type BadgeProps } from '@fluentui/react-components';
import type { MeetingStatus } from '../../domain/model';
import { useCommonText } from './commonText';
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

/** The meeting's status in words (colour is never the only signal). */
export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const t = useCommonText();
  return (
    <Badge appearance="tint" color={COLORS[status]} shape="rounded" size="large" data-meeting-status={status}>
      {t(LABELS[status])}
    </Badge>
  );
}
