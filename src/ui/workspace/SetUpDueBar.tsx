import { useEffect, useState } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { MeetingRepository } from '../../domain/ports';
import { useWorkspaceText } from './text';

/**
 * Said once to the secretariat when the site was set up before some of Møtebok's columns existed
 * (`MeetingRepository.onSetUpDue`): a save went through without them, or — with `checkNow` — the
 * start-up check (`checkSetUp`, one request) found them missing before anyone saved; «Klargjør
 * SharePoint-området» adds them. Only the workspace shows it: a referent saving in a meeting is never
 * told (their save is not lost). Dismissed or done, it does not come back this session.
 */
export function SetUpDueBar({ repository, provision, busy, checkNow = false }: { repository: Pick<MeetingRepository, 'onSetUpDue' | 'checkSetUp'>; provision: () => Promise<void>; busy: boolean; checkNow?: boolean }) {
  const t = useWorkspaceText();
  const [state, setState] = useState<'quiet' | 'due' | 'closed'>('quiet');
  useEffect(() => repository.onSetUpDue?.(() => setState((previous) => (previous === 'quiet' ? 'due' : previous))), [repository]);
  // After the listener above is in place; a failed check says nothing (a save would still tell).
  useEffect(() => {
    if (checkNow) repository.checkSetUp?.().catch(() => undefined);
  }, [checkNow, repository]);
  if (state !== 'due') return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('setUpDue.title')}</MessageBarTitle>
        {t('setUpDue.body')}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" disabled={busy} onClick={() => void provision().then(() => setState('closed'))}>
          {busy ? t('provision.working') : t('provision.action')}
        </Button>
        <Button onClick={() => setState('closed')}>{t('setUpDue.later')}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
