import { useRef, useState } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Committee } from '../../domain/model';
import { repairable, type PermissionFinding } from '../../graph/sitePermissions';
import { ErrorMessageBar } from '../shared/ErrorMessageBar';
import { useLanguage } from '../shared/i18n';
import { permissionFindingTexts } from './permissionFindingText';
import { RepairConfirmDialog } from './RepairConfirmDialog';
import { useWorkspaceText } from './panelText';

/** How many differences are named; the rest are counted, so a badly drifted site stays readable. */
const SHOWN = 6;

/**
 * The permission check's warning: in plain words what it means (someone may lack access, or have
 * access they should not) and what to do; the differences themselves behind «Vis detaljer». What differs from what Møtebok wants on the site (unique
 * permissions, versioning), and — for the secretariat who may manage the site's permissions
 * (`canRepair`) — a button that repairs it. Someone else who is shown it is told who can repair it and
 * how, instead of being offered a repair that would refuse them: a site owner outside every
 * secretariat, to ask the secretariat or join it; someone in the secretariat who is no site owner (a
 * new secretariat from outside), that the site owner must repair it or make them an owner. A finding «Rett tilgangene» cannot
 * change (`repairable`: a person without an account in the organisation, a committee nobody manages)
 * says why and what to do instead; with only such findings, neither the button nor the advice to use it. The repair
 * changes who can read and change rows, folders and files, so the button asks first (`RepairConfirmDialog`, the shared alert dialog:
 * «Avbryt» first and focused, Escape cancels, the focus back on the button), naming each change it will make.
 * Each finding is worded here, in the user's language and the words of its committee
 * (`permissionFindingText.ts`); a chunk of its own, fetched when the check finds something.
 * Nothing when all is as it should be.
 */
export function PermissionsWarning({ findings, committees, canRepair, secretariat, repairing, repairError, onRepair }: {
  findings: readonly PermissionFinding[];
  /** The committees the findings are about, for their words (referat or protokoll). */
  committees: readonly Pick<Committee, 'id' | 'conventions'>[];
  canRepair: boolean;
  /** The user is in a secretariat (so not being offered the repair means they are no site owner). */
  secretariat?: boolean | undefined;
  repairing: boolean;
  repairError: unknown;
  onRepair: () => void;
}) {
  const t = useWorkspaceText();
  // The findings are worded outside the catalogue hook: a change of language re-renders them.
  useLanguage();
  const [confirming, setConfirming] = useState(false);
  const repairButton = useRef<HTMLButtonElement>(null);
  if (findings.length === 0 && repairError === undefined) return null;
  const messages = permissionFindingTexts(findings, committees);
  const fixable = findings.some(repairable);
  // What the repair will change: the findings it can put right, not those it leaves to someone else.
  const changes = permissionFindingTexts(findings.filter(repairable), committees);
  return (
    <>
      {findings.length > 0 ? (
        <MessageBar intent="warning" layout="multiline" data-testid="permissions-warning">
          <MessageBarBody>
            <MessageBarTitle>{t('permissions.title')}</MessageBarTitle>
            {t('permissions.body')} {canRepair && fixable ? t('permissions.whatToDo') : null}
            {canRepair || !fixable ? null : t(secretariat === true ? 'permissions.siteOwnerNeeded' : 'permissions.ownerOnly')}
            {/* The lists, folders and versioning concern IT more than the secretary: closed until asked for, so the bar stays small above the screen. */}
            <details>
              <summary>{t('permissions.details')}</summary>
              <ul>
                {messages.slice(0, SHOWN).map((message) => (
                  <li key={message}>{message}</li>
                ))}
                {messages.length > SHOWN ? <li>{t('permissions.more', { count: messages.length - SHOWN })}</li> : null}
              </ul>
            </details>
          </MessageBarBody>
          {canRepair && fixable ? (
            <MessageBarActions>
              <Button ref={repairButton} appearance="primary" disabled={repairing} onClick={() => setConfirming(true)}>
                {repairing ? t('permissions.repairing') : t('permissions.repair')}
              </Button>
            </MessageBarActions>
          ) : null}
        </MessageBar>
      ) : null}
      {canRepair && fixable ? (
        <RepairConfirmDialog
          open={confirming}
          changes={changes}
          testId="permissions-confirm"
          onConfirm={() => {
            setConfirming(false);
            onRepair();
          }}
          onCancel={() => setConfirming(false)}
          returnFocusTo={repairButton}
        />
      ) : null}
      {repairError !== undefined ? <ErrorMessageBar error={repairError} /> : null}
    </>
  );
}
