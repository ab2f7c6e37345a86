import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { Badge, Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { LoadingSpinner } from '../shared/LoadingSpinner';
import type { AgendaItem, Committee, FollowUp, ItemOutcome, Meeting, MeetingStatus } from '../../domain/model';
import { conclusionAsProposed, conclusionNoted, conclusionWithOutcome, setCurrentItem, setOutcome } from '../../domain/agendaEditing';
import { transition } from '../../domain/meetingStatus';
import { formatMeetingWhen } from '../../domain/dates';
import { afterSakWord } from '../../domain/sakWord';
import type { ReadMeeting } from '../../domain/ports';
import { useServices } from '../shared/ServicesContext';
import { useCommonText } from '../shared/commonText';
import { describeError } from '../shared/describeError';
import { ErrorMessageBar } from '../shared/ErrorMessageBar';
import { LateUnreadableRowsBar } from '../shared/LateUnreadableRowsBar';
import type { MeetingSession, SessionSnapshot } from '../meeting/meetingSession';
import { openSessionEarly, useLiveStagePublisher, useMeetingSession, useSessionSnapshot } from '../meeting/useLiveMeeting';
import { MEETING_DRAFT_KEY } from '../shared/autosave/meetingDrafts';
import { AgendaList, agendaButtonId } from './AgendaList';
import { DisqualificationNotice } from './DisqualificationNotice';
import { ItemRecorder, itemHeadingId } from './ItemRecorder';
import { RecorderTabs } from './RecorderTabs';
import { SaveStateBadge } from './SaveStateBadge';
import { ShareToStageButton } from './ShareToStageButton';
import { hasExemptContent } from '../../domain/confidentiality';
import { recorderTextShown, useSidePanelText } from './recorderText';
import { useCommitteeWording } from '../shared/useCommitteeWording';
import { wordingValues } from '../shared/wordingValues';
import { loadableView } from '../shared/loadableView';
import { preloadRichTextEditor } from '../shared/LazyRichTextEditor';
import { whenIdle } from '../../hosts/whenIdle';
import { meetingStatusText } from '../shared/meetingStatusText';
import { useFocusAfterRender } from '../shared/useFocusAfterRender';
import { useOpenSak } from './useOpenSak';
import { usePinnedScrollPadding } from './usePinnedScrollPadding';

/**
 * What the recorder's chunk's loader waits for (recorderChunk.ts): her texts in the page's language, and, when the
 * entry handed her meeting over (`preloadRecorder`), her session opened, so the first render is her meeting.
 */
export const recorderShown = (early?: Parameters<typeof openSessionEarly>) => Promise.all([recorderTextShown(), early && openSessionEarly(...early)]);

// The attendance tab and the referat's steps (make, send, approve) are loaded when they open.
const { View: AttendanceView } = loadableView(() => import(/* webpackChunkName: "attendance" */ './AttendanceView').then((module) => module.AttendanceView));
// Only saker with exempt content need it, so it is not part of the page's first load.
const { View: StageRevealControl } = loadableView(() => import(/* webpackChunkName: "stage-reveal" */ './StageRevealControl').then((module) => module.StageRevealControl));
// «Avslutt møtet»'s confirmation (Fluent's dialog, its portal and motion) is fetched when the button is
// first pointed at, focused or pressed; the button keeps the focus meanwhile, and the dialog opens
// once it is here, without suspending (`loadableView`).
const { View: ConfirmDialog, preload: preloadConfirmDialog } = loadableView(() => import(/* webpackChunkName: "confirm-dialog" */ './ConfirmDialog').then((module) => module.ConfirmDialog));
// Fetched when a clash is found — by a read or a save that reached SharePoint, so the network is there; a
// failed fetch suspends and is tried again (`loadableView`), it does not take the panel down.
const { View: ConflictBar } = loadableView(() => import(/* webpackChunkName: "conflict-bar" */ './ConflictBar').then((module) => module.ConflictBar));
// Fetched when someone else's save first takes out what was saved here (`RemovedText`): most meetings never need it.
const { View: RemovedTextBar } = loadableView(() => import(/* webpackChunkName: "removed-text" */ './RemovedTextBar').then((module) => module.RemovedTextBar));
const { View: AfterMeetingView } = loadableView(() => import(/* webpackChunkName: "after-meeting" */ './AfterMeetingView').then((module) => module.AfterMeetingView));

const useStyles = makeStyles({
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  // The save state and the bars about saving stay at the panel's top while she types far down a sak (the page
  // scrolls, not the panel): over the panel's padding edge to edge, opaque (Canvas under forced colours), at
  // most half the height so the field she types in stays in sight; the bars scroll inside it when longer. A field
  // she moves to is scrolled below it (`usePinnedScrollPadding`).
  pinned: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    maxHeight: '50vh',
    overflowY: 'auto',
    margin: `0 calc(-1 * ${tokens.spacingHorizontalM})`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // The removed-text notices' live region is there from the start (so it is said when one comes), out of the bar's gap while empty.
  quiet: { position: 'absolute' },
  notices: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

type View = 'agenda' | 'attendance' | 'after';

/** The referent's side panel: agenda and items, attendance, and "Etter møtet". */
export function RecorderView({ committee, meeting }: { committee: Committee; meeting: ReadMeeting }) {
  const { repository, hostContext } = useServices();
  const tc = useCommonText();
  const describe = useCallback((error: unknown) => describeError(error, tc).message, [tc]);
  // The session starts from the meeting the panel found: opening reads nothing more.
  const session = useMeetingSession(repository, meeting.value.id, { describeError: describe, opened: meeting });
  // What the stages show travels on the meeting's live channel, not through SharePoint reads.
  useLiveStagePublisher(session.state === 'ready' ? session.value : undefined, hostContext.openLiveChannel, committee);
  const snapshot = useSessionSnapshot(session.state === 'ready' ? session.value : undefined);
  const t = useSidePanelText();
  if (session.state === 'failed') return <ErrorMessageBar error={session.error} onReload={() => window.location.reload()} />;
  if (session.state !== 'ready' || !snapshot) return <LoadingSpinner label={t('loading')} />;
  return <Recorder committee={committee} session={session.value} snapshot={snapshot} />;
}

function Recorder({ committee, session, snapshot }: { committee: Committee; session: MeetingSession; snapshot: SessionSnapshot }) {
  const t = useSidePanelText();
  const words = useCommitteeWording(committee);
  const tc = useCommonText();
  const styles = useStyles();
  const [view, setView] = useState<View>('agenda');
  // The sak she had open in this tab after a reload, else the running meeting's active sak, else the saksliste.
  const [openItemId, setOpenItemId] = useOpenSak(snapshot.meeting);
  const [ruleError, setRuleError] = useState<unknown>(undefined);
  const [confirmingEnd, setConfirmingEnd] = useState(false);
  // Rendered from the first «Avslutt møtet» on, then kept, so it closes (and gives the focus back) as a dialog does.
  const [endDialogUsed, setEndDialogUsed] = useState(false);
  const askToEnd = () =>
    void preloadConfirmDialog().then(() => {
      setEndDialogUsed(true);
      setConfirmingEnd(true);
    });
  // The møtebehandling's editor (ProseMirror, the chunk `richTextEditor`) is not on her way to ready: each
  // sak shows its text in the editor's box until it is here (`LazyRichTextEditor.tsx`). Fetched once the
  // panel is idle after the recorder's first paint, so it is mostly here before she opens a sak.
  useEffect(() => {
    void whenIdle().then(preloadRichTextEditor);
  }, []);
  // The button that starts, ends or reopens the meeting: each takes the place of the one pressed, and the focus with
  // it; where focus returns when «Avslutt møtet»'s dialog closes (ConfirmDialog's `returnFocusTo`) too.
  const statusButton = useRef<HTMLButtonElement>(null);
  const focusAfter = useFocusAfterRender();
  const pinned = usePinnedScrollPadding<HTMLDivElement>();
  const meeting = snapshot.meeting;
  const openItem = meeting.items.find((i) => i.id === openItemId);
  const canRecord = meeting.status === 'inProgress' || meeting.status === 'held';

  /** Domain rules may refuse (e.g. treating an item before the meeting started): say why, change nothing. */
  const attempt = (change: () => void) => {
    try {
      change();
      setRuleError(undefined);
    } catch (error) {
      setRuleError(error);
    }
  };
  // Making a task takes a moment; the point is added to the sak as it is then, not as it was at the click.
  const latest = useRef(meeting);
  latest.current = meeting;
  const addFollowUp = (itemId: string, followUp: FollowUp) =>
    attempt(() => {
      const item = latest.current.items.find((i) => i.id === itemId);
      if (!item) return;
      // Spelled out rather than domain/followUp's withFollowUp: that module stays out of the side panel's first load (the session parses the item).
      session.editItem(itemId, { followUps: [...(item.followUps ?? []), followUp] });
      void session.flush();
    });
  const itemAction = (itemId: string, update: (m: Meeting) => Meeting) =>
    attempt(() => {
      const item = update(meeting).items.find((i) => i.id === itemId);
      if (!item) return;
      session.editItem(itemId, { conclusion: item.conclusion, outcome: item.outcome });
      // A click is a finished thought, unlike a keystroke: save now so the stage shows it at once.
      void session.flush();
    });
  /** A button that writes the sak's conclusion («Som foreslått», «Tatt til orientering», the committee's outcomes). */
  const conclude = (itemId: string, change: (item: AgendaItem) => AgendaItem) =>
    itemAction(itemId, (m) => ({ ...m, items: m.items.map((i) => (i.id === itemId ? change(i) : i)) }));
  const changeStatus = (to: MeetingStatus) =>
    attempt(() => {
      const next = transition(meeting, to, new Date().toISOString());
      session.editMeeting({ status: next.status, ...(next.minutesApprovedAt ? { minutesApprovedAt: next.minutesApprovedAt } : {}) });
      void session.flush();
    });
  /** The header's start/end/reopen: the button that takes the pressed one's place takes the focus too. */
  const changeStatusHere = (to: MeetingStatus) => {
    const pressed = statusButton.current;
    changeStatus(to);
    focusAfter(() => (statusButton.current === pressed ? null : statusButton.current));
  };
  /**
   * Opens a sak (its heading takes the focus: the list's button she pressed is gone) or goes back to the
   * saksliste (the sak she came from takes it there), so the keyboard goes on from where she is.
   */
  const open = (itemId: string | undefined) => {
    const from = openItemId;
    setOpenItemId(itemId);
    focusAfter(() => document.getElementById(itemId === undefined ? agendaButtonId(from ?? '') : itemHeadingId(itemId)));
  };
  const setCurrent = (itemId: string) =>
    attempt(() => {
      const next = setCurrentItem(meeting, itemId, new Date().toISOString());
      session.editMeeting({ ...(next.currentItemId ? { currentItemId: next.currentItemId } : {}), itemStartedAt: next.itemStartedAt });
      // The stage is waiting for this one: no debounce.
      void session.flush();
    });

  // Offline or refused: her text waits in the drafts (IndexedDB and the tab's journal) for the next save. The
  // badge says «Ikke lagret»; where she might think it lost (the error bar, ending the meeting) we say it is kept.
  const unsaved = snapshot.saveState === 'offline' || snapshot.saveState === 'waiting' || snapshot.saveState === 'error';
  // «Referat godkjent» / «Protokoll godkjend»: the record in the committee's words.
  const statusText = meetingStatusText(tc, meeting.status, words);
  const conflictItem = snapshot.conflict
    ? snapshot.conflict.key === MEETING_DRAFT_KEY
      ? t('tabs.attendance')
      : afterSakWord(meeting.items.find((i) => i.id === snapshot.conflict?.key)?.caseNumber ?? '')
    : '';

  return (
    <>
      <header className={styles.header}>
        <h1 className={styles.title}>
          {committee.name} {formatMeetingWhen(meeting)}
        </h1>
        <div className={styles.row}>
          {meeting.status === 'noticeSent' ? (
            <Button ref={statusButton} appearance="primary" onClick={() => changeStatusHere('inProgress')} data-testid="start-meeting">
              {t('meeting.start')}
            </Button>
          ) : null}
          {meeting.status === 'inProgress' ? (
            <Button ref={statusButton} onPointerEnter={() => void preloadConfirmDialog()} onFocus={() => void preloadConfirmDialog()} onClick={askToEnd} data-testid="end-meeting">
              {t('meeting.end')}
            </Button>
          ) : null}
          {meeting.status === 'held' ? (
            <Button ref={statusButton} onClick={() => changeStatusHere('inProgress')}>
              {t('meeting.reopen')}
            </Button>
          ) : null}
          <ShareToStageButton meetingId={meeting.id} committeeId={committee.id} />
        </div>
        {endDialogUsed ? (
          // Suspends only if the chunk could not be fetched: fetched once more meanwhile.
          <Suspense fallback={null}>
            <ConfirmDialog
              open={confirmingEnd}
              title={t('meeting.endConfirmTitle')}
              confirmLabel={t('meeting.endConfirm')}
              onCancel={() => setConfirmingEnd(false)}
              onConfirm={() => {
                setConfirmingEnd(false);
                changeStatusHere('held');
              }}
              testId="confirm-end-meeting"
              returnFocusTo={statusButton}
            >
              <Text>{t('meeting.endConfirmBody', wordingValues(words))}</Text>
              {unsaved ? <Text weight="semibold">{t('save.keptHere')}</Text> : null}
            </ConfirmDialog>
          </Suspense>
        ) : null}
      </header>
      <div className={styles.pinned} data-testid="save-status-pinned" ref={pinned}>
        <div className={styles.row}>
          {/* A live region, as the save state beside it: «Møtet pågår» / «Møtet er holdt» is said when it changes. */}
          <span role="status" aria-live="polite">
            <Badge appearance="outline" aria-label={`${tc('status.label')}: ${statusText}`} data-testid="meeting-status">
              {statusText}
            </Badge>
          </span>
          <SaveStateBadge state={snapshot.saveState} />
        </div>
        {snapshot.saveState === 'error' && snapshot.errorMessage ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              {snapshot.errorMessage} {t('save.keptHere')}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {snapshot.conflict ? (
          <Suspense fallback={null}>
            <ConflictBar committee={committee} conflict={snapshot.conflict} item={conflictItem} onResolve={(choice) => void session.resolveConflict(choice)} />
          </Suspense>
        ) : null}
        <div aria-live="polite" className={snapshot.removedTexts ? styles.notices : styles.quiet}>
          {snapshot.removedTexts ? (
            <Suspense fallback={null}>
              <RemovedTextBar
                committee={committee}
                meeting={meeting}
                told={snapshot.removedTexts}
                onDismiss={(notice) => {
                  session.dismissRemovedText(notice.key, notice.field);
                  // The bar goes with the button: the keyboard goes on from the sak she has open, else the panel's top.
                  focusAfter(() => (openItem ? document.getElementById(itemHeadingId(openItem.id)) : statusButton.current));
                }}
              />
            </Suspense>
          ) : null}
        </div>
      </div>
      <LateUnreadableRowsBar rows={session.unreadable} drafts={snapshot.unreadableDrafts} onDiscardDraft={(key) => void session.discardUnreadableDraft(key)} />
      {ruleError ? <ErrorMessageBar error={ruleError} onDismiss={() => setRuleError(undefined)} words={words} /> : null}
      {meeting.status === 'noticeSent' || meeting.status === 'draft' ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t('meeting.notStarted', wordingValues(words))}</MessageBarBody>
        </MessageBar>
      ) : null}
      <RecorderTabs<View>
        label={t('tabs.label')}
        selected={view}
        onSelect={setView}
        tabs={[
          { value: 'agenda', label: t('agenda.label', { agendaHeading: committee.conventions?.agendaHeading ?? '' }) },
          { value: 'attendance', label: t('tabs.attendance') },
          { value: 'after', label: t('tabs.after'), testId: 'tab-after' },
        ]}
      />
      {view === 'agenda' && !openItem && meeting.currentItemId !== undefined ? <DisqualificationNotice meeting={meeting} itemId={meeting.currentItemId} /> : null}
      {view === 'agenda' && !openItem ? <AgendaList committee={committee} meeting={meeting} onOpen={open} /> : null}
      {view === 'agenda' && openItem && hasExemptContent(openItem) ? (
        <Suspense fallback={null}>
          <StageRevealControl
            committee={committee}
            meeting={meeting}
            item={openItem}
            onChange={(itemId) => session.editMeeting({ stageRevealItemId: itemId ?? null })}
          />
        </Suspense>
      ) : null}
      {view === 'agenda' && openItem ? (
        <ItemRecorder
          key={openItem.id}
          committee={committee}
          meeting={meeting}
          item={openItem}
          words={words}
          canRecord={canRecord}
          onEdit={(patch) => session.editItem(openItem.id, patch)}
          onAsProposed={() => conclude(openItem.id, conclusionAsProposed)}
          onNoted={() => conclude(openItem.id, (i) => conclusionNoted(i, committee))}
          onConclude={(outcome) => conclude(openItem.id, (i) => conclusionWithOutcome(i, outcome, committee))}
          onOutcome={(outcome: ItemOutcome) => itemAction(openItem.id, (m) => setOutcome(m, openItem.id, outcome))}
          onSetCurrent={() => {
            setCurrent(openItem.id);
            // «Gjør til aktiv sak» gives way to the badge saying it is: the sak's heading takes the focus.
            focusAfter(() => document.getElementById(itemHeadingId(openItem.id)));
          }}
          onOpen={open}
          onAddFollowUp={(followUp) => addFollowUp(openItem.id, followUp)}
        />
      ) : null}
      {view === 'attendance' ? (
        <Suspense fallback={<LoadingSpinner size="small" label={t('loading')} />}>
          <AttendanceView committee={committee} meeting={meeting} onChange={(change) => session.editMeeting(change)} onConclude={conclude} />
        </Suspense>
      ) : null}
      {view === 'after' ? (
        <Suspense fallback={<LoadingSpinner size="small" label={t('loading')} />}>
          <AfterMeetingView committee={committee} session={session} snapshot={snapshot} onChangeStatus={changeStatus} />
        </Suspense>
      ) : null}
    </>
  );
}
