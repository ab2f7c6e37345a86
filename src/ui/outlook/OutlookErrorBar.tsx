import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { OutlookHostError } from '../../hosts/outlook/outlookErrors';
import { ErrorMessageBar } from '../shared/ErrorMessageBar';
import { useOutlookText } from './outlookText';

/** Outlook's own failures in the user's language; everything else through the shared error bar. */
export function OutlookErrorBar({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useOutlookText();
  if (!(error instanceof OutlookHostError)) return <ErrorMessageBar error={error} onReload={onRetry} />;
  return (
    <MessageBar intent={error.code === 'requirementMissing' ? 'warning' : 'error'} layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t('error.title')}</MessageBarTitle>
        {t(`error.${error.code}`)}
      </MessageBarBody>
      {onRetry ? (
        <MessageBarActions>
          <Button onClick={onRetry}>{t('retry')}</Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
