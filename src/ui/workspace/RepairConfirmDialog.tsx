import type { RefObject } from 'react';
import { makeStyles } from '@fluentui/react-components';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { useWorkspaceText } from './panelText';

/** The dialog's lead and its list without the browser's margins: the dialog's own gap sets them apart. */
const useStyles = makeStyles({ flush: { margin: 0 } });

/**
 * «Rett tilgangene» asks first, wherever it is offered (the permission warning, `PermissionsWarning.tsx`, and the
 * row-access bar, `RowAccessRepairConfirm.tsx`): the shared alert dialog (`ui/shared/ConfirmDialog.tsx`: «Avbryt»
 * first and focused, Escape cancels, the focus back on the button), one title and lead, and the list of what the
 * repair will change, worded by the caller.
 */
export function RepairConfirmDialog({ open, changes, testId, onConfirm, onCancel, returnFocusTo }: {
  open: boolean;
  changes: readonly string[];
  testId: string;
  onConfirm: () => void;
  onCancel: () => void;
  returnFocusTo: RefObject<HTMLElement | null>;
}) {
  const t = useWorkspaceText();
  const styles = useStyles();
  return (
    <ConfirmDialog
      open={open}
      title={t('permissions.confirm.title')}
      confirmLabel={t('permissions.repair')}
      cancelLabel={t('permissions.confirm.cancel')}
      onConfirm={onConfirm}
      onCancel={onCancel}
      testId={testId}
      returnFocusTo={returnFocusTo}
    >
      <p className={styles.flush}>{t('permissions.confirm.body')}</p>
      <ul className={styles.flush}>
        {changes.map((change) => (
          <li key={change}>{change}</li>
        ))}
      </ul>
    </ConfirmDialog>
  );
}
