import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useCommonText } from './commonText';
import { defineNamespace } from './i18n';
import { errorBarChoice, type ErrorMessageBarProps } from './errorBarChoice';

export type { ErrorMessageBarProps } from './errorBarChoice';

// The fold of a failure's detail: here, not in `common`, since this bar is fetched when first shown (no page starts with it).
const nb = { details: 'Detaljer' };
const nn: Record<keyof typeof nb, string> = { details: 'Detaljar' };
const en: Record<keyof typeof nb, string> = { details: 'Details' };
const useBarText = defineNamespace('errorBar', { nb, nn, en });

/** Shows any error as a Norwegian (or the user's language) message with the actions that fit it (`errorBarChoice`). */
export function ErrorMessageBar(props: ErrorMessageBarProps) {
  const t = useCommonText();
  const bar = useBarText();
  const { described, conflict, title, actions, dismiss } = errorBarChoice(props, t);
  return (
    <MessageBar intent={conflict ? 'warning' : 'error'} layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {described.message}
        {described.detail ? (
          // For support: the request and what was wrong, folded away under the words the user reads.
          <details data-testid="error-detail">
            <summary>{bar('details')}</summary>
            <code>{described.detail}</code>
          </details>
        ) : null}
      </MessageBarBody>
      <MessageBarActions
        containerAction={dismiss ? <Button appearance="transparent" aria-label={dismiss.label} icon={<DismissRegular />} onClick={dismiss.onClick} /> : undefined}
      >
        {actions.map((action) => (
          <Button key={action.id} onClick={action.onClick}>
            {action.label}
          </Button>
        ))}
      </MessageBarActions>
    </MessageBar>
  );
}
