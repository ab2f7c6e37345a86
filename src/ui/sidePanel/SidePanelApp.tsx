import { Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { MAIN_CONTENT_ID } from '../shared/MotebokProvider';
import { mayRecordMinutes } from '../../domain/committeeAccess';
import { useSignedInIdentity } from '../shared/signedInIdentity';
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
  const t = useSidePanelText();
  const styles = useStyles();
  const linked = useLinkedMeeting(lookup);
  // Asked beside the meeting's reads: whoever answers last, the panel decides once, on the directory's word when it has it.
  const signedIn = useSignedInIdentity();
  const waiting = linked.state === 'loading' || (linked.state === 'ready' && !signedIn.settled);

  return (
    <main id={MAIN_CONTENT_ID} className={styles.main} data-testid="side-panel">
      {waiting ? <Spinner label={t('loading')} /> : null}
      <LinkedMeetingProblem linked={linked} notLinked={t('notLinked')} />
      {linked.state === 'ready' && signedIn.settled ? (
        mayRecordMinutes(linked.value.meeting.value, linked.value.committee, signedIn.identity) ? (
          <RecorderView committee={linked.value.committee} meeting={linked.value.meeting} />
        ) : (
          <ReadOnlyView committee={linked.value.committee} meeting={linked.value.meeting} viewer={signedIn.identity} />
        )
      ) : null}
    </main>
  );
}
