import { defineNamespace, translate } from '../i18n';
import { wordPermissionsRefused } from '../describeError';
import { editingMessages } from './messages';

/** Typed `t` for the `editing` namespace (the shared parts of the pages that work on a meeting; not the stage's). */
export const useEditingText = defineNamespace('editing', editingMessages);

// The pages that change permissions (the workspace's repair, exempt rows and send; the side panel's freeze) load
// these texts; the stage, which never does, is spared the words for SharePoint refusing it.
wordPermissionsRefused(() => translate('editing', 'error.permissionsForbidden'));
