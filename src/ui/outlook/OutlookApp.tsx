import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { MeetingRepository } from '../../domain/ports';
import type { OutlookHost } from '../../hosts/outlook/initializeOutlookHost';
import { ComposeAppointment } from '../../hosts/outlook/appointment';
import { MAIN_CONTENT_ID } from '../shared/MotebokProvider';
import { useOutlookText } from './outlookText';
import { ComposePane } from './ComposePane';
import { ReadPane } from './ReadPane';
import { usePaneStyles } from './paneStyles';

export interface OutlookAppProps {
  outlook: OutlookHost;
  repository: MeetingRepository;
  /** Base URL the app is served from (the "Åpne møtet i Møtebok" link in the invite). */
  appUrl: string;
}

/** Picks the pane for where it was opened: organiser, attendee, an e-mail, or outside Outlook. */
export function OutlookApp({ outlook, repository, appUrl }: OutlookAppProps) {
  const t = useOutlookText();
  const styles = usePaneStyles();
  if (outlook.host === 'notOutlook' || !outlook.appointment) {
    const notOutlook = outlook.host === 'notOutlook';
    return (
      <main id={MAIN_CONTENT_ID} className={styles.main}>
        <h1 className={styles.heading}>{t('title')}</h1>
        <MessageBar intent="info" layout="multiline" role="status">
          <MessageBarBody>
            {notOutlook ? <MessageBarTitle>{t('notOutlook.title')}</MessageBarTitle> : null}
            {notOutlook ? t('notOutlook.body') : t('notAppointment')}
          </MessageBarBody>
        </MessageBar>
      </main>
    );
  }
  if (outlook.appointment instanceof ComposeAppointment) {
    return <ComposePane appointment={outlook.appointment} repository={repository} canAttachFiles={outlook.requirements.itemIdAndAttachments} appUrl={appUrl} />;
  }
  return <ReadPane appointment={outlook.appointment} repository={repository} />;
}
