import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useCommonText } from './commonText';

/** Says why a sak cannot be changed once the referat is approved, and how to reopen it (side panel and workspace). */
export function MinutesFrozenBar() {
  const t = useCommonText();
  return (
    <MessageBar intent="info" layout="multiline" data-testid="minutes-frozen">
      <MessageBarBody>
        <MessageBarTitle>{t('frozen.title')}</MessageBarTitle>
        {t('frozen.body')}
      </MessageBarBody>
    </MessageBar>
  );
}
