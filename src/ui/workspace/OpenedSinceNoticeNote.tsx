import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { OpenedAfterNotice } from '../../domain/confidentialityAudience';
import { defineNamespace } from '../shared/i18n';
import { openedSinceNoticeMessages } from './openedSinceNoticeMessages';

const useOpenedSinceNoticeText = defineNamespace('openedSinceNotice', openedSinceNoticeMessages);

/**
 * In the «Send oppdatert innkalling» dialog: each sak or vedlegg exempt in the last send that is no longer marked
 * (`openedAfterNotice`), which the send would open to every member — a marking a referent took off through Graph, or
 * someone in the secretariat by mistake — and how to keep it closed, before anything is sent.
 */
export function OpenedSinceNoticeNote({ opened }: { opened: readonly OpenedAfterNotice[] }) {
  const t = useOpenedSinceNoticeText();
  if (opened.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="notice-opened-since">
      <MessageBarBody>
        <MessageBarTitle>{t('title')}</MessageBarTitle>
        <ul>
          {opened.map((entry) => (
            <li key={`${entry.sak} ${entry.vedlegg ?? ''}`}>{entry.vedlegg === undefined ? t('sak', { sak: entry.sak }) : t('vedlegg', { sak: entry.sak, vedlegg: entry.vedlegg })}</li>
          ))}
        </ul>
        {t('why')}
      </MessageBarBody>
    </MessageBar>
  );
}
