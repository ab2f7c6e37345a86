import { loadableView } from '../shared/loadableView';
import type { ExemptReadNoteProps } from './ExemptReadNote';

/**
 * The note over an exempt sak a reader may see in full (`ExemptReadNote`): a chunk of its own, `reader-notes` (with an årsmøte's
 * read-only line, dirigentReadChunk.ts), fetched only when a sak with exempt content is opened, so the panel's start-up does not carry it.
 */
export const exemptReadChunk = loadableView<ExemptReadNoteProps>(() => import(/* webpackChunkName: "reader-notes" */ './ExemptReadNote').then((module) => module.ExemptReadNote));
