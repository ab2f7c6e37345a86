import { defineNamespace } from '../shared/i18n';
import { sharesMessages } from './sharesMessages';

/** Typed `t` for the Oppmøte tab's shares and fullmakter (`sharesMessages.ts`). */
export const useSharesText = defineNamespace('shares', sharesMessages);
