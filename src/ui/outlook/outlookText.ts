import { defineNamespace } from '../shared/i18n';
import { outlookMessages } from './messages';

/** Typed `t` for the Outlook pane: `t('compose.insert')`. */
export const useOutlookText = defineNamespace('outlook', outlookMessages);
