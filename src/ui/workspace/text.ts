import { defineNamespace } from '../shared/i18n';
import { workspaceMessages } from './messages';

/**
 * Typed `t` for the `workspace` namespace: the texts of the first view (the header, the meeting list, the open
 * meeting's saksliste). The lazily loaded views use `./panelText.ts`'s, which has the panels' texts too.
 */
export const useWorkspaceText = defineNamespace('workspace', workspaceMessages);
