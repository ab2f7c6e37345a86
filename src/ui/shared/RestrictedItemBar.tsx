import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useCommonText } from './commonText';

/**
 * Says why a sak shows only its public version and cannot be changed: the reader may not read its list
 * row (`AgendaItem.restricted`, read from the meeting row's public stub; side panel and workspace).
 */
export function RestrictedItemBar() {
  const t = useCommonText();
  return (
    <MessageBar intent="info" layout="multiline" data-testid="item-restricted">
      <MessageBarBody>
        <MessageBarTitle>{t('restricted.title')}</MessageBarTitle>
        {t('restricted.body')}
      </MessageBarBody>
    </MessageBar>
  );
}
