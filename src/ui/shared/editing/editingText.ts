import { defineNamespace } from '../i18n';
import { editingMessages } from './messages';

/** Typed `t` for the `editing` namespace (the shared parts of the pages that work on a meeting; not the stage's). */
export const useEditingText = defineNamespace('editing', editingMessages);
