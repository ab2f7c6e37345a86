// Right: the confirmation goes through the shared ConfirmDialog; Fluent's other parts stay free to use.
import { Button, MessageBar } from '@fluentui/react-components';
import { ConfirmDialog } from '../shared/ConfirmDialog';

export const parts = [Button, MessageBar, ConfirmDialog];
