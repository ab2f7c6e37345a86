import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { PermissionFinding } from '../../graph/sitePermissions';
import { ErrorMessageBar } from '../shared/ErrorMessageBar';
import { useWorkspaceText } from './text';

/** How many differences are named; the rest are counted, so a badly drifted site stays readable. */
const SHOWN = 6;

/**
 * The permission check's warning: what differs from what Møtebok wants on the site (unique
 * permissions, versioning), and — for the secretariat (`canRepair`) — a button that repairs it.
 * Someone else who is shown it (a site owner outside every secretariat) is told who can repair it
 * and how, instead of being offered a repair that would refuse them. Nothing when all is as it should be.
 */
export function PermissionsWarning({ findings, canRepair, repairing, repairError, onRepair }: {
  findings: readonly PermissionFinding[];
  canRepair: boolean;
  repairing: boolean;
  repairError: unknown;
  onRepair: () => void;
}) {
  const t = useWorkspaceText();
  if (findings.length === 0 && repairError === undefined) return null;
  const messages = [...new Set(findings.map((f) => f.message))];
  return (
    <>
      {findings.length > 0 ? (
        <MessageBar intent="warning" layout="multiline" data-testid="permissions-warning">
          <MessageBarBody>
            <MessageBarTitle>{t('permissions.title')}</MessageBarTitle>
            {t('permissions.body')}
            <ul>
              {messages.slice(0, SHOWN).map((message) => (
                <li key={message}>{message}</li>
              ))}
              {messages.length > SHOWN ? <li>{t('permissions.more', { count: messages.length - SHOWN })}</li> : null}
            </ul>
            {canRepair ? null : t('permissions.ownerOnly')}
          </MessageBarBody>
          {canRepair ? (
            <MessageBarActions>
              <Button appearance="primary" disabled={repairing} onClick={onRepair}>
                {repairing ? t('permissions.repairing') : t('permissions.repair')}
              </Button>
            </MessageBarActions>
          ) : null}
        </MessageBar>
      ) : null}
      {repairError !== undefined ? <ErrorMessageBar error={repairError} /> : null}
    </>
  );
}
