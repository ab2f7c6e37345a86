import { Suspense, useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  Button,
  Checkbox,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
  Title2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular, EyeRegular, EyeOffRegular, SendRegular } from '@fluentui/react-icons';
import type { Committee, DocumentRef, Meeting } from '../../domain/model';
import { documentTexts, renderAgendaHtml, renderInnkallingDocx, DOCX_CONTENT_TYPE } from '../../documents';
import { bytesBlob, downloadFile } from './downloadFile';
import { innkallingFileName } from '../../domain/attachments';
import { changesSinceNotice } from '../../domain/pendingUpdate';
import { openedAfterNotice } from '../../domain/confidentialityAudience';
import { withExemptMarked } from '../../domain/confidentiality';
import { formatFileSize } from '../../domain/limits';
import { packWords } from '../../domain/packWord';
import { invitees, inviteVedlegg, sentAttachmentMode } from '../../domain/invitation';
import { isFromAnotherOrganisation } from '../../domain/personIdentity';
import { recipientReach } from '../../domain/recipientReach';
import { inviteMailFit, isInviteTooLarge, unreachableByLinks, withSizes, type InviteTooLargeError } from '../../domain/inviteSize';
import { carriedExemptFiles } from '../../domain/carriedExemptFiles';
import type { PermissionFinding } from '../../graph/sitePermissions';
import { lateNotice } from '../../domain/noticePeriod';
import { formatDateLong, osloToday } from '../../domain/dates';
import { askSignedInIdentity } from '../shared/signedInIdentity';
import { useAskedOnce } from '../shared/useAskedOnce';
import { wordingReady } from '../shared/describeError';
import { ErrorMessageBar } from '../shared/ErrorMessageBar';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { useServices } from '../shared/ServicesContext';
import type { NoticeProgress } from '../shared/services';
import type { AgendaEditor, AgendaEditorState } from './agendaEditor';
import { useWorkspaceText } from './panelText';
import { NoticeErrors, NoticeWarnings, useNoticeProblems } from './NoticeProblems';
import { CarriedReadAfterSend, knownAccess, NoticeReach, type SiteAccess } from './NoticeReach';
import { PreviewFrame } from './PreviewFrame';
import { AdvisoryMarksNote } from './AdvisoryMarksNote';
import { OpenedSinceNoticeNote } from './OpenedSinceNoticeNote';
import { InviteSizeNote } from './InviteSizeNote';
import { useInviteCarriedBytes } from './useInviteCarriedBytes';
import { loadableView } from '../shared/loadableView';

/** «Lag offentlig versjon» loads in its own chunk, after the page (the workspace's initial bundle is near its budget). */
const { View: PublicVersionAction } = loadableView(() => import(/* webpackChunkName: "public-version" */ './PublicVersionAction').then((module) => module.PublicVersionAction));
// The møtebok PDF panel (its use case, and pdf-lib when a pack is built) loads in its own chunk, after the editor.
const { View: BoardPackPanel } = loadableView(() => import(/* webpackChunkName: "board-pack-panel" */ './BoardPackPanel').then((module) => module.BoardPackPanel));
/** The words of the send's progress (the sender says its steps as data), fetched when a send begins. */
const loadProgressText = () => import(/* webpackChunkName: "notice-progress-text" */ './noticeProgressText').then((module) => module.noticeProgressText);

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '12px' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '8px' },
  preview: { width: '100%', minHeight: '480px', border: `1px solid ${tokens.colorNeutralStroke1}`, backgroundColor: '#ffffff' },
  dialogList: { margin: '4px 0 12px 0', paddingLeft: '20px' },
  // A long list scrolls inside a visible frame, reachable and scrollable by keyboard (focusable),
  // and a line above it says so: a list cut off at an item boundary looks complete otherwise.
  scrollList: {
    margin: '4px 0 12px 0',
    padding: '4px 8px 4px 28px',
    maxHeight: '160px',
    overflowY: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  hint: { display: 'block', color: tokens.colorNeutralForeground2 },
});

/** The late send's words by why it is late (noticePeriod.ts `LateCause`). */
const LATE_BODY = { notice: 'notice.lateBody', movedEarlier: 'notice.lateMovedBody', sakAdded: 'notice.lateAddedBody' } as const;

/** More entries than this make a list scroll in the dialog. */
const SCROLL_AFTER = 6;

/**
 * The innkalling: preview as the invite body will look (the same renderer, in a sandboxed frame with
 * no scripts), in full with each exempt sak marked with its hjemmel; the .docx to download; and
 * sending — first "Send innkalling", later "Send oppdatert innkalling" — after a confirmation listing
 * recipients, vedlegg and total size. Someone signed in with an account from another organisation (a
 * guest secretariat: `isFromAnotherOrganisation`) is told before they try that they cannot send it from
 * here and who can, and the dialog's Send is off: the send would fail in Outlook (no mailbox, no right to
 * the committee's felles postboks) after its first steps.
 */
export function NoticePanel({
  committee,
  editor,
  state,
  access,
}: {
  committee: Committee;
  editor: AgendaEditor;
  state: AgendaEditorState;
  /** What the start-up permission check knows of who cannot open SharePoint (NoticeReach). */
  access?: SiteAccess;
}) {
  const t = useWorkspaceText();
  const styles = useStyles();
  const { notices, publicVersions, boardPacks, hostContext, signedInUser, sitePermissions, config } = useServices();
  const { meeting } = state;
  const [previewing, setPreviewing] = useState(false);
  const previewButton = useRef<HTMLButtonElement>(null);
  // Escape in the preview (in its frame too) closes it; the focus, which was in the frame it removes, goes back to its button.
  const closePreview = useCallback(() => {
    setPreviewing(false);
    previewButton.current?.focus();
  }, []);
  const [confirming, setConfirming] = useState(false);
  // Where the focus goes back to when the send dialog closes (ConfirmDialog's `returnFocusTo`).
  const sendButton = useRef<HTMLButtonElement>(null);
  const [progress, setProgress] = useState<NoticeProgress | undefined>(undefined);
  const [progressText, setProgressText] = useState<((progress: NoticeProgress) => string) | undefined>(undefined);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  // The pack in the meeting folder (found or just made by BoardPackPanel), and whether this send makes it again and links to it.
  const [storedPack, setStoredPack] = useState<DocumentRef | undefined>(undefined);
  const [packChoice, setPackChoice] = useState<boolean | undefined>(undefined);
  // This send attaches the vedlegg the committee only links, for invitees who cannot open the links (NoticeReach):
  // as the last send did (SentNotice.attachedLinked) until the secretary says otherwise, while the offer stands.
  const [attachChoice, setAttachChoice] = useState<boolean | undefined>(undefined);
  // This send links the vedlegg instead of attaching them, when attached they would pass Exchange's message limit (InviteSizeNote).
  const [linkChoice, setLinkChoice] = useState(false);
  // The sender refused this send for its size by what the library holds now (a vedlegg replaced in SharePoint since its
  // size was stored): its count and the true sizes, so the note says them and offers links. Forgotten when the dialog closes.
  const [refused, setRefused] = useState<InviteTooLargeError | undefined>(undefined);
  const openDialog = () => {
    setRefused(undefined);
    setConfirming(true);
  };
  const onPackStored = useCallback((ref: DocumentRef) => setStoredPack(ref), []);

  const file = useMemo(() => ({ committee, meeting }), [committee, meeting]);
  const isUpdate = meeting.notice !== undefined;
  const sentPackUrl = meeting.notice?.boardPackUrl;
  // Offered ticked when a pack exists: the secretary made one, so it goes with the next send (made again, holding the innkalling as sent).
  const withPack = boardPacks !== undefined && (packChoice ?? storedPack !== undefined);
  // The preview shows the link the next send carries, when its address is known already.
  const previewPackUrl = withPack ? (storedPack?.webUrl ?? sentPackUrl) : sentPackUrl;
  // In full, as the secretariat may read it, with each exempt sak marked with its hjemmel: invitees without access get its public version.
  const previewHtml = useMemo(
    () => (previewing ? renderAgendaHtml(withExemptMarked(file), previewPackUrl === undefined ? {} : { boardPackUrl: previewPackUrl }) : ''),
    [file, previewing, previewPackUrl],
  );
  const attachedBefore = meeting.notice?.attachedLinked === true;
  const offerable = useMemo(
    () => confirming && access !== undefined && recipientReach(committee, meeting, knownAccess(access.findings, committee.id)).canAttachLinked,
    [confirming, access, committee, meeting],
  );
  const attachLinked = offerable && (attachChoice ?? attachedBefore);
  // Later than the committee's least notice (`conventions.noticeDays`; a generalforsamling's week, aksjeloven § 5-10): the
  // dialog names the last day, and Send waits for the secretary to confirm. The first innkalling, and an update that moves the
  // meeting earlier or adds a sak after that day (noticePeriod.ts: one check for both).
  const noticeDays = committee.conventions?.noticeDays;
  const late = confirming ? lateNotice(meeting, osloToday(), noticeDays) : undefined;
  const [sendLate, setSendLate] = useState(false);
  const canSend = meeting.status === 'draft' || (meeting.status === 'noticeSent' && isUpdate);
  // Who is signed in is asked only where a send is offered (`GET /me`, usually answered for the page already).
  const identity = useAskedOnce(canSend, () => askSignedInIdentity(hostContext.user, signedInUser));
  // A sak taken from an earlier body with exempt files: the committee's own level for them, asked once when the dialog
  // opens (the start-up check may have run before the sak was taken in), so NoticeReach can say what a send without it means.
  const carrying = useMemo(() => carriedExemptFiles(file).length > 0, [file]);
  const askLevel = confirming && access !== undefined && carrying && sitePermissions?.carriedLevel !== undefined;
  const askedLevel = (): Promise<PermissionFinding[]> => sitePermissions?.carriedLevel?.(committee).catch(() => []) ?? Promise.resolve([]);
  const levelFindings = useAskedOnce(askLevel, askedLevel);
  const reachAccess = useMemo(
    () => (access && levelFindings && levelFindings.length > 0 ? { ...access, findings: [...access.findings, ...levelFindings] } : access),
    [access, levelFindings],
  );
  // Someone with no account who must get a sak unntatt offentlighet: SharePoint cannot grant it, the send would refuse (NoticeReach names them).
  const exemptUnreachable = useMemo(
    () => confirming && reachAccess !== undefined && blocksExempt(committee, meeting, reachAccess),
    [confirming, reachAccess, committee, meeting],
  );
  const guest = canSend && identity !== undefined && isFromAnotherOrganisation(identity);
  const guestNotice = guest ? (
    <MessageBar intent="warning" layout="multiline" data-testid="notice-guest">
      <MessageBarBody>
        <MessageBarTitle>{t('notice.guestTitle')}</MessageBarTitle>
        {t('notice.guestBody', { committee: committee.name })}
      </MessageBarBody>
    </MessageBar>
  ) : null;
  // Errors block the send (named above the button); warnings are listed in the dialog.
  const problems = useNoticeProblems(committee, meeting);
  const recipients = invitees(committee, meeting);
  // Attached as this send would attach them, would the vedlegg pass Exchange's message limit? Then Send waits for links
  // (the sender's own rule: it refuses such a send before anything goes out), and with links, for everyone to reach them.
  // By the sizes the sender read when it refused, if it did, and with what the message carries besides (the innkalling and the body, as made).
  const sized = useMemo(() => (refused ? withSizes(meeting, refused.sizes) : meeting), [meeting, refused]);
  const attachedMode = sentAttachmentMode(committee.attachmentMode, attachLinked);
  const sinceNotice = useMemo(() => changesSinceNotice(file), [file]);
  const carried = useInviteCarriedBytes(confirming, file, attachedMode, sinceNotice.lines);
  const fit = useMemo(() => {
    if (!confirming) return undefined;
    const counted = Math.max(carried ?? 0, refused?.fit.carriedBytes ?? 0);
    const own = inviteMailFit(committee, sized, attachedMode, config.maxSendBytes, counted);
    // The sender's word stands: a send it refused is not offered as it was.
    return refused && own.fits && refused.fit.limitBytes === own.limitBytes ? refused.fit : own;
  }, [confirming, committee, sized, attachedMode, config.maxSendBytes, carried, refused]);
  const linkInstead = fit !== undefined && !fit.fits && linkChoice;
  const unreachable = useMemo(
    () => (linkInstead && reachAccess !== undefined ? unreachableByLinks(committee, meeting, knownAccess(reachAccess.findings, committee.id)) : []),
    [linkInstead, reachAccess, committee, meeting],
  );
  const sizeHolds = fit !== undefined && !fit.fits && (!linkInstead || unreachable.length > 0);
  // Named as attendees receive them ("Vedlegg 1 - Sak 2026.12 …"), by the same rule the sender uses.
  const attachments = inviteVedlegg(sized, sentAttachmentMode(committee.attachmentMode, attachLinked, linkInstead));
  const totalBytes = attachments.reduce((sum, entry) => sum + (entry.attached ? (entry.attachment.size ?? 0) : 0), 0);
  const recipientsLabel = t('notice.recipients', { count: recipients.length });
  const attachmentsLabel = t('notice.attachments', { count: attachments.length, size: formatFileSize(totalBytes) });
  // Date, time and place first: what invitees must re-plan for; the saker in the public view, as the sender words them
  // (domain/pendingUpdate.ts, the comparison the sender and the workspace's «Oppdatering venter på å bli sendt» make too). The saksganger the workspace
  // re-marked itself since the send (useKnownAdvisoryMarks.ts) said with why, so an update nobody typed is not sent
  // unexplained, nor called «Ingen endringer».
  const changes = [...sinceNotice.lines, ...(meeting.notice && withPack && sentPackUrl === undefined ? [documentTexts(committee).boardPackAdded] : [])];
  const advisoryMarks = confirming ? sinceNotice.advisoryMarks : [];
  // Exempt in the last send, not marked now: what this send would open to every member, named before it is sent.
  const opened = useMemo(() => (confirming ? openedAfterNotice(file) : []), [confirming, file]);

  const download = async () => {
    setError(undefined);
    try {
      // The full innkalling, with what is exempt said, as the preview shows it: never one that looks like what every invitee gets.
      downloadFile(bytesBlob(await renderInnkallingDocx(withExemptMarked(file)), DOCX_CONTENT_TYPE), innkallingFileName(committee, meeting));
    } catch (caught) {
      setError(caught);
    }
  };

  const send = async () => {
    setSending(true);
    setError(undefined);
    // Beside the send, not before it: until the words are here the line says «Sender innkallingen …».
    if (!progressText) void loadProgressText().then((word) => setProgressText(() => word), () => undefined);
    try {
      // The notice is built from what is stored: save pending edits first.
      await editor.flush();
      const current = editor.getState();
      if (current.saveState !== 'saved' || current.version === undefined) throw current.error ?? new Error(t('notice.unavailable'));
      const stored = { value: current.meeting, version: current.version };
      const options = {
        ...(withPack && boardPacks ? { boardPack: boardPacks } : {}),
        ...(attachLinked ? { attachLinked } : {}),
        ...(linkInstead ? { linkInstead } : {}),
      };
      const saved = isUpdate ? await notices.sendUpdate(committee, stored, setProgress, options) : await notices.send(committee, stored, setProgress, options);
      // The sender records the agenda and the facts it sent (notice.details), so the next update
      // can say what moved.
      editor.adoptSaved(saved);
      setConfirming(false);
    } catch (caught) {
      if (isInviteTooLarge(caught)) {
        // Nothing was sent: the size note says why, with the sizes the sender read, and offers links (InviteSizeNote).
        setRefused(caught);
        return;
      }
      // A refusal (unntatt offentlighet, a vedlegg not uploaded) is shown worded, not as the general line.
      await wordingReady(caught);
      setError(caught);
    } finally {
      setSending(false);
      setProgress(undefined);
    }
  };

  const progressValue =
    progress?.step === 'attachment' && progress.totalBytes ? (progress.bytesSent ?? 0) / progress.totalBytes : progress?.step === 'pack' && progress.count ? progress.index / progress.count : undefined;
  return (
    <section className={styles.root} aria-labelledby="notice-heading">
      <Title2 as="h3" id="notice-heading">
        {t('notice.heading')}
      </Title2>
      {meeting.notice ? (
        <Text>
          {t('notice.sent', { when: new Date(meeting.notice.sentAt).toLocaleString('nb-NO', { timeZone: 'Europe/Oslo' }) })} {t('notice.version', { version: meeting.notice.version })}
        </Text>
      ) : null}
      <CarriedReadAfterSend committee={committee} meeting={meeting} />
      {error !== undefined && !confirming ? <ErrorMessageBar error={error} onDismiss={() => setError(undefined)} /> : null}
      {confirming ? null : guestNotice}
      {canSend ? <NoticeErrors id="notice-problems" problems={problems} /> : null}
      <div className={styles.actions}>
        <Button
          ref={previewButton}
          icon={previewing ? <EyeOffRegular /> : <EyeRegular />}
          aria-expanded={previewing}
          onClick={() => setPreviewing(!previewing)}
        >
          {previewing ? t('notice.hidePreview') : t('notice.preview')}
        </Button>
        <Button icon={<ArrowDownloadRegular />} onClick={() => void download()}>
          {t('notice.download')}
        </Button>
        {canSend ? (
          <Button
            ref={sendButton}
            appearance="primary"
            icon={<SendRegular />}
            disabledFocusable={!problems.sendable}
            aria-describedby={problems.sendable ? undefined : 'notice-problems'}
            onClick={openDialog}
          >
            {isUpdate ? t('notice.sendUpdate') : t('notice.send')}
          </Button>
        ) : null}
        {publicVersions ? (
          <Suspense fallback={null}>
            <PublicVersionAction committee={committee} editor={editor} />
          </Suspense>
        ) : null}
      </div>
      {boardPacks ? (
        <Suspense fallback={null}>
          {/* Mounted afresh when a send links a pack, so it finds the pack the sender just stored. */}
          <BoardPackPanel key={sentPackUrl ?? 'unlinked'} file={file} onStored={onPackStored} />
        </Suspense>
      ) : null}
      {previewing ? <PreviewFrame className={styles.preview} title={t('notice.previewFrame')} html={previewHtml} onEscape={closePreview} /> : null}
      <ConfirmDialog
        open={confirming}
        title={isUpdate ? t('notice.confirmUpdateTitle') : t('notice.confirmTitle')}
        confirmLabel={t('notice.confirm')}
        confirmIcon={<SendRegular />}
        confirmDisabled={guest || exemptUnreachable || sizeHolds || recipients.length === 0 || !problems.sendable || (late !== undefined && !sendLate)}
        cancelLabel={t('notice.cancel')}
        busy={sending}
        onConfirm={() => void send()}
        onCancel={() => setConfirming(false)}
        testId="notice-send-dialog"
        returnFocusTo={sendButton}
      >
        {error !== undefined ? <ErrorMessageBar error={error} onDismiss={() => setError(undefined)} /> : null}
        {guestNotice}
        <NoticeWarnings problems={problems} />
        {late !== undefined && noticeDays !== undefined ? (
          <MessageBar intent="warning" layout="multiline" data-testid="notice-late">
            <MessageBarBody>
              <MessageBarTitle>{t(late.cause === 'notice' ? 'notice.lateTitle' : 'notice.lateUpdateTitle')}</MessageBarTitle>
              {t(LATE_BODY[late.cause], { days: noticeDays, date: formatDateLong(late.latest) })}
              <Checkbox label={t('notice.sendLate')} checked={sendLate} disabled={sending} onChange={(_, data) => setSendLate(data.checked === true)} />
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {reachAccess ? (
          <NoticeReach
            committee={committee}
            meeting={meeting}
            access={reachAccess}
            withPack={withPack}
            attachLinked={attachLinked}
            attachedBefore={attachedBefore}
            onAttachLinked={setAttachChoice}
            disabled={sending}
            linkInstead={linkInstead}
          />
        ) : null}
        {fit ? (
          <InviteSizeNote
            fit={fit}
            linkInstead={linkInstead}
            onLinkInstead={setLinkChoice}
            unreachable={unreachable}
            disabled={sending}
            refused={refused !== undefined}
          />
        ) : null}
        {isUpdate ? (
          <>
            <strong>{t('notice.changes')}</strong>
            {changes.length === 0 && advisoryMarks.length === 0 ? (
              <p>{t('notice.noChanges', { agendaHeading: committee.conventions?.agendaHeading ?? '' })}</p>
            ) : (
              <ul className={styles.dialogList}>
                {changes.map((change) => (
                  <li key={change}>{change}</li>
                ))}
              </ul>
            )}
            <AdvisoryMarksNote changes={advisoryMarks} />
            <OpenedSinceNoticeNote opened={opened} />
          </>
        ) : null}
        <strong id="notice-recipients">{recipientsLabel}</strong>
        {recipients.length === 0 ? (
          <p>{t('notice.noRecipients')}</p>
        ) : (
          <ScrollableList labelledBy="notice-recipients" count={recipients.length} hint={t('notice.scrollHint', { count: recipients.length })}>
            {recipients.map((recipient) => (
              <li key={recipient.address}>{recipient.name ? `${recipient.name} <${recipient.address}>` : recipient.address}</li>
            ))}
          </ScrollableList>
        )}
        {/* A paragraph of its own: inline, «Ingen vedlegg.» ran into the møtebok checkbox on one line. */}
        {attachments.length === 0 ? <p id="notice-attachments">{t('notice.noAttachments')}</p> : <strong id="notice-attachments">{attachmentsLabel}</strong>}
        {attachments.length > 0 ? (
          <ScrollableList labelledBy="notice-attachments" count={attachments.length} hint={t('notice.scrollHint', { count: attachments.length })}>
            {attachments.map((entry) => (
              <li key={entry.attachment.id}>
                {entry.attached ? entry.name : `${entry.label} (${t('notice.asLink')})`}
                {entry.attached && entry.attachment.size !== undefined ? ` (${formatFileSize(entry.attachment.size)})` : ''}
              </li>
            ))}
          </ScrollableList>
        ) : null}
        {boardPacks && canSend ? (
          <>
            <Checkbox
              checked={withPack}
              disabled={sending}
              onChange={(_, data) => setPackChoice(data.checked === true)}
              label={t(sentPackUrl === undefined ? 'packLink.include' : 'packLink.rebuild', packWords(committee.conventions, committee.languageForm))}
              aria-describedby="notice-pack-hint"
            />
            <Text id="notice-pack-hint" size={200} className={styles.hint}>
              {t(sentPackUrl === undefined ? 'packLink.includeHint' : 'packLink.keepHint', packWords(committee.conventions, committee.languageForm))}
            </Text>
          </>
        ) : null}
        {sending ? (
          <div role="status">
            <Text>{progress && progressText ? progressText(progress) : t('notice.sending')}</Text>
            <ProgressBar value={progressValue} max={1} aria-label={t('notice.sending')} />
          </div>
        ) : null}
      </ConfirmDialog>
    </section>
  );
}

/** An invitee with no account must get a sak unntatt offentlighet (`recipientReach` `exemptUnreachable`): the send would refuse. */
function blocksExempt(committee: Committee, meeting: Meeting, access: SiteAccess): boolean {
  return recipientReach(committee, meeting, knownAccess(access.findings, committee.id)).exemptUnreachable.length > 0;
}

/**
 * A list in the send dialog. Short lists show in full; a long one scrolls inside a visible frame,
 * with a line saying that it scrolls and how many it holds, and takes keyboard focus so the arrow
 * keys scroll it.
 */
function ScrollableList({ labelledBy, count, hint, children }: { labelledBy: string; count: number; hint: string; children: ReactNode }) {
  const styles = useStyles();
  if (count <= SCROLL_AFTER) {
    return (
      <ul className={styles.dialogList} aria-labelledby={labelledBy}>
        {children}
      </ul>
    );
  }
  const hintId = `${labelledBy}-hint`;
  return (
    <>
      <Text id={hintId} size={200} className={styles.hint}>
        {hint}
      </Text>
      <ul className={styles.scrollList} aria-labelledby={labelledBy} aria-describedby={hintId} tabIndex={0}>
        {children}
      </ul>
    </>
  );
}
