import { makeStyles, tokens } from '@fluentui/react-components';
import { LoadingSpinner } from '../shared/LoadingSpinner';
import { MAIN_CONTENT_ID } from '../shared/MotebokProvider';
import { useCommonText } from '../shared/commonText';
import { LateBootFailure } from '../shared/lateProblemBars';
import { LinkedMeetingProblem } from '../meeting/LinkedMeetingProblem';
import type { LinkedMeetingLookup } from '../meeting/findMeeting';
import { useSidePanelText } from './sidePanelText';
import { ReadOnlyView } from './ReadOnlyView';
import type { LoadableView } from '../shared/loadableView';
import { recorderChunk, type RecorderViewProps } from './recorderChunk';
import { useSidePanelRole } from './useSidePanelRole';
import { useWordingValues } from '../shared/wordingValues';

// For the entry (main.tsx), from this chunk: the referent's chunk asked for before the first render.
export { fetchRecorderEarly } from './useSidePanelRole';
// For the entry (`main.tsx`), which has no Lingui of its own: ICU's set-up while the meeting's read is in flight.
export { warmNumberFormat } from '../shared/i18n';

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
 * The recorder is a chunk of its own (`recorderChunk.ts`), fetched once the panel knows the person
 * records (`useSidePanelRole`); `recorder` is that chunk (a stand-in in tests).
 */
export function SidePanelApp({ lookup, recorder = recorderChunk }: { lookup?: LinkedMeetingLookup; recorder?: LoadableView<RecorderViewProps> }) {
  const t = useSidePanelText();
  const tc = useCommonText();
  const styles = useStyles();
  const { linked, role } = useSidePanelRole(lookup, recorder);
  // «Henter verktøyene for protokollen …»: the committee's word once the meeting is read.
  const w = useWordingValues(role.kind === 'recorder' ? role.meeting.committee : undefined);
  const fetchingRecorder = role.kind === 'recorder' && role.chunk === 'loading';
  // One spinner from the meeting's read to the recorder's arrival: its words change, it stays in place.
  const spinner = role.kind === 'waiting' ? t('loading') : fetchingRecorder ? t('recorder.loading', w) : undefined;

  return (
    <main id={MAIN_CONTENT_ID} className={styles.main} data-testid="side-panel">
      {role.kind === 'recorder' && (role.chunk === 'failed' || role.failedBefore) && role.chunk !== 'here' ? (
        // Kept while «Prøv igjen» fetches again (the spinner below says so), so the focus stays on the button.
        <LateBootFailure title={tc('error.title')} message={t('recorder.failed', w)} retry={tc('host.retry')} onRetry={role.retry} />
      ) : null}
      {spinner ? <LoadingSpinner label={spinner} /> : null}
      <LinkedMeetingProblem linked={linked} notLinked={t('notLinked')} />
      {role.kind === 'reader' ? <ReadOnlyView committee={role.meeting.committee} meeting={role.meeting.meeting} viewer={role.viewer} /> : null}
      {role.kind === 'recorder' && role.chunk === 'here' ? <recorder.View committee={role.meeting.committee} meeting={role.meeting.meeting} /> : null}
    </main>
  );
}
