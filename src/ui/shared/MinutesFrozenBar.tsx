import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Wording } from '../../domain/conventions';
import { useEditingText } from './editing/editingText';
import { wordingValues } from './wordingValues';

/** Why a sak cannot be changed here, in one shape for every reason (side panel and workspace). */
function LockedItemBar({ reason, testId, words }: { reason: 'frozen' | 'restricted'; testId: string; words?: Wording }) {
  const t = useEditingText();
  const values = words ? wordingValues(words) : undefined;
  return (
    <MessageBar intent="info" layout="multiline" data-testid={testId}>
      <MessageBarBody>
        <MessageBarTitle>{t(`${reason}.title`, values)}</MessageBarTitle>
        {t(`${reason}.body`, values)}
      </MessageBarBody>
    </MessageBar>
  );
}

/**
 * Says why a sak cannot be changed once the referat is approved, and how to reopen it (side panel and
 * workspace), naming the record in the committee's `words` («Protokollen er godkjent»).
 */
export function MinutesFrozenBar({ words }: { words: Wording }) {
  return <LockedItemBar reason="frozen" testId="minutes-frozen" words={words} />;
}

/**
 * Says why a sak shows only its public version and cannot be changed: the reader may not read its list
 * row (`AgendaItem.restricted`, read from the meeting row's public stub; side panel and workspace).
 */
export function RestrictedItemBar() {
  return <LockedItemBar reason="restricted" testId="item-restricted" />;
}
