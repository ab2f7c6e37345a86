import { useMemo, useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  ProgressBar,
  Text,
  Title2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular, EyeRegular, EyeOffRegular, SendRegular } from '@fluentui/react-icons';
import type { Committee } from '../../domain/model';
import { renderAgendaHtml, renderInnkallingDocx, DOCX_CONTENT_TYPE } from '../../documents';
import { innkallingFileName } from '../../domain/attachments';
import { summariseAgendaChanges } from '../../domain/changeSummary';
import { meetingChangesSinceNotice } from '../../domain/meetingFacts';
import { formatMegabytes } from '../../domain/limits';
import { invitees } from '../../graph/noticeSender';
import { ErrorMessageBar } from '../shared/ErrorMessageBar';
import { useServices } from '../shared/ServicesContext';
import type { NoticeProgress } from '../shared/services';
import type { AgendaEditor, AgendaEditorState } from './agendaEditor';
import { useWorkspaceText } from './text';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '12px' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '8px' },
  preview: { width: '100%', minHeight: '480px', border: `1px solid ${tokens.colorNeutralStroke1}`, backgroundColor: '#ffffff' },
  dialogList: { margin: '4px 0 12px 0', paddingLeft: '20px', maxHeight: '160px', overflowY: 'auto' },
});

/**
 * The innkalling: preview exactly as the invite body will look (the same renderer, in a sandboxed
 * frame with no scripts), the .docx to download, and sending — first "Send innkalling", later
 * "Send oppdatert innkalling" — after a confirmation listing recipients, vedlegg and total size.
 */
export function NoticePanel({ committee, editor, state }: { committee: Committee; editor: AgendaEditor; state: AgendaEditorState }) {
  const t = useWorkspaceText();
  const styles = useStyles();
  const { notices } = useServices();
  const { meeting } = state;
  const [previewing, setPreviewing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [progress, setProgress] = useState<NoticeProgress | undefined>(undefined);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<unknown>(undefined);

  const file = useMemo(() => ({ committee, meeting }), [committee, meeting]);
  const previewHtml = useMemo(() => (previewing ? renderAgendaHtml(file) : ''), [file, previewing]);
  const isUpdate = meeting.notice !== undefined;
  const canSend = meeting.status === 'draft' || (meeting.status === 'noticeSent' && isUpdate);
  const recipients = invitees(committee, meeting);
  const attachments = meeting.items.flatMap((item) => item.attachments);
  const totalBytes = attachments.reduce((sum, attachment) => sum + (attachment.size ?? 0), 0);
  // Date, time and place first: what invitees must re-plan for.
  const changes = meeting.notice ? [...meetingChangesSinceNotice(meeting, committee.languageForm), ...summariseAgendaChanges(meeting.notice.items, meeting.items, committee.languageForm)] : [];

  const download = async () => {
    setError(undefined);
    try {
      const bytes = await renderInnkallingDocx(file);
      const copy = new Uint8Array(bytes.byteLength);
      copy.set(bytes);
      const url = URL.createObjectURL(new Blob([copy.buffer], { type: DOCX_CONTENT_TYPE }));
      const anchor = document.createElement('a');
      anchor.href = url;
      anchor.download = innkallingFileName(committee, meeting);
      anchor.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (caught) {
      setError(caught);
    }
  };

  const send = async () => {
    setSending(true);
    setError(undefined);
    try {
      // The notice is built from what is stored: save pending edits first.
      await editor.flush();
      const current = editor.getState();
      if (current.saveState !== 'saved' || current.version === undefined) throw current.error ?? new Error(t('notice.unavailable'));
      const stored = { value: current.meeting, version: current.version };
      const saved = isUpdate ? await notices.sendUpdate(committee, stored, setProgress) : await notices.send(committee, stored, setProgress);
      // The sender records the agenda and the facts it sent (notice.details), so the next update
      // can say what moved.
      editor.adoptSaved(saved);
      setConfirming(false);
    } catch (caught) {
      setError(caught);
    } finally {
      setSending(false);
      setProgress(undefined);
    }
  };

  const progressValue = progress?.totalBytes ? (progress.bytesSent ?? 0) / progress.totalBytes : undefined;
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
      {error !== undefined && !confirming ? <ErrorMessageBar error={error} onDismiss={() => setError(undefined)} /> : null}
      <div className={styles.actions}>
        <Button icon={previewing ? <EyeOffRegular /> : <EyeRegular />} aria-expanded={previewing} onClick={() => setPreviewing(!previewing)}>
          {previewing ? t('notice.hidePreview') : t('notice.preview')}
        </Button>
        <Button icon={<ArrowDownloadRegular />} onClick={() => void download()}>
          {t('notice.download')}
        </Button>
        {canSend ? (
          <Button appearance="primary" icon={<SendRegular />} onClick={() => setConfirming(true)}>
            {isUpdate ? t('notice.sendUpdate') : t('notice.send')}
          </Button>
        ) : null}
      </div>
      {previewing ? <iframe className={styles.preview} title={t('notice.previewFrame')} sandbox="" srcDoc={previewHtml} /> : null}
      <Dialog open={confirming} onOpenChange={(_, data) => !sending && setConfirming(data.open)} modalType="alert">
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{isUpdate ? t('notice.confirmUpdateTitle') : t('notice.confirmTitle')}</DialogTitle>
            <DialogContent>
              {error !== undefined ? <ErrorMessageBar error={error} onDismiss={() => setError(undefined)} /> : null}
              {isUpdate ? (
                <>
                  <strong>{t('notice.changes')}</strong>
                  {changes.length === 0 ? (
                    <p>{t('notice.noChanges')}</p>
                  ) : (
                    <ul className={styles.dialogList}>
                      {changes.map((change) => (
                        <li key={change}>{change}</li>
                      ))}
                    </ul>
                  )}
                </>
              ) : null}
              <strong>{t('notice.recipients', { count: recipients.length })}</strong>
              {recipients.length === 0 ? (
                <p>{t('notice.noRecipients')}</p>
              ) : (
                // Scrolls when long: focusable so the keyboard can scroll it too.
                <ul className={styles.dialogList} aria-label={t('notice.recipients', { count: recipients.length })} tabIndex={0}>
                  {recipients.map((recipient) => (
                    <li key={recipient.address}>
                      {recipient.name ? `${recipient.name} <${recipient.address}>` : recipient.address}
                    </li>
                  ))}
                </ul>
              )}
              <strong>{attachments.length === 0 ? t('notice.noAttachments') : t('notice.attachments', { count: attachments.length, size: formatMegabytes(totalBytes) })}</strong>
              {attachments.length > 0 ? (
                <ul className={styles.dialogList} aria-label={t('notice.attachments', { count: attachments.length, size: formatMegabytes(totalBytes) })} tabIndex={0}>
                  {attachments.map((attachment) => (
                    <li key={attachment.id}>
                      {attachment.fileName}
                      {attachment.size !== undefined ? ` (${formatMegabytes(attachment.size)})` : ''}
                    </li>
                  ))}
                </ul>
              ) : null}
              {sending ? (
                <div role="status">
                  <Text>{progress?.message ?? t('notice.sending')}</Text>
                  <ProgressBar value={progressValue} max={1} aria-label={t('notice.sending')} />
                </div>
              ) : null}
            </DialogContent>
            <DialogActions>
              <Button disabled={sending} onClick={() => setConfirming(false)}>
                {t('notice.cancel')}
              </Button>
              <Button appearance="primary" icon={<SendRegular />} disabled={sending || recipients.length === 0} onClick={() => void send()}>
                {t('notice.confirm')}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
