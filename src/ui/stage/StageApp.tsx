import { Badge, Spinner, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ClockRegular } from '@fluentui/react-icons';
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
import { SubItemList } from '../shared/SubItemList';
import { useReadyMark } from '../shared/readyMark';
import { LateUnreadableRowsBar } from '../shared/LateUnreadableRowsBar';
import { ValueProgressBar } from '../shared/ValueProgressBar';


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
  number: { fontSize: 'clamp(24px, 3vw, 40px)', fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  title: { margin: 0, fontSize: 'clamp(28px, 4vw, 56px)', lineHeight: 1.15, fontWeight: tokens.fontWeightSemibold },
  // A title over 90 characters (public-sector titles run to 200) at the full size fills the stage and
  // pushes the forslag and the konklusjon being written out of view. Inline, not a helper: the stage's budget.
  longTitle: { fontSize: 'clamp(22px, 2.4vw, 34px)' },
  presenters: { fontSize: 'clamp(16px, 1.6vw, 24px)', color: tokens.colorNeutralForeground2 },
  card: {
    padding: 'clamp(12px, 2vw, 24px)',
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  cardHeading: { margin: `0 0 ${tokens.spacingVerticalS}`, fontSize: 'clamp(16px, 1.5vw, 22px)', fontWeight: tokens.fontWeightSemibold },
  points: { margin: 0, paddingInlineStart: '1.4em', fontSize: 'clamp(18px, 2vw, 30px)', lineHeight: 1.35 },
  conclusion: { borderLeft: `6px solid ${tokens.colorBrandStroke1}` },
  muted: { fontSize: 'clamp(16px, 1.6vw, 24px)', color: tokens.colorNeutralForeground2, fontStyle: 'italic' },
  aside: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  time: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, fontSize: 'clamp(16px, 1.6vw, 24px)' },
  agenda: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  agendaItem: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'baseline', padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, borderRadius: tokens.borderRadiusMedium },
  agendaTitle: { flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: '2px' },
  agendaCurrent: { backgroundColor: tokens.colorBrandBackground2, fontWeight: tokens.fontWeightSemibold, outline: `1px solid ${tokens.colorBrandStroke1}` },
  big: { margin: 0, fontSize: 'clamp(24px, 3vw, 44px)', fontWeight: tokens.fontWeightSemibold },
});

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

  return (
    <main id={MAIN_CONTENT_ID} className={styles.main} data-testid="stage">
      {linked.state === 'loading' || (linked.state === 'ready' && !polled.meeting) ? <Spinner size="large" label={t('loading')} /> : null}
      <LinkedMeetingProblem linked={linked} notLinked={t('notLinked')} />
      {/* Rows that could not be read are a repair for the secretariat, rare on a stage: the bar is fetched only when there are some. */}
      <LateUnreadableRowsBar rows={polled.unreadable ?? []} />
      {linked.state === 'ready' && polled.meeting ? <StageView committee={linked.value.committee} meeting={stageView({ committee: linked.value.committee, meeting: polled.meeting }).meeting} failing={polled.failing} mode={polled.mode} /> : null}
    </main>
  );
}

function StageView({ committee, meeting, failing, mode }: { committee: Committee; meeting: Meeting; failing: boolean; mode: LiveMode }) {
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
              {item.caseNumber ? <Text className={styles.number} data-testid="stage-number">{item.caseNumber}</Text> : null}
              <h2 className={mergeClasses(styles.title, item.title.length > 90 && styles.longTitle)} data-testid="stage-title">
                {item.title}
              </h2>
            </div>
            {item.presenters.length > 0 ? (
              <Text className={styles.presenters}>
                {t('presenters')}: {item.presenters.map((p) => p.name).join(', ')}
              </Text>
            ) : null}
            <SubItemList subItems={item.subItems} className={styles.points} label={t('subItems')} />
            {item.proposedConclusion.length > 0 ? (
              <section className={styles.card} aria-labelledby="stage-proposed">
                <h3 id="stage-proposed" className={styles.cardHeading}>
                  {proposal.word}
                </h3>
                <ol className={styles.points}>
                  {item.proposedConclusion.map((point, index) => (
                    <li key={index}>{point}</li>
                  ))}
                </ol>
              </section>
            ) : null}
            <section className={mergeClasses(styles.card, styles.conclusion)} aria-labelledby="stage-conclusion" data-testid="stage-conclusion">
              <h3 id="stage-conclusion" className={styles.cardHeading}>
                {conclusion.word}
              </h3>
              {item.conclusion.some((point) => point.trim() !== '') ? (
                <ol className={styles.points}>
                  {item.conclusion.filter((point) => point.trim() !== '').map((point, index) => (
                    <li key={index}>{point}</li>
                  ))}
                </ol>
              ) : (
                <Text className={styles.muted}>{t('conclusionPending', { theConclusion: conclusion.definite })}</Text>
              )}
            </section>
          </>
        ) : null}
      </section>
      <aside className={styles.aside} aria-label={t('agenda')}>
        {item && !status ? (
          <>
            {progress.position ? <Text weight="semibold">{t('progress', { current: progress.position, total: progress.total })}</Text> : null}
            <ValueProgressBar value={progress.passed} max={progress.total} thickness="large" aria-label={t('progressLabel')} />
          </>
        ) : null}
        {progress.minutesUsed !== undefined && !status ? (
          <div className={styles.time} aria-label={t('timeLabel')} data-testid="stage-time">
            <ClockRegular aria-hidden />
            <span>
              {progress.plannedMinutes !== undefined
                ? t('time', { used: progress.minutesUsed, planned: progress.plannedMinutes })
                : t('timeUnplanned', { used: progress.minutesUsed })}
            </span>
            {progress.overTime ? <Badge color="warning">{t('overTime')}</Badge> : null}
          </div>
        ) : null}
        <ol className={styles.agenda}>
          {meeting.items.map((agendaItem) => (
            <li key={agendaItem.id} className={mergeClasses(styles.agendaItem, agendaItem.id === meeting.currentItemId && styles.agendaCurrent)} aria-current={agendaItem.id === meeting.currentItemId ? 'step' : undefined}>
              <Text>{agendaItem.caseNumber ?? '–'}</Text>
              <span className={styles.agendaTitle}>
                <Text>{agendaItem.title}</Text>
                {agendaItem.outcome !== 'pending' ? (
                  <Badge appearance="tint" color={agendaItem.outcome === 'treated' ? 'success' : 'warning'} size="small">
                    {t(`outcome.${agendaItem.outcome}`)}
                  </Badge>
                ) : null}
              </span>
            </li>
          ))}
        </ol>
      </aside>
    </>
  );
}
