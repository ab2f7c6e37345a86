import { ConfirmDialog as SharedConfirmDialog, type ConfirmDialogProps } from '../shared/ConfirmDialog';
import { useSidePanelText } from './recorderText';

/** The shared "Are you sure?" dialog (`ui/shared/ConfirmDialog.tsx`) with the side panel's «Avbryt». */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const t = useSidePanelText();
  return <SharedConfirmDialog {...props} cancelLabel={t('confirm.cancel')} />;
}
