import { loadableView } from '../shared/loadableView';
import type { VotingRecordProps } from './VotingRecord';

/**
 * What a member reads of a sak's votes (`VotingRecord`, with domain/voting.ts): a chunk of its own, `voting-record`,
 * fetched only when a sak with some recorded opens in the read-only view, so the side panel's start-up does not carry it
 * (issue 14). Not the referent's recorder nor its voting fields: a member never downloads those.
 */
export const votingRecordChunk = loadableView<VotingRecordProps>(() => import(/* webpackChunkName: "voting-record" */ './VotingRecord').then((module) => module.VotingRecord));
