import { defineNamespace } from '../shared/i18n';
import { sidePanelMessages } from './messages';

/**
 * Typed `t` for the `sidePanel` namespace: the texts of the side panel's first view, `t('item.documents')`. The
 * referent's recorder and «Etter møtet» use `./recorderText.ts`'s, which has their texts too.
 */
export const useSidePanelText = defineNamespace('sidePanel', sidePanelMessages);
