import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useEditingText } from './editing/editingText';

/** Why a sak cannot be changed here, in one shape for every reason (side panel and workspace). */
function LockedItemBar({ reason, testId }: { reason: 'frozen' | 'restricted'; testId: string }) {
  const t = useEditingText();
  return (
    <MessageBar intent="info" layout="multiline" data-testid={testId}>
      <MessageBarBody>
        <MessageBarTitle>{t(`${reason}.title`)}</MessageBarTitle>
        {t(`${reason}.body`)}
      </MessageBarBody>
    </MessageBar>
  );
}

/** Says why a sak cannot be changed once the referat is approved, and how to reopen it (side panel and workspace). */
export function MinutesFrozenBar() {
  return <LockedItemBar reason="frozen" testId="minutes-frozen" />;
}

/**
 * Says why a sak shows only its public version and cannot be changed: the reader may not read its list
 * row (`AgendaItem.restricted`, read from the meeting row's public stub; side panel and workspace).
 */
export function RestrictedItemBar() {
  return <LockedItemBar reason="restricted" testId="item-restricted" />;
}
