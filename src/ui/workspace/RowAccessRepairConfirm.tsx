import type { RefObject } from 'react';
import { RepairConfirmDialog } from './RepairConfirmDialog';
import { useWorkspaceText } from './panelText';

/**
 * «Rett tilgangene» from `RowAccessFailedBar` asks first, as the permission warning's does (`PermissionsWarning.tsx`):
 * the same dialog (`RepairConfirmDialog.tsx`), naming what it will change — each sak's row, worded by the bar
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
  const changes = rows.length > 0 ? rows.map((sak) => t(settings ? 'permissions.confirm.rowSettings' : 'permissions.confirm.row', { sak })) : [t('permissions.confirm.rowsUnknown')];
  return (
    <RepairConfirmDialog open={open} changes={changes} testId="row-access-confirm" onConfirm={onConfirm} onCancel={onCancel} returnFocusTo={returnFocusTo} />
  );
}
