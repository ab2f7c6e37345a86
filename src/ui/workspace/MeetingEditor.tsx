import { Suspense, useEffect, useMemo, useState, useSyncExternalStore, type ComponentProps } from 'react';
import { Badge, Button, MessageBar, MessageBarBody, Text, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { LoadingSpinner } from '../shared/LoadingSpinner';
import { PlainCard } from '../shared/PlainCard';
import { EditRegular } from '@fluentui/react-icons';
import type { Committee, MeetingHeader } from '../../domain/model';
import { formatDeadline, formatMeetingWhen } from '../../domain/dates';
import { isAgendaFrozen } from '../../domain/meetingStatus';
import { updateWaiting } from '../../domain/pendingUpdate';
import { siteVisitLine } from '../../domain/siteVisit';
import { chairWordOnScreen } from './chairWordOnScreen';
import { MeetingStatusBadge } from '../shared/MeetingStatusBadge';
import { SaveStateIndicator } from '../shared/SaveStateIndicator';
import { ErrorMessageBar } from '../shared/ErrorMessageBar';
import { useWorkspaceText } from './text';
import type { AgendaEditor, AgendaEditorState } from './agendaEditor';
import { AgendaList } from './AgendaList';
import type { SiteAccess } from './NoticeReach';
import { useCommitteeWording } from '../shared/useCommitteeWording';
import { useKnownAdvisoryMarks } from './useKnownAdvisoryMarks';
import { loadableView } from '../shared/loadableView';
import { afterNextPaint } from '../shared/readyMark';

// The innkalling (preview, .docx, sending, public version, møtebok PDF) sits below the saksliste:
// its chunk is fetched once the frame that shows the saksliste is painted, and shown when it is
// here, so neither its code, its render (nor its own lazy parts) nor the fetch itself stands between
// the link and the saksliste. Fetched from the first render (a `lazy()` under Suspense, until h/work55),
// the fetch of its ten files (webpack's `<script>` elements appended one by one) was 15–17 ms of
// that render's task in a cold-load profile (issue 14: cold load; docs/performance-history.md).
const noticePanel = loadableView(() => import(/* webpackChunkName: "notice-panel" */ './NoticePanel').then((module) => module.NoticePanel));
// "Endre møtet" is opened now and then: its form (people picker, rich-text ingress) loads when first opened (issue 14: cold load).
// A written treatment's answers (a board deciding in writing): only such a treatment shows them, so they load with it.
const { View: WrittenAnswersPanel } = loadableView(() => import(/* webpackChunkName: "written-answers" */ './WrittenAnswersPanel').then((module) => module.WrittenAnswersPanel));
const { View: MeetingFactsForm } = loadableView(() => import(/* webpackChunkName: "meeting-facts-form" */ './MeetingFactsForm').then((module) => module.MeetingFactsForm));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '16px' },
  // In the flow, not sticky: a sticky header (wrapping to three lines at 320 px) slid over the facts
  // card and hid focused controls. The save state stays next to the heading and is a live region.
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: '12px',
    rowGap: '4px',
    padding: '8px 0',
  },
  // "Partnerskapsmøtet" alone is wider than a 320 px column at this size: break it rather than scroll sideways.
  heading: { overflowWrap: 'anywhere', minWidth: 0 },
  facts: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: '16px', rowGap: '4px', margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  definition: { margin: 0 },
  card: { padding: '16px' },
  cardHeader: { display: 'flex', justifyContent: 'flex-end' },
});

export interface MeetingEditorProps {
  committee: Committee;
  /** The open meeting's editor, held by the workspace (the meeting list reads the same state). */
  editor: AgendaEditor;
  state: AgendaEditorState;
  /** The start-up permission check's findings, for the send dialog's warning about who cannot open SharePoint. */
  access?: SiteAccess;
  /** The committee's meetings once listed: a numbered meeting moved into another year takes that year's next number. */
  meetings?: readonly MeetingHeader[];
  /** Every committee the user can read, for «Hent sak fra et annet utvalg». */
  committees?: readonly Committee[];
}

/** One meeting being prepared: facts, status and save state always visible, the agenda, the notice. */
export function MeetingEditor({ committee, editor, state, access, meetings, committees }: MeetingEditorProps) {
  const t = useWorkspaceText();
  const words = useCommitteeWording(committee);
  const styles = useStyles();
  const { meeting } = state;
  // A saksgang naming a råd follows its setting now, though typed before it was set (useKnownAdvisoryMarks.ts).
  useKnownAdvisoryMarks(editor, meeting, committees);
  const [editingFacts, setEditingFacts] = useState(false);
  // Changed since the innkalling was sent, by her or by the workspace's re-marking: the comparison the send dialog makes
  // (domain/pendingUpdate.ts), said beside the status so «Innkalling sendt» is not all she reads until she opens the dialog.
  const waiting = useMemo(() => updateWaiting({ committee, meeting }), [committee, meeting]);

  const heading = t('meeting.heading', { committee: committee.name, date: formatMeetingWhen(meeting) });
  return (
    <article className={styles.root} aria-label={heading}>
      <div className={styles.header}>
        <Title2 as="h2" className={styles.heading}>
          {heading}
        </Title2>
        <MeetingStatusBadge status={meeting.status} words={words} />
        {waiting ? (
          <Badge appearance="outline" color="warning" shape="rounded" size="large" data-testid="update-waiting">
            {t('meeting.updateWaiting')}
          </Badge>
        ) : null}
        <SaveStateIndicator state={state.saveState} />
      </div>
      {state.error !== undefined ? (
        <ErrorMessageBar
          error={state.error}
          words={words}
          onDismiss={state.saveState === 'conflict' ? undefined : () => editor.dismissError()}
          onReload={state.saveState === 'conflict' ? () => void editor.reload() : undefined}
          onKeepMine={state.saveState === 'conflict' ? () => void editor.keepMine() : undefined}
        />
      ) : null}
      {waiting ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('facts.updateNeeded')}</MessageBarBody>
        </MessageBar>
      ) : null}
      <PlainCard className={styles.card}>
        {editingFacts ? (
          <Suspense fallback={<LoadingSpinner size="small" label={t('facts.loading')} />}>
            <MeetingFactsForm meeting={meeting} editor={editor} onDone={() => setEditingFacts(false)} committee={committee} meetings={meetings} />
          </Suspense>
        ) : (
          <>
            <div className={styles.cardHeader}>
              <Button icon={<EditRegular />} onClick={() => setEditingFacts(true)} disabled={meeting.status === 'held' || meeting.status === 'minutesApproved'}>
                {t('facts.edit')}
              </Button>
            </div>
            <dl className={styles.facts}>
              {meeting.written ? (
                <>
                  <dt className={styles.term}>{t('written.deadline')}</dt>
                  <dd className={styles.definition}>
                    {formatDeadline(meeting)}
                  </dd>
                </>
              ) : (
                <>
                  <dt className={styles.term}>{t('meeting.when')}</dt>
                  <dd className={styles.definition}>{formatMeetingWhen(meeting)}</dd>
                  <dt className={styles.term}>{t('meeting.place')}</dt>
                  <dd className={styles.definition}>
                    {/* A Teams meeting with no room typed is «Teams-møte», not «· Teams-møte». */}
                    {[meeting.place.trim(), meeting.online ? t('meeting.online') : ''].filter((part) => part !== '').join(' · ')}
                  </dd>
                </>
              )}
              {meeting.siteVisit ? (
                <>
                  <dt className={styles.term}>{t('facts.siteVisit')}</dt>
                  <dd className={styles.definition}>
                    {siteVisitLine(meeting.siteVisit)}
                  </dd>
                </>
              ) : null}
              {meeting.chair ? (
                <>
                  <dt className={styles.term}>{t('meeting.chair', { chairWord: chairWordOnScreen(committee, meeting) })}</dt>
                  <dd className={styles.definition}>{meeting.chair.name}</dd>
                </>
              ) : null}
              {meeting.minuteTaker ? (
                <>
                  <dt className={styles.term}>{t('meeting.minuteTaker', { chairWord: chairWordOnScreen(committee, meeting) })}</dt>
                  <dd className={styles.definition}>{meeting.minuteTaker.name}</dd>
                </>
              ) : null}
              {/* Shown as the innkalling prints it: only when there is a «Til»-linje, never a label with nothing after it. */}
              {(meeting.recipients ?? committee.recipientsLine) ? (
                <>
                  <dt className={styles.term}>{t('facts.recipients')}</dt>
                  <dd className={styles.definition}>{meeting.recipients ?? committee.recipientsLine}</dd>
                </>
              ) : null}
              {meeting.theme ? (
                <>
                  <dt className={styles.term}>{t('facts.theme')}</dt>
                  <dd className={styles.definition}>{meeting.theme}</dd>
                </>
              ) : null}
            </dl>
          </>
        )}
        {isAgendaFrozen(meeting) ? <Text size={200}>{t('meeting.frozen')}</Text> : null}
      </PlainCard>
      <section aria-labelledby="agenda-heading">
        <Title2 as="h3" id="agenda-heading">
          {t('agenda.heading', { agendaHeading: committee.conventions?.agendaHeading ?? '' })}
        </Title2>
        <AgendaList committee={committee} editor={editor} meeting={meeting} {...(committees ? { committees } : {})} />
      </section>
      {meeting.written ? (
        <Suspense fallback={<LoadingSpinner size="small" label={t('written.loading')} />}>
          <WrittenAnswersPanel committee={committee} meeting={meeting} onChange={(apply) => editor.updateMeeting(apply)} editor={editor} />
        </Suspense>
      ) : null}
      {/* No calendar invite or Teams link for a written treatment: its saker go by mail from the answers' panel. */}
      {meeting.written ? null : (
        <LateNoticePanel committee={committee} editor={editor} state={state} {...(access ? { access } : {})} />
      )}
    </article>
  );
}

/**
 * The innkalling's panel once its chunk is here: asked for after the next paint (the one that shows
 * the saksliste on a cold start), nothing rendered meanwhile. Only this re-renders when it arrives,
 * not the editor. A fetch that fails is tried again when the connection returns (`loadableView`), or
 * when the meeting is opened again.
 */
function LateNoticePanel(props: ComponentProps<typeof noticePanel.View>) {
  const loaded = useSyncExternalStore(noticePanel.subscribe, noticePanel.loaded);
  // Once: `preload` fetches the chunk at most once, and answers at once when it is here.
  useEffect(() => afterNextPaint(() => void noticePanel.preload()), []);
  return loaded ? <noticePanel.View {...props} /> : null;
}
