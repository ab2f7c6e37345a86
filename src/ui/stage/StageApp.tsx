import { memo, useMemo } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { LoadingSpinner } from '../shared/LoadingSpinner';
import type { Committee, Meeting } from '../../domain/model';
import { formatMeetingWhen } from '../../domain/dates';
import { useServices } from '../shared/ServicesContext';
import { MAIN_CONTENT_ID } from '../shared/MotebokProvider';
import { LinkedMeetingProblem } from '../meeting/LinkedMeetingProblem';
import { LateNoticeBar } from '../shared/lateProblemBars';
import { useLinkedMeeting, useLiveFollower, useNow } from '../meeting/useFollowMeeting';
import type { LinkedMeetingLookup } from '../meeting/findMeeting';
import type { LiveMode } from '../meeting/liveFollower';
import { stageView } from '../../domain/confidentiality';
import { stageProgress } from './stageProgress';
import { useStageText } from './stageText';
import { useCommitteeWording } from '../shared/useCommitteeWording';
import { useConclusionNoun, useProposalNoun } from '../shared/useConclusionNoun';
import { PointList } from '../shared/PointList';
import { SubItemList } from '../shared/SubItemList';
import { useReadyMark } from '../shared/readyMark';
import { LateUnreadableRowsBar } from '../shared/LateUnreadableRowsBar';
import { ValueProgressBar } from '../shared/ValueProgressBar';
import { useLoadedView } from '../shared/loadableView';
import { votingRecordChunk } from '../shared/votingRecordChunk';
import { STAGE_SIZES } from './stageSizes';


const useStyles = makeStyles({
  main: {
    boxSizing: 'border-box',
    minHeight: '100vh',
    padding: 'clamp(16px, 4vw, 48px)',
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 3fr) minmax(200px, 1fr)',
    gap: 'clamp(16px, 3vw, 40px)',
    alignItems: 'start',
    '@media (max-width: 800px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  current: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0, overflowWrap: 'anywhere' },
  meetingName: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  number: { fontSize: STAGE_SIZES.number, fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  title: { margin: 0, fontSize: STAGE_SIZES.title, lineHeight: 1.15, fontWeight: tokens.fontWeightSemibold },
  // A title over 90 characters (public-sector titles run to 200) at the full size fills the stage and
  // pushes the forslag and the konklusjon being written out of view. Inline, not a helper: the stage's budget.
  longTitle: { fontSize: STAGE_SIZES.longTitle },
  presenters: { fontSize: STAGE_SIZES.secondary, color: tokens.colorNeutralForeground2 },
  card: {
    padding: 'clamp(12px, 2vw, 24px)',
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  cardHeading: { margin: `0 0 ${tokens.spacingVerticalS}`, fontSize: STAGE_SIZES.cardHeading, fontWeight: tokens.fontWeightSemibold },
  points: { margin: 0, paddingInlineStart: '1.4em', fontSize: STAGE_SIZES.points, lineHeight: 1.35 },
  conclusion: { borderLeft: `6px solid ${tokens.colorBrandStroke1}` },
  muted: { fontSize: STAGE_SIZES.secondary, color: tokens.colorNeutralForeground2, fontStyle: 'italic' },
  aside: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  time: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, fontSize: STAGE_SIZES.secondary },
  agenda: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  agendaItem: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'baseline', padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, borderRadius: tokens.borderRadiusMedium },
  agendaTitle: { flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: '2px' },
  agendaCurrent: { backgroundColor: tokens.colorBrandBackground2, fontWeight: tokens.fontWeightSemibold, outline: `1px solid ${tokens.colorBrandStroke1}` },
  big: { margin: 0, fontSize: STAGE_SIZES.big, fontWeight: tokens.fontWeightSemibold },
  semibold: { fontWeight: tokens.fontWeightSemibold },
  // Fluent's ClockRegular as it renders (its `fui-Icon` styles: inline, no line height, the system's colours in forced
  // colours), drawn here: @fluentui/react-icons' runtime was 0.8 kB gzip of the stage's start-up for this one icon.
  clock: { display: 'inline', lineHeight: 0, '@media (forced-colors: active)': { forcedColorAdjust: 'auto' } },
  // Fluent's Badge as it looks (tint success and warning, small; filled warning) on plain spans, like its Text: their
  // components are not in the stage's start-up, nor the @fluentui/tokens JavaScript their styles import at run time
  // (`typographyStyles`): 6.5 kB gzip (issue 14). The same tokens, so every theme's colours, high contrast too.
  badge: {
    display: 'inline-flex',
    alignItems: 'center',
    boxSizing: 'border-box',
    minHeight: '16px',
    padding: `0 calc(${tokens.spacingHorizontalXXS} + ${tokens.spacingHorizontalXXS})`,
    borderRadius: tokens.borderRadiusCircular,
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase100,
    fontWeight: tokens.fontWeightSemibold,
  },
  treated: { backgroundColor: tokens.colorPaletteGreenBackground1, color: tokens.colorPaletteGreenForeground1, border: `1px solid ${tokens.colorPaletteGreenBorder1}` },
  postponed: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    color: tokens.colorPaletteYellowForeground1,
    border: `1px solid ${tokens.colorPaletteYellowBorder1}`,
  },
  overTime: {
    minHeight: '20px',
    padding: `0 calc(${tokens.spacingHorizontalXS} + ${tokens.spacingHorizontalXXS})`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    backgroundColor: tokens.colorPaletteYellowBackground3,
    color: tokens.colorNeutralForeground1Static,
    border: `1px solid ${tokens.colorTransparentStroke}`,
  },
});

/** Fluent's ClockRegular (`@fluentui/react-icons`, 20 px grid). */
const CLOCK_PATH = 'M10 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16m0 1a7 7 0 1 0 0 14 7 7 0 0 0 0-14m-.5 2a.5.5 0 0 1 .5.41V10h2.5a.5.5 0 0 1 .09 1H9.5a.5.5 0 0 1-.5-.41V5.5c0-.28.22-.5.5-.5';

/**
 * The meeting stage: one calm, large view of the item being treated, for everyone in the meeting.
 * `lookup`: the search for the meeting begun by the page's entry (main.tsx) while this screen was being fetched.
 */
export function StageApp({ lookup }: { lookup?: LinkedMeetingLookup }) {
  const { repository, hostContext } = useServices();
  const t = useStageText();
  const styles = useStyles();
  const linked = useLinkedMeeting(lookup);
  // The meeting found on open is shown at once: opening the stage is the one lookup, then the live channel.
  const found = linked.state === 'ready' ? linked.value.meeting : undefined;
  const polled = useLiveFollower(repository, found?.value.id, hostContext.openLiveChannel, found);
  // The view is rendered again only when what it shows changes: the follower, made in an effect after the first
  // render, first publishes the meeting just read, and that render (before the first frame) had nothing to redo.
  const committee = linked.state === 'ready' ? linked.value.committee : undefined;
  const meeting = polled.meeting;
  const shown = useMemo(() => (committee && meeting ? stageView({ committee, meeting }).meeting : undefined), [committee, meeting]);

  return (
    <main id={MAIN_CONTENT_ID} className={styles.main} data-testid="stage">
      {linked.state === 'loading' || (linked.state === 'ready' && !polled.meeting) ? <LoadingSpinner size="large" label={t('loading')} /> : null}
      <LinkedMeetingProblem linked={linked} notLinked={t('notLinked')} />
      {/* Rows that could not be read are a repair for the secretariat, rare on a stage: the bar is fetched only when there are some. */}
      <LateUnreadableRowsBar rows={polled.unreadable ?? []} />
      {committee && shown ? <StageView committee={committee} meeting={shown} failing={polled.failing} mode={polled.mode} /> : null}
    </main>
  );
}

const StageView = memo(function StageView({ committee, meeting, failing, mode }: { committee: Committee; meeting: Meeting; failing: boolean; mode: LiveMode }) {
  const t = useStageText();
  const words = useCommitteeWording(committee);
  const styles = useStyles();
  const now = useNow(15_000);
  const progress = stageProgress(meeting, now);
  const item = progress.current;
  const conclusion = useConclusionNoun(item, committee, words);
  const proposal = useProposalNoun(item, committee, words);
  const status =
    meeting.status === 'held' || meeting.status === 'minutesApproved' ? t('ended') : meeting.status !== 'inProgress' ? t('waiting') : !item ? t('noCurrent') : undefined;
  // How the sak was voted, as the members' view and the protokoll print it: its chunk is fetched only for a sak with votes.
  // None of an exempt sak's, not even on «Vis på skjerm» (`viewFor` took them out of the public view; a revealed sak is the record's).
  const voting = status !== undefined || item?.confidentiality?.exempt ? undefined : item?.voting;
  const VotingRecord = useLoadedView(votingRecordChunk, voting !== undefined);
  const conclusionCard = item ? (
    <section className={mergeClasses(styles.card, styles.conclusion)} aria-labelledby="stage-conclusion" data-testid="stage-conclusion">
      <h3 id="stage-conclusion" className={styles.cardHeading}>
        {conclusion.word}
      </h3>
      {item.conclusion.some((point) => point.trim() !== '') ? (
        <PointList points={item.conclusion.filter((point) => point.trim() !== '')} conventions={committee.conventions} className={styles.points} />
      ) : (
        <span className={styles.muted}>{t('conclusionPending', { theConclusion: conclusion.definite })}</span>
      )}
    </section>
  ) : null;
  // Ready: the stage shows the sak being treated (docs/performance-history.md).
  useReadyMark(item !== undefined && status === undefined);

  return (
    <>
      <section className={styles.current} aria-live="polite" aria-atomic="false" data-testid="stage-current">
        <h1 className={styles.meetingName}>
          {committee.name} · {formatMeetingWhen(meeting)}
        </h1>
        {failing ? (
          <LateNoticeBar intent="warning">{t('offline')}</LateNoticeBar>
        ) : mode === 'polling' ? (
          <LateNoticeBar intent="info" testId="stage-polling">
            {t('polling')}
          </LateNoticeBar>
        ) : null}
        {status ? <p className={styles.big}>{status}</p> : null}
        {item && !status ? (
          <>
            <div>
              {item.caseNumber ? <span className={styles.number} data-testid="stage-number">{item.caseNumber}</span> : null}
              <h2 className={mergeClasses(styles.title, item.title.length > 90 && styles.longTitle)} data-testid="stage-title">
                {item.title}
              </h2>
            </div>
            {item.presenters.length > 0 ? (
              <span className={styles.presenters}>
                {t('presenters')}: {item.presenters.map((p) => p.name).join(', ')}
              </span>
            ) : null}
            <SubItemList subItems={item.subItems} className={styles.points} label={t('subItems')} />
            {item.proposedConclusion.length > 0 ? (
              <section className={styles.card} aria-labelledby="stage-proposed">
                <h3 id="stage-proposed" className={styles.cardHeading}>
                  {proposal.word}
                </h3>
                <PointList points={item.proposedConclusion} conventions={committee.conventions} className={styles.points} />
              </section>
            ) : null}
            {VotingRecord && voting ? (
              <VotingRecord voting={voting} form={committee.languageForm} surface="stage">
                {conclusionCard}
              </VotingRecord>
            ) : (
              conclusionCard
            )}
          </>
        ) : null}
      </section>
      <aside className={styles.aside} aria-label={t('agenda', { agendaHeading: committee.conventions?.agendaHeading ?? '' })}>
        {item && !status ? (
          <>
            {progress.position ? <span className={styles.semibold}>{t('progress', { current: progress.position, total: progress.total })}</span> : null}
            <ValueProgressBar value={progress.passed} max={progress.total} thickness="large" aria-label={t('progressLabel', { agendaHeading: committee.conventions?.agendaHeading ?? '' })} />
          </>
        ) : null}
        {progress.minutesUsed !== undefined && !status ? (
          <div className={styles.time} aria-label={t('timeLabel')} data-testid="stage-time">
            <svg className={styles.clock} aria-hidden width="1em" height="1em" viewBox="0 0 20 20" fill="currentColor" xmlns="http://www.w3.org/2000/svg">
              <path d={CLOCK_PATH} fill="currentColor" />
            </svg>
            <span>
              {progress.plannedMinutes !== undefined
                ? t('time', { used: progress.minutesUsed, planned: progress.plannedMinutes })
                : t('timeUnplanned', { used: progress.minutesUsed })}
            </span>
            {progress.overTime ? <span className={mergeClasses(styles.badge, styles.overTime)}>{t('overTime')}</span> : null}
          </div>
        ) : null}
        <ol className={styles.agenda}>
          {meeting.items.map((agendaItem) => (
            <li key={agendaItem.id} className={mergeClasses(styles.agendaItem, agendaItem.id === meeting.currentItemId && styles.agendaCurrent)} aria-current={agendaItem.id === meeting.currentItemId ? 'step' : undefined}>
              <span>{agendaItem.caseNumber ?? '–'}</span>
              <span className={styles.agendaTitle}>
                <span>{agendaItem.title}</span>
                {agendaItem.outcome !== 'pending' ? (
                  <span className={mergeClasses(styles.badge, agendaItem.outcome === 'treated' ? styles.treated : styles.postponed)}>{t(`outcome.${agendaItem.outcome}`)}</span>
                ) : null}
              </span>
            </li>
          ))}
        </ol>
      </aside>
    </>
  );
});
