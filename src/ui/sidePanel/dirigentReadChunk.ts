import { loadableView } from '../shared/loadableView';
import type { DirigentReadLineProps } from './DirigentReadLine';

/**
 * An årsmøte's read-only line (`DirigentReadLine`): fetched only for a committee with a dirigent (`conventions.dirigent`),
 * so the panel's start-up does not carry its words; in the chunk of the reader's other note, `reader-notes`
 * (exemptReadChunk.ts), so the pages' chunk map grows by no name (`npm run size`).
 */
export const dirigentReadChunk = loadableView<DirigentReadLineProps>(() => import(/* webpackChunkName: "reader-notes" */ './DirigentReadLine').then((module) => module.DirigentReadLine));
