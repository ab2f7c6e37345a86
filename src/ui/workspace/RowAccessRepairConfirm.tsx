import type { RefObject } from 'react';
import { makeStyles } from '@fluentui/react-components';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { useWorkspaceText } from './panelText';

/** The dialog's lead and its list without the browser's margins, as `PermissionsWarning`'s. */
const useStyles = makeStyles({ flush: { margin: 0 } });

/**
 * «Rett tilgangene» from `RowAccessFailedBar` asks first, as the permission warning's does (`PermissionsWarning.tsx`):
 * the same alert dialog (`ui/shared/ConfirmDialog.tsx`: «Avbryt» first and focused, Escape cancels, the focus back on
 * the button), the same title and lead, naming what it will change — each sak's row, worded by the bar
 * (`rows`: closed after a meeting's save, given the settings' access after a settings save), or, after a settings save whose saker could not be read, the committee's exempt saker. Loaded with the
 * permission warning's chunk (`permissions-warning`) when the bar is shown, never at start-up.
 */
export function RowAccessRepairConfirm({ open, rows, settings, onConfirm, onCancel, returnFocusTo }: {
  open: boolean;
  /** The saker whose rows the repair will close, as the bar names them («sak 2026.04 «Prosjekt X»»); empty when unknown. */
  rows: readonly string[];
  /** A settings save left them (the rows get the access the settings give), not a meeting's save (the rows are closed). */
  settings: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  returnFocusTo: RefObject<HTMLElement | null>;
}) {
  const t = useWorkspaceText();
  const styles = useStyles();
  const changes = rows.length > 0 ? rows.map((sak) => t(settings ? 'permissions.confirm.rowSettings' : 'permissions.confirm.row', { sak })) : [t('permissions.confirm.rowsUnknown')];
  return (
    <ConfirmDialog
      open={open}
      title={t('permissions.confirm.title')}
      confirmLabel={t('permissions.repair')}
      cancelLabel={t('permissions.confirm.cancel')}
      onConfirm={onConfirm}
      onCancel={onCancel}
      testId="row-access-confirm"
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
