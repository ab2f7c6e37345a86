import { Suspense, useEffect, useRef, useState } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { afterSakWord } from '../../domain/sakWord';
import type { MeetingRepository, RowAccessFailure } from '../../domain/ports';
import { useCommonText } from '../shared/commonText';
import { describeError } from '../shared/describeError';
import { useWorkspaceText } from './text';
import { loadableView } from '../shared/loadableView';

// «Rett tilgangene» asks first in the permission warning's chunk (its ConfirmDialog and panel texts), never at start-up;
// fetched when the bar is shown, so the dialog opens at the press (`loadableView`: a failed fetch is tried again).
const { View: RowAccessRepairConfirm, preload: preloadRepairConfirm } = loadableView(() =>
  import(/* webpackChunkName: "permissions-warning" */ './RowAccessRepairConfirm').then((module) => module.RowAccessRepairConfirm),
);

/**
 * Said to the secretariat when a save stored a sak holding exempt content but could not close its
 * row in SharePoint (`MeetingRepository.onRowAccessFailed`, the repository's save), or when a save of
 * the committee's settings changed who is entitled but could not set the rows' access: what was typed
 * is stored, and the row stays readable by everyone with access to the list until «Rett tilgangene»
 * (which the start-up check also offers, `exemptRowOpen`). Names the saker and why; cleared by a
 * repair or when dismissed, shown again by the next failure. «Rett tilgangene» only for someone who
 * may manage the site's permissions (`canRepair`, `useSitePermissions`); anyone else (a secretariat
 * from outside: a guest's save cannot close the row) is told that the site owner must do it. «Rett tilgangene»
 * changes who can read rows, so it asks first, as the permission warning's does (`RowAccessRepairConfirm.tsx`).
 */
export function RowAccessFailedBar({ repository, repair, canRepair, repairing }: { repository: Pick<MeetingRepository, 'onRowAccessFailed'>; repair: () => Promise<void>; canRepair: boolean; repairing: boolean }) {
  const t = useWorkspaceText();
  const common = useCommonText();
  const [failure, setFailure] = useState<RowAccessFailure | undefined>();
  const [confirming, setConfirming] = useState(false);
  // Mounted once asked and kept, so the dialog closes with its motion and gives the focus back (ConfirmDialog).
  const [asked, setAsked] = useState(false);
  const repairButton = useRef<HTMLButtonElement>(null);
  useEffect(() => repository.onRowAccessFailed?.((next) => setFailure(next)), [repository]);
  const offered = failure !== undefined && canRepair;
  useEffect(() => {
    if (offered) void preloadRepairConfirm();
  }, [offered]);
  if (!failure) return null;
  const named = failure.saker.map((sak) => (sak.caseNumber ? t('rowAccess.sak', { number: afterSakWord(sak.caseNumber), title: sak.title }) : t('rowAccess.newSak', { title: sak.title })));
  const saker = named.join(', ');
  const reason = describeError(failure.error, common).message;
  // A settings save (the committee named) changed who is entitled; a meeting's save stored a sak it could not close.
  const settings = failure.committeeId !== undefined;
  const body = !settings ? t('rowAccess.body', { saker, reason }) : failure.saker.length > 0 ? t('rowAccess.settingsBody', { saker, reason }) : t('rowAccess.settingsUnknown', { reason });
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t(settings ? 'rowAccess.settingsTitle' : 'rowAccess.title')}</MessageBarTitle>
        {body}
        {canRepair ? null : ` ${t('rowAccess.siteOwnerNeeded')}`}
      </MessageBarBody>
      <MessageBarActions>
        {canRepair ? (
          <Button ref={repairButton} appearance="primary" disabled={repairing} onClick={() => {
              setAsked(true);
              setConfirming(true);
            }}>
            {repairing ? t('permissions.repairing') : t('permissions.repair')}
          </Button>
        ) : null}
        <Button onClick={() => setFailure(undefined)}>{t('rowAccess.later')}</Button>
      </MessageBarActions>
      {canRepair && asked ? (
        <Suspense fallback={null}>
          <RowAccessRepairConfirm
            open={confirming}
            rows={named}
            settings={settings}
            onConfirm={() => {
              setConfirming(false);
              void repair().then(() => setFailure(undefined));
            }}
            onCancel={() => setConfirming(false)}
            returnFocusTo={repairButton}
          />
        </Suspense>
      ) : null}
    </MessageBar>
  );
}
