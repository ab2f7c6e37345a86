import { useCallback, useEffect, useState } from 'react';
import { safeLinkUrl } from '../../domain/safeUrl';
import { Link, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { LoadingSpinner } from '../shared/LoadingSpinner';
import { attachmentLabel } from '../../domain/attachments';
import type { ReadAppointment } from '../../hosts/outlook/appointment';
import type { AttachmentDetailsLike } from '../../hosts/outlook/officeApi';
import { MAIN_CONTENT_ID } from '../shared/MotebokProvider';
import { useOutlookText } from './outlookText';
import { OutlookErrorBar } from './OutlookErrorBar';
import { loadReadView, type ReadRepository, type ReadView } from './readAgenda';
import { usePaneStyles } from './paneStyles';

/** Only safe links (https) become anchors: a stored URL is data, not trusted markup. */
function isWebUrl(url: string | undefined): url is string {
  return safeLinkUrl(url) !== undefined && !url?.toLowerCase().startsWith('mailto:');
}

/** The attendee's pane: the agenda with its documents in SharePoint, or what the invite carries. */
export function ReadPane({ appointment, repository }: { appointment: ReadAppointment; repository: ReadRepository }) {
  const t = useOutlookText();
  const styles = usePaneStyles();
  const [view, setView] = useState<ReadView | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);

  const load = useCallback(() => {
    setError(undefined);
    loadReadView(appointment, repository).then(setView, setError);
  }, [appointment, repository]);
  useEffect(load, [load]);

  if (error) {
    return (
      <main id={MAIN_CONTENT_ID} className={styles.main}>
        <OutlookErrorBar error={error} onRetry={load} />
      </main>
    );
  }
  if (!view) {
    return (
      <main id={MAIN_CONTENT_ID} className={styles.main}>
        <LoadingSpinner label={t('loading')} />
      </main>
    );
  }
  if (view.kind !== 'agenda') {
    const message = view.kind === 'noAccess' ? t('read.noAccess.body') : t(`read.${view.kind}`);
    return (
      <main id={MAIN_CONTENT_ID} className={styles.main}>
        <h1 className={styles.heading}>{t('read.heading', { agendaHeading: '' })}</h1>
        <MessageBar intent="info" layout="multiline" role="status">
          <MessageBarBody>
            {view.kind === 'noAccess' ? <MessageBarTitle>{t('read.noAccess.title')}</MessageBarTitle> : null}
            {message}
          </MessageBarBody>
        </MessageBar>
        <InviteFiles files={view.inInvite} />
      </main>
    );
  }
  const { meeting } = view;
  const heading = t('read.heading', { agendaHeading: view.agendaHeading });
  return (
    <main id={MAIN_CONTENT_ID} className={styles.main}>
      <h1 className={styles.heading}>{heading}</h1>
      <ol className={styles.agenda} aria-label={heading}>
        {meeting.items.map((item) => {
          const docs = [
            ...(item.caseMemo ? [{ key: 'memo', label: `${t('read.caseMemo')}: ${item.caseMemo.fileName}`, url: item.caseMemo.webUrl }] : []),
            ...item.attachments.map((a) => ({ key: a.id, label: attachmentLabel(a, item), url: a.webUrl })),
          ];
          return (
            <li key={item.id}>
              {item.caseNumber ? <span className={styles.caseNumber}>{item.caseNumber}</span> : null}
              {item.title}
              {docs.length > 0 ? (
                <ul className={styles.docs}>
                  {docs.map((doc) => (
                    <li key={doc.key}>
                      {isWebUrl(doc.url) ? (
                        <Link href={doc.url} target="_blank" rel="noopener noreferrer" aria-label={t('read.open', { name: doc.label })}>
                          {doc.label}
                        </Link>
                      ) : (
                        <span className={styles.muted}>{doc.label}</span>
                      )}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ol>
    </main>
  );
}

function InviteFiles({ files }: { files: AttachmentDetailsLike[] }) {
  const t = useOutlookText();
  const styles = usePaneStyles();
  return (
    <section aria-labelledby="motebok-invite-files">
      <h2 id="motebok-invite-files" className={styles.subheading}>
        {t('read.inInvite')}
      </h2>
      {files.length === 0 ? (
        <p className={styles.muted}>{t('read.noFilesInInvite')}</p>
      ) : (
        <ul className={styles.list}>
          {files.map((file) => (
            <li key={file.id ?? file.name}>{file.name}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
