import { defineNamespace } from '../shared/i18n';
import { coSignersMessages } from './coSignersMessages';

/** Typed `t` for the signing section's co-signers line and a dirigent's words (`coSignersMessages.ts`): the attendance chunk only. */
export const useCoSignersText = defineNamespace('coSigners', coSignersMessages);
