import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { PermissionFinding } from '../../graph/sitePermissions';
import { ErrorMessageBar } from '../shared/ErrorMessageBar';
import { useWorkspaceText } from './text';

/** How many differences are named; the rest are counted, so a badly drifted site stays readable. */
const SHOWN = 6;

/**
 * The permission check's warning: what differs from what Møtebok wants on the site (unique
 * permissions, versioning), and a button that repairs it. Nothing when all is as it should be.
 */
export function PermissionsWarning({ findings, repairing, repairError, onRepair }: { findings: readonly PermissionFinding[]; repairing: boolean; repairError: unknown; onRepair: () => void }) {
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
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" disabled={repairing} onClick={onRepair}>
              {repairing ? t('permissions.repairing') : t('permissions.repair')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {repairError !== undefined ? <ErrorMessageBar error={repairError} /> : null}
    </>
  );
}
