import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ExemptUnreachable } from '../../domain/recipientReach';
import { defineNamespace } from '../shared/i18n';
import { exemptUnreachableMessages } from './exemptUnreachableMessages';

const useExemptUnreachableText = defineNamespace('exemptUnreachable', exemptUnreachableMessages);

/**
 * In the send dialog, before Send: each invitee with no account who may see a sak unntatt offentlighet, and the saker. The
 * send must grant her Read on them, which SharePoint refuses for an address it does not know, so Send waits (NoticePanel)
 * and the secretary is told her three ways out, instead of pressing Send and being refused after the work has begun.
 */
export function ExemptUnreachableNote({ entries }: { entries: readonly ExemptUnreachable[] }) {
  const t = useExemptUnreachableText();
  if (entries.length === 0) return null;
  return (
    <MessageBar intent="error" layout="multiline" data-testid="notice-exempt-unreachable">
      <MessageBarBody>
        <MessageBarTitle>{t('title')}</MessageBarTitle>
        <ul>
          {entries.map(({ invitee, saker }) => {
            const who = invitee.name ? `${invitee.name} <${invitee.address}>` : invitee.address;
            return <li key={invitee.address}>{t('line', { who, saker: saker.map((item) => t('sak', { item })).join(t('and')) })}</li>;
          })}
        </ul>
        {t('what')}
      </MessageBarBody>
    </MessageBar>
  );
}
