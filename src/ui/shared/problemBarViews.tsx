import type { ReactNode } from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle, type MessageBarIntent } from '@fluentui/react-components';

export { ErrorMessageBar } from './ErrorMessageBar';

/**
 * The bars a page shows only when something is wrong or degraded, with Fluent's MessageBar and
 * Button: a chunk of their own (`lateProblemBars.tsx`), not part of a page's start-up.
 */
export function NoticeBar({ intent, children, testId }: { intent: MessageBarIntent; children: ReactNode; testId?: string }) {
  return (
    <MessageBar intent={intent} layout="multiline" data-testid={testId}>
      <MessageBarBody>{children}</MessageBarBody>
    </MessageBar>
  );
}

/** A page that could not start: what went wrong, and "Prøv igjen". */
export function BootFailureBar({ title, message, retry, onRetry }: { title: string; message: string; retry: string; onRetry: () => void }) {
  return (
    <>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
          {message}
        </MessageBarBody>
      </MessageBar>
      <div>
        <Button appearance="primary" onClick={onRetry}>
          {retry}
        </Button>
      </div>
    </>
  );
}
