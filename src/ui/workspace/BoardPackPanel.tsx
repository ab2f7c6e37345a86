import { Button, Link, ProgressBar, Text, Title3, makeStyles } from '@fluentui/react-components';
import { BookRegular, OpenRegular } from '@fluentui/react-icons';
import { useEffect } from 'react';
import type { DocumentRef, MeetingFile } from '../../domain/model';
import { packWords } from '../../domain/packWord';
import { isSafeUrl } from '../../domain/safeUrl';
import { ErrorMessageBar } from '../shared/ErrorMessageBar';
import { useServices } from '../shared/ServicesContext';
import { useWorkspaceText } from './panelText';
import { useBoardPack } from './useBoardPack';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '8px', maxWidth: '720px' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'center' },
});

/**
 * «Lag møtebok (PDF)» (in the committee's word, `packWords`), before or after the innkalling is sent: builds the pack (loaded by `import()`
 * with pdf-lib, never with the page), shows progress per document, and links to the stored pack.
 * It tells the notice panel (`onStored`) when a pack is in the folder, which then offers it for the
 * next send; a pack made here never changes an invite already sent (the sender links it, NoticePanel).
 */
export function BoardPackPanel({ file, onStored }: { file: MeetingFile; onStored?: (ref: DocumentRef) => void }) {
  const t = useWorkspaceText();
  const styles = useStyles();
  const { boardPacks } = useServices();
  const pack = useBoardPack(boardPacks, file);
  const { stored } = pack;
  useEffect(() => {
    if (stored) onStored?.(stored);
  }, [stored, onStored]);
  if (!boardPacks) return null;
  // The committee's word for the PDF of the papers, in its målform (as the PDF's title page and the send dialog).
  const words = packWords(file.committee.conventions, file.committee.languageForm);
  const notice = file.meeting.notice;
  // Where the pack stands with the innkalling: not sent yet, linked, or waiting for the next update.
  const linkNote = !notice ? t('packLink.beforeSending', words) : notice.boardPackUrl ? t('packLink.linked', words) : pack.stored ? t('packLink.pending', words) : undefined;
  const { progress } = pack;
  const status = !progress
    ? t('pack.starting')
    : progress.phase === 'store'
      ? t('pack.storing', words)
      : progress.current
        ? t('pack.fetching', { done: progress.done + 1, total: progress.total, title: progress.current.title })
        : t('pack.writing', words);
  const value = progress && progress.total > 0 ? (progress.phase === 'store' ? 1 : progress.done / progress.total) : undefined;
  const link = pack.stored?.webUrl && isSafeUrl(pack.stored.webUrl) ? pack.stored.webUrl : undefined;
  return (
    <section className={styles.root} aria-labelledby="pack-heading">
      <Title3 as="h3" id="pack-heading">
        {t('pack.heading', words)}
      </Title3>
      <Text>{t('pack.intro')}</Text>
      {linkNote ? <Text>{linkNote}</Text> : null}
      {pack.error !== undefined ? <ErrorMessageBar error={pack.error} onDismiss={pack.dismissError} /> : null}
      <div className={styles.actions}>
        <Button icon={<BookRegular />} disabled={pack.building} onClick={() => void pack.build()}>
          {pack.stored ? t('pack.rebuild', words) : t('pack.build', words)}
        </Button>
        {link && !pack.building ? (
          <Link href={link} target="_blank" rel="noreferrer">
            <OpenRegular aria-hidden /> {t('pack.open', words)}
          </Link>
        ) : null}
      </div>
      <div role="status" aria-live="polite">
        {pack.building ? (
          <>
            <Text>{status}</Text>
            <ProgressBar value={value} max={1} aria-label={t('pack.progressLabel', words)} aria-valuetext={status} />
          </>
        ) : pack.result ? (
          <>
            <Text>{t('pack.done', { ...words, pages: pack.result.layout.totalPages })}</Text>
            {pack.result.layout.leftOut.length > 0 ? <Text block>{t('pack.leftOut', { ...words, count: pack.result.layout.leftOut.length })}</Text> : null}
            {pack.result.plan.view === 'public' ? <Text block>{t('pack.publicView', words)}</Text> : null}
          </>
        ) : null}
      </div>
    </section>
  );
}
