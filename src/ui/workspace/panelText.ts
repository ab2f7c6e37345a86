import { useMemo } from 'react';
import { defineNamespace, type TextValues, type Translate } from '../shared/i18n';
import { workspaceMessages, type WorkspaceKey } from './messages';
import { workspacePanelMessages, type WorkspacePanelKey } from './panelMessages';
import { useWorkspaceText as useFirstViewText } from './text';

/** Every text of the workspace: the first view's (`messages.ts`) and its panels' (`panelMessages.ts`). */
export type WorkspaceTextKey = WorkspaceKey | WorkspacePanelKey;

const usePanelsOnlyText = defineNamespace('workspacePanels', workspacePanelMessages);

function isFirstViewKey(key: WorkspaceTextKey): key is WorkspaceKey {
  return Object.hasOwn(workspaceMessages.nb, key);
}

/**
 * Typed `t` for the workspace's lazily loaded views (the sak editor, the innkalling, the settings, the dialogs):
 * a key of either catalogue, each read from its own namespace. The first view's views use `./text.ts`, so the
 * panels' texts stay out of the start-up's JavaScript (issue 14: cold load).
 */
export function useWorkspaceText(): Translate<WorkspaceTextKey> {
  const firstView = useFirstViewText();
  const panels = usePanelsOnlyText();
  return useMemo(
    () => (key: WorkspaceTextKey, values?: TextValues) => (isFirstViewKey(key) ? firstView(key, values) : panels(key, values)),
    [firstView, panels],
  );
}
