import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Meeting } from '../../domain/model';
import { disqualificationsForItem } from '../meeting/attendance';
import { useSidePanelText } from './recorderText';

/**
 * Inhabilitet recorded for a sak, shown to the referent where that sak is treated, so who steps
 * out (and who takes the seat) is in front of them when the conclusion is written.
 */
export function DisqualificationNotice({ meeting, itemId }: { meeting: Meeting; itemId: string }) {
  const t = useSidePanelText();
  const entries = disqualificationsForItem(meeting, itemId);
  if (entries.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="disqualification-notice">
      <MessageBarBody>
        <MessageBarTitle>{t('disq.active')}</MessageBarTitle>
        {entries.map((entry, index) => {
          const decision = entry.decision === undefined ? t('disq.undecided') : t(`disq.${entry.decision}`);
          const parts = [t('disq.activeLine', { name: entry.person, decision }), entry.ground, entry.replacedBy === undefined ? undefined : t('disq.activeReplaced', { name: entry.replacedBy })];
          return <div key={`${index}-${entry.person}`}>{parts.filter((part) => part !== undefined && part !== '').join(' – ')}</div>;
        })}
      </MessageBarBody>
    </MessageBar>
  );
}
