import { Suspense, useId, useRef, useState, type DragEvent } from 'react';
import { safeLinkUrl } from '../../domain/safeUrl';
import { Button, Link, MessageBar, MessageBarActions, MessageBarBody, ProgressBar, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { AttachRegular, DeleteRegular } from '@fluentui/react-icons';
import type { AgendaItem, Committee, Meeting } from '../../domain/model';
import { attachmentLabel } from '../../domain/attachments';
import { formatMegabytes } from '../../domain/limits';
import type { FileNameProblem } from '../../domain/fileNames';
import { ErrorMessageBar } from '../shared/ErrorMessageBar';
import { describeReason, loadMeetingFileWording } from '../shared/describeError';
import { useCommonText } from '../shared/commonText';
import { useServices } from '../shared/ServicesContext';
import type { AgendaEditor } from './agendaEditor';
import { useWorkspaceText } from './panelText';
import { checkUpload, withAttachment, withoutAttachment } from './attachmentUpload';
import { loadableView } from '../shared/loadableView';

// The same chunk as the sak's confidentiality panel (ItemEditor): loaded when a sak is opened.
const { View: AttachmentExemption } = loadableView(() => import(/* webpackChunkName: "confidentiality" */ './ConfidentialityPanel').then((module) => module.AttachmentExemption));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '8px' },
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '12px',
    display: 'flex',
    alignItems: 'center',
    gap: '8px',
    flexWrap: 'wrap',
  },
  dropActive: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '4px' },
  entry: { display: 'flex', alignItems: 'center', gap: '8px', flexWrap: 'wrap' },
  hiddenInput: { position: 'absolute', width: '1px', height: '1px', opacity: 0, overflow: 'hidden' },
});

interface Upload {
  name: string;
  sent: number;
  total: number;
}

interface NameProblem {
  file: File;
  problems: FileNameProblem[];
  suggestion: string;
}

/**
 * The item's vedlegg: drop files or choose them; names and sizes are checked before anything is
 * uploaded (a bad name gets the reason and a safe suggestion to accept), large files show
 * progress, and each vedlegg can be opened or removed.
 */
export function AttachmentsPanel({ committee, meeting, item, editor }: { committee: Committee; meeting: Meeting; item: AgendaItem; editor: AgendaEditor }) {
  const t = useWorkspaceText();
  const common = useCommonText();
  const styles = useStyles();
  const { repository } = useServices();
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const [dragging, setDragging] = useState(false);
  const [upload, setUpload] = useState<Upload | undefined>(undefined);
  const [nameProblem, setNameProblem] = useState<NameProblem | undefined>(undefined);
  const [messages, setMessages] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(undefined);

  const uploadAs = async (file: File, fileName: string) => {
    setUpload({ name: fileName, sent: 0, total: file.size });
    try {
      const ref = await repository.uploadDocument(committee, meeting, fileName, file, (progress) =>
        setUpload({ name: fileName, sent: progress.bytesSent, total: progress.totalBytes }),
      );
      editor.updateMeeting((current) => withAttachment(current, item.id, ref, crypto.randomUUID()));
    } catch (caught) {
      setError(caught);
    } finally {
      setUpload(undefined);
    }
  };

  const accept = async (files: readonly File[]) => {
    setMessages([]);
    setError(undefined);
    for (const file of files) {
      const check = checkUpload(file.name, file.size, committee.attachmentMode);
      // A refusal's words are a chunk of their own (the rules' reasons): here before it shows.
      if (!check.ok) await loadMeetingFileWording().catch(() => undefined);
      if (check.ok) {
        await uploadAs(file, check.fileName);
      } else if (check.reason === 'size') {
        setMessages((current) => [...current, t('attachments.tooLarge', { name: file.name, message: describeReason(check.size, common) })]);
      } else {
        // One name question at a time; the rest of the batch waits for the user to choose again.
        setNameProblem({ file, problems: check.problems, suggestion: check.suggestion });
        return;
      }
    }
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    void accept([...event.dataTransfer.files]);
  };

  // Removing a vedlegg unlinks it from the sak; the file stays in the library. It may be shared
  // (the previous minutes are the earlier meeting's file) or already sent with the notice.
  const remove = (attachmentId: string) => {
    editor.updateMeeting((current) => withoutAttachment(current, item.id, attachmentId));
  };

  return (
    <section className={styles.root} aria-label={t('attachments.heading')}>
      <strong>{t('attachments.heading')}</strong>
      {item.attachments.length === 0 ? (
        <Text size={200}>{t('attachments.none')}</Text>
      ) : (
        <ul className={styles.list}>
          {item.attachments.map((attachment) => {
            const label = attachmentLabel(attachment, item);
            return (
              <li key={attachment.id} className={styles.entry}>
                {safeLinkUrl(attachment.webUrl) ? (
                  <Link href={safeLinkUrl(attachment.webUrl)} target="_blank" rel="noopener noreferrer" aria-label={t('attachments.open', { name: label })}>
                    {label}
                  </Link>
                ) : (
                  <Text>{label}</Text>
                )}
                {attachment.size !== undefined ? <Text size={200}>({formatMegabytes(attachment.size)})</Text> : null}
                <Button appearance="subtle" icon={<DeleteRegular />} aria-label={t('attachments.remove', { name: label })} onClick={() => remove(attachment.id)} />
                <Suspense fallback={null}>
                  <AttachmentExemption item={item} attachment={attachment} label={label} editor={editor} />
                </Suspense>
              </li>
            );
          })}
        </ul>
      )}
      {nameProblem ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t('attachments.badName', { name: nameProblem.file.name })}
            <ul>
              {nameProblem.problems.map((problem) => (
                <li key={problem.code + (problem.character ?? '')}>{describeReason(problem.reason, common)}</li>
              ))}
            </ul>
          </MessageBarBody>
          <MessageBarActions>
            <Button
              appearance="primary"
              onClick={() => {
                const { file, suggestion } = nameProblem;
                setNameProblem(undefined);
                void uploadAs(file, suggestion);
              }}
            >
              {t('attachments.useSuggestion', { suggestion: nameProblem.suggestion })}
            </Button>
            <Button onClick={() => setNameProblem(undefined)}>{t('attachments.cancel')}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {messages.map((message) => (
        <MessageBar key={message} intent="error" layout="multiline">
          <MessageBarBody>{message}</MessageBarBody>
        </MessageBar>
      ))}
      {error !== undefined ? <ErrorMessageBar error={error} onDismiss={() => setError(undefined)} /> : null}
      {upload ? (
        <div role="status">
          <Text size={200}>
            {t('attachments.uploading', { name: upload.name })} {t('attachments.progress', { sent: formatMegabytes(upload.sent), total: formatMegabytes(upload.total) })}
          </Text>
          <ProgressBar value={upload.total > 0 ? upload.sent / upload.total : 0} max={1} aria-label={t('attachments.uploading', { name: upload.name })} />
        </div>
      ) : null}
      <div
        className={mergeClasses(styles.drop, dragging && styles.dropActive)}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <Text>{t('attachments.drop')}</Text>
        <Button icon={<AttachRegular />} disabled={upload !== undefined} onClick={() => inputRef.current?.click()}>
          {t('attachments.choose')}
        </Button>
        <input
          ref={inputRef}
          id={inputId}
          type="file"
          multiple
          tabIndex={-1}
          aria-hidden="true"
          className={styles.hiddenInput}
          onChange={(event) => {
            const files = event.target.files ? [...event.target.files] : [];
            event.target.value = '';
            void accept(files);
          }}
        />
      </div>
    </section>
  );
}
