import { loadableView } from '../shared/loadableView';
import type { DirigentReadLineProps } from './DirigentReadLine';

/**
 * An årsmøte's read-only line (`DirigentReadLine`): a chunk of its own, `dirigent-read`, fetched only for a committee with
 * a dirigent (`conventions.dirigent`), so the panel's start-up does not carry its words.
 */
export const dirigentReadChunk = loadableView<DirigentReadLineProps>(() => import(/* webpackChunkName: "dirigent-read" */ './DirigentReadLine').then((module) => module.DirigentReadLine));
