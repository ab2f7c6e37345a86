import { defineNamespace } from '../shared/i18n';
import { minutesStatusMessages } from './minutesStatusMessages';

/** Typed `t` for where a held meeting's record stands (`minutesStatusMessages.ts`): `t('awaiting', wordingValues(words))`. */
export const useMinutesStatusText = defineNamespace('minutesStatus', minutesStatusMessages);
