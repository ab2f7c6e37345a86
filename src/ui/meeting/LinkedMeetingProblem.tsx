import { LateErrorBar, LateNoticeBar } from '../shared/lateProblemBars';
import type { LinkedMeeting } from './findMeeting';
import type { Loadable } from './useFollowMeeting';

/**
 * What a meeting surface shows when `useLinkedMeeting` found no meeting: the error with a reload,
 * or the surface's own "not linked" text (the side panel explains how to link, the stage does not).
 */
export function LinkedMeetingProblem({ linked, notLinked }: { linked: Loadable<LinkedMeeting>; notLinked: string }) {
  if (linked.state === 'failed') return <LateErrorBar error={linked.error} onReload={() => window.location.reload()} />;
  if (linked.state !== 'notFound') return null;
  return <LateNoticeBar intent="warning">{notLinked}</LateNoticeBar>;
}
