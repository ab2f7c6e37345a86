import { defineNamespace } from './i18n';
import { minutesApprovalMessages } from './minutesApprovalMessages';

/** Typed `t` for the approval in the next meeting (`minutesApprovalMessages.ts`): `t('nextMeeting.confirmTitle', wordingValues(words))`. */
export const useMinutesApprovalText = defineNamespace('minutesApproval', minutesApprovalMessages);
