// Wrong: a view that asks before an irreversible action builds no Fluent Dialog of its own; it asks through
// ConfirmDialog (src/ui/shared/ConfirmDialog.tsx), the one way (busy, closeLabel, confirmIcon for an action that runs in it).
import { Button, Dialog, DialogSurface } from '@fluentui/react-components'; // ✗ no-restricted-imports
import { Dialog as PlainDialog } from '@fluentui/react-dialog'; // ✗ no-restricted-imports

export const parts = [Button, Dialog, DialogSurface, PlainDialog];
