import { defineNamespace } from '../shared/i18n';
import { sidePanelMessages } from './messages';

/** Typed `t` for the side panel: `t('item.asProposed')`. */
export const useSidePanelText = defineNamespace('sidePanel', sidePanelMessages);
