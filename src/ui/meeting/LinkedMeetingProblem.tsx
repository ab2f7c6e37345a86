import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { ErrorMessageBar } from '../shared/ErrorMessageBar';
import type { LinkedMeeting } from './findMeeting';
import type { Loadable } from './useFollowMeeting';

/**
 * What a meeting surface shows when `useLinkedMeeting` found no meeting: the error with a reload,
 * or the surface's own "not linked" text (the side panel explains how to link, the stage does not).
 */
export function LinkedMeetingProblem({ linked, notLinked }: { linked: Loadable<LinkedMeeting>; notLinked: string }) {
  if (linked.state === 'failed') return <ErrorMessageBar error={linked.error} onReload={() => window.location.reload()} />;
  if (linked.state !== 'notFound') return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>{notLinked}</MessageBarBody>
    </MessageBar>
  );
}
