import { useEffect, useRef, useState } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { MeetingRepository } from '../../domain/ports';
import { useWorkspaceText } from './text';

/**
 * Said once to the secretariat when the site was set up before some of Møtebok's columns existed
 * (`MeetingRepository.onSetUpDue`): a save went through without them, or the start-up check found
 * them missing before anyone saved; «Klargjør SharePoint-området» adds them. Only the workspace shows
 * it: a referent saving in a meeting is never told (their save is not lost). Dismissed or done, it
 * does not come back this session.
 *
 * The start-up check (`checkSetUp`, one request per session) runs once `secretariat` says the
 * signed-in person is in a committee's secretariat — the workspace's one answer
 * (`useSecretariatMembership`, given after the first screen is shown and the permission check has
 * answered for this user). Members are never asked about, nor told.
 */
export function SetUpDueBar({ repository, provision, busy, secretariat }: { repository: Pick<MeetingRepository, 'onSetUpDue' | 'checkSetUp'>; provision: () => Promise<void>; busy: boolean; secretariat: boolean | undefined }) {
  const t = useWorkspaceText();
  const [state, setState] = useState<'quiet' | 'due' | 'closed'>('quiet');
  const checked = useRef(false);
  useEffect(() => repository.onSetUpDue?.(() => setState((previous) => (previous === 'quiet' ? 'due' : previous))), [repository]);
  // After the listener above is in place; once per page. A failed check says nothing: a refused save still tells.
  useEffect(() => {
    if (secretariat !== true || checked.current || !repository.checkSetUp) return;
    checked.current = true;
    repository.checkSetUp().catch(() => undefined);
  }, [secretariat, repository]);
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
