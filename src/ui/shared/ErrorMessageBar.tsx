import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useCommonText } from './commonText';
import { describeError } from './describeError';

export interface ErrorMessageBarProps {
  error: unknown;
  onDismiss?: () => void;
  /** Offered for conflicts and bugs: load the stored version again. */
  onReload?: () => void;
  /** Offered for conflicts: write the user's version over the stored one. */
  onKeepMine?: () => void;
}

/** Shows any error as a Norwegian (or the user's language) message with the actions that fit it. */
export function ErrorMessageBar({ error, onDismiss, onReload, onKeepMine }: ErrorMessageBarProps) {
  const t = useCommonText();
  const described = describeError(error, t);
  const conflict = described.kind === 'conflict';
  return (
    <MessageBar intent={conflict ? 'warning' : 'error'} layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{conflict ? t('save.conflict') : t('error.title')}</MessageBarTitle>
        {described.message}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          onDismiss ? <Button appearance="transparent" aria-label={t('error.dismiss')} icon={<DismissRegular />} onClick={onDismiss} /> : undefined
        }
      >
        {onReload ? <Button onClick={onReload}>{t('error.reload')}</Button> : null}
        {conflict && onKeepMine ? <Button onClick={onKeepMine}>{t('error.keepMine')}</Button> : null}
      </MessageBarActions>
    </MessageBar>
  );
}
