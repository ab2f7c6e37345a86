import type { ReactNode, RefObject } from 'react';
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from '@fluentui/react-components';
import { ReturnFocusWhenGone } from './ReturnFocusWhenGone';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  confirmDisabled?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  testId: string;
  /** Or give the opener `useRestoreFocusTarget()`'s attributes (tabster's restorer, which Fluent's dialog uses). */
  returnFocusTo?: RefObject<HTMLElement | null>;
}

/**
 * "Are you sure?" before an action that cannot be undone. An alert dialog: focus moves into it
 * (to "Avbryt", the safe choice, which comes first), Tab stays inside, Escape or "Avbryt" cancels,
 * and focus goes back to the button that opened it, `returnFocusTo` (the dialog is opened from state
 * rather than a DialogTrigger): when the dialog goes with the focus inside it and the focus is left on
 * the page's body, as tabster's restorer does for `useRestoreFocusTarget()` — by a ref, so the opener's
 * chunk needs no tabster. A button that went with the dialog (e.g. «Avslutt møtet» once the meeting is
 * held) gets nothing, as before. The cancel button's word comes from the surface's own catalogue
 * (`cancelLabel`), so a surface's dialog brings no other surface's texts: the side panel's
 * `sidePanel/ConfirmDialog.tsx`, the workspace's «Rett tilgangene» (`workspace/PermissionsWarning.tsx`,
 * `workspace/RowAccessRepairConfirm.tsx`, both through `workspace/RepairConfirmDialog.tsx`).
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel,
  confirmDisabled = false,
  onConfirm,
  onCancel,
  testId,
  returnFocusTo,
}: ConfirmDialogProps & { cancelLabel: string }) {
  const styles = useStyles();
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, data) => (data.open ? undefined : onCancel())}>
      <DialogSurface data-testid={testId}>
        {returnFocusTo ? <ReturnFocusWhenGone to={returnFocusTo} /> : null}
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent className={styles.content}>{children}</DialogContent>
          <DialogActions>
            <Button onClick={onCancel} data-testid={`${testId}-cancel`}>
              {cancelLabel}
            </Button>
            <Button appearance="primary" disabled={confirmDisabled} onClick={onConfirm} data-testid={`${testId}-confirm`}>
              {confirmLabel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
