import type { ReactElement, ReactNode, RefObject } from 'react';
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
  /** The confirm button's icon, the action's own (the innkalling's «Send», «Lag offentlig versjon»). */
  confirmIcon?: ReactElement;
  onConfirm: () => void;
  onCancel: () => void;
  testId: string;
  /** Or give the opener `useRestoreFocusTarget()`'s attributes (tabster's restorer, which Fluent's dialog uses). */
  returnFocusTo?: RefObject<HTMLElement | null>;
  /**
   * The action runs (its progress is in `children`): both buttons are off, and Escape cannot close the dialog
   * while it cannot be stopped.
   */
  busy?: boolean;
  /**
   * The result, once the action is done (shown in `children`): only this one button («Lukk»), which closes the
   * dialog (`onCancel`, as Escape does).
   */
  closeLabel?: string;
}

/**
 * "Are you sure?" before an action that cannot be undone — the project's one way to ask. An alert dialog: focus
 * moves into it (to "Avbryt", the safe choice, which comes first; or to what comes first in `children`), Tab stays
 * inside, Escape or "Avbryt" cancels, and focus goes back to the button that opened it, `returnFocusTo` (the dialog is
 * opened from state rather than a DialogTrigger): when the dialog goes with the focus inside it and the focus is left on
 * the page's body, as tabster's restorer does for `useRestoreFocusTarget()` — by a ref, so the opener's
 * chunk needs no tabster. A button that went with the dialog (e.g. «Avslutt møtet» once the meeting is
 * held) gets nothing, as before. The cancel button's word comes from the surface's own catalogue
 * (`cancelLabel`), so a surface's dialog brings no other surface's texts: the side panel's
 * `sidePanel/ConfirmDialog.tsx`, the workspace's «Rett tilgangene» (`workspace/PermissionsWarning.tsx`,
 * `workspace/RowAccessRepairConfirm.tsx`, both through `workspace/RepairConfirmDialog.tsx`), the innkalling's send
 * (`workspace/NoticePanel.tsx`), «Lag offentlig versjon» (`workspace/PublicVersionAction.tsx`) and the written
 * treatment's send and approval (`workspace/WrittenSendAction.tsx`, `workspace/WrittenMinutesAction.tsx`).
 * An action that takes a while stays in the dialog: `busy` while it runs (progress in `children`), then, where it has a
 * result to show, `closeLabel` for its last phase.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel,
  confirmDisabled = false,
  confirmIcon,
  onConfirm,
  onCancel,
  testId,
  returnFocusTo,
  busy = false,
  closeLabel,
}: ConfirmDialogProps & { cancelLabel: string }) {
  const styles = useStyles();
  const cancel = (
    <Button disabled={busy} onClick={onCancel} data-testid={`${testId}-cancel`}>
      {cancelLabel}
    </Button>
  );
  const confirm = (
    <Button appearance="primary" icon={confirmIcon} disabled={confirmDisabled || busy} onClick={onConfirm} data-testid={`${testId}-confirm`}>
      {confirmLabel}
    </Button>
  );
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, data) => (data.open || busy ? undefined : onCancel())}>
      <DialogSurface data-testid={testId}>
        {returnFocusTo ? <ReturnFocusWhenGone to={returnFocusTo} /> : null}
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent className={styles.content}>{children}</DialogContent>
          <DialogActions>
            {closeLabel !== undefined ? (
              <Button appearance="primary" onClick={onCancel} data-testid={`${testId}-close`}>
                {closeLabel}
              </Button>
            ) : (
              <>
                {cancel}
                {confirm}
              </>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
