import { defineNamespace } from '../shared/i18n';
import { workspaceMessages } from './messages';

/** Typed `t` for the `workspace` namespace. */
export const useWorkspaceText = defineNamespace('workspace', workspaceMessages);
