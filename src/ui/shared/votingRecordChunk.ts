import { loadableView } from './loadableView';
import type { VotingRecordProps } from './VotingRecord';

/**
 * What a member (side panel) and the room (stage) read of a sak's votes (`VotingRecord`, with domain/voting.ts): a chunk of
 * its own, `voting-record`, fetched only when a sak with some recorded is shown, so neither page's start-up carries it
 * (issue 14). Not the referent's recorder nor its voting fields: a member never runs those.
 */
export const votingRecordChunk = loadableView<VotingRecordProps>(() => import(/* webpackChunkName: "voting-record" */ './VotingRecord').then((module) => module.VotingRecord));
