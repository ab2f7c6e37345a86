import { defineNamespace } from '../shared/i18n';
import { votingMessages } from './votingMessages';

/** Typed `t` for the referent's proposals, votes and protokolltilførsler (`votingMessages.ts`). */
export const useVotingText = defineNamespace('voting', votingMessages);
