import { loadableView } from '../shared/loadableView';
import type { ExemptReadNoteProps } from './ExemptReadNote';

/**
 * The note over an exempt sak a reader may see in full (`ExemptReadNote`): a chunk of its own, `exempt-read`, fetched only
 * when a sak with exempt content is opened, so the panel's start-up does not carry it.
 */
export const exemptReadChunk = loadableView<ExemptReadNoteProps>(() => import(/* webpackChunkName: "exempt-read" */ './ExemptReadNote').then((module) => module.ExemptReadNote));
