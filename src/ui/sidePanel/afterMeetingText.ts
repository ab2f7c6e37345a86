import { defineNamespace } from '../shared/i18n';
import { afterMeetingMessages } from './afterMeetingMessages';

/** Typed `t` for «Etter møtet» (`afterMeetingMessages.ts`): `t('after.generate', wordingValues(words))`. */
export const useAfterMeetingText = defineNamespace('afterMeeting', afterMeetingMessages);
