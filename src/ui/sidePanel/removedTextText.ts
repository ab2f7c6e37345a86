import { defineNamespace } from '../shared/i18n';
import { removedTextMessages } from './removedTextMessages';

/** Typed `t` for the notice that someone else's save took out what the user wrote (`removedTextMessages.ts`). */
export const useRemovedTextText = defineNamespace('removedText', removedTextMessages);
