import { useEffect, useState } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { MeetingRepository } from '../../domain/ports';
import type { Committee } from '../../domain/model';
import { isSecretariat } from '../../domain/committeeAccess';
import { askSignedInIdentity } from '../meeting/signedInIdentity';
import { useServices } from '../shared/ServicesContext';
import { useWorkspaceText } from './text';

/**
 * Said once to the secretariat when the site was set up before some of Møtebok's columns existed
 * (`MeetingRepository.onSetUpDue`): a save went through without them, or the start-up check found
 * them missing before anyone saved; «Klargjør SharePoint-området» adds them. Only the workspace shows
 * it: a referent saving in a meeting is never told (their save is not lost). Dismissed or done, it
 * does not come back this session.
 *
 * The start-up check (`checkSetUp`, one request per session) runs once `checkNow` says the first
 * screen is shown and the permission check has answered for this user (`checked`: site owners, the
 * secretariat — and, on a site whose lists still inherit its permissions, anyone who can read them),
 * and then only if the signed-in person is in a committee's secretariat (`GET /me`, shared with the
 * page; the host's identity if Graph cannot say). Members are never asked about, nor told.
 */
export function SetUpDueBar({ repository, provision, busy, checkNow = false, committees = [] }: { repository: Pick<MeetingRepository, 'onSetUpDue' | 'checkSetUp'>; provision: () => Promise<void>; busy: boolean; checkNow?: boolean; committees?: readonly Committee[] }) {
  const t = useWorkspaceText();
  const { hostContext, signedInUser } = useServices();
  const [state, setState] = useState<'quiet' | 'due' | 'closed'>('quiet');
  useEffect(() => repository.onSetUpDue?.(() => setState((previous) => (previous === 'quiet' ? 'due' : previous))), [repository]);
  const ask = checkNow && committees.length > 0 && repository.checkSetUp !== undefined;
  // After the listener above is in place. A failed check says nothing: a refused save still tells.
  useEffect(() => {
    if (!ask) return;
    void askSignedInIdentity(hostContext.user, signedInUser)
      .then((identity) => (committees.some((committee) => isSecretariat(committee, identity)) ? repository.checkSetUp?.() : undefined))
      .catch(() => undefined);
    // Once per page: the committees' identity changes on every load, what matters is that there are some.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ask, repository]);
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
