import { defineNamespace } from '../shared/i18n';
import { twoCatalogueText } from '../shared/twoCatalogues';
import { workspaceMessages, type WorkspaceKey } from './messages';
import { workspacePanelMessages, type WorkspacePanelKey } from './panelMessages';
import { useWorkspaceText as useFirstViewText } from './text';

/** Every text of the workspace: the first view's (`messages.ts`) and its panels' (`panelMessages.ts`). */
export type WorkspaceTextKey = WorkspaceKey | WorkspacePanelKey;

const usePanelsOnlyText = defineNamespace('workspacePanels', workspacePanelMessages);

/**
 * Typed `t` for the workspace's lazily loaded views (the sak editor, the innkalling, the settings, the dialogs):
 * a key of either catalogue, each read from its own namespace. The first view's views use `./text.ts`, so the
 * panels' texts stay out of the start-up's JavaScript (issue 14: cold load).
 */
export const useWorkspaceText = twoCatalogueText<WorkspaceKey, WorkspacePanelKey>(useFirstViewText, workspaceMessages.nb, usePanelsOnlyText);
