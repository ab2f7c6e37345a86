import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { AdvisoryMarkChange } from '../../domain/advisoryMarkChanges';
import { defineNamespace } from '../shared/i18n';
import { advisoryMarkMessages } from './advisoryMarkMessages';

const useAdvisoryMarkText = defineNamespace('advisoryMarks', advisoryMarkMessages);

/**
 * In the «Send oppdatert innkalling» dialog: the saksganger the workspace re-marked on open (useKnownAdvisoryMarks.ts), each
 * sak with the heading its proposal had in the last send and has now, and why (the råd's «gir uttalelse» setting) with where
 * to change it, so a secretary who finds an update waiting that she did not make knows what she sends.
 */
export function AdvisoryMarksNote({ changes }: { changes: readonly AdvisoryMarkChange[] }) {
  const t = useAdvisoryMarkText();
  if (changes.length === 0) return null;
  const bodies = [...new Set(changes.map((change) => change.body))].join(', ');
  return (
    <MessageBar intent="info" layout="multiline" data-testid="notice-advisory-marks">
      <MessageBarBody>
        <MessageBarTitle>{t('title')}</MessageBarTitle>
        <ul>
          {changes.map((change) => {
            const values = { sak: change.label, body: change.body, advisory: change.advisory ? 'yes' : 'no', before: change.before, after: change.after };
            return <li key={`${change.label} ${change.body}`}>{t(change.before === change.after ? 'same' : 'changed', values)}</li>;
          })}
        </ul>
        {t('why', { bodies })}
      </MessageBarBody>
    </MessageBar>
  );
}
