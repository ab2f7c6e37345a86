import { Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useServices } from '../shared/ServicesContext';
import { MAIN_CONTENT_ID } from '../shared/MotebokProvider';
import { canRecordMinutes, hostIdentity } from '../meeting/permissions';
import { LinkedMeetingProblem } from '../meeting/LinkedMeetingProblem';
import { useLinkedMeeting } from '../meeting/useLiveMeeting';
import type { LinkedMeetingLookup } from '../meeting/findMeeting';
import { useSidePanelText } from './sidePanelText';
import { RecorderView } from './RecorderView';
import { ReadOnlyView } from './ReadOnlyView';

const useStyles = makeStyles({
  main: {
    // Teams' side panel is 320 px wide: one column, nothing wider than the panel.
    boxSizing: 'border-box',
    width: '100%',
    maxWidth: '720px',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    overflowWrap: 'anywhere',
  },
});

/**
 * The side panel in a Teams meeting. The referent and the chair record the meeting; everyone else
 * follows the agenda read-only. Which Møtebok meeting it is comes from the Teams meeting id;
 * `lookup` is that search begun by the page's entry (main.tsx) while this screen was being fetched.
 */
export function SidePanelApp({ lookup }: { lookup?: LinkedMeetingLookup }) {
  const { hostContext } = useServices();
  const t = useSidePanelText();
  const styles = useStyles();
  const linked = useLinkedMeeting(lookup);

  return (
    <main id={MAIN_CONTENT_ID} className={styles.main} data-testid="side-panel">
      {linked.state === 'loading' ? <Spinner label={t('loading')} /> : null}
      <LinkedMeetingProblem linked={linked} notLinked={t('notLinked')} />
      {linked.state === 'ready' ? (
        canRecordMinutes(linked.value.meeting.value, linked.value.committee, hostContext.user) ? (
          <RecorderView committee={linked.value.committee} meeting={linked.value.meeting} />
        ) : (
          <ReadOnlyView committee={linked.value.committee} meeting={linked.value.meeting} viewer={hostIdentity(hostContext.user)} />
        )
      ) : null}
    </main>
  );
}
