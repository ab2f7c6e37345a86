import { loadableView } from '../shared/loadableView';
import type { MinutesStatusProps } from './MinutesStatus';

/**
 * Where a held meeting's record stands, for a member (`MinutesStatus`, with its texts and who may open the file): a chunk of
 * its own, `minutes-status`, fetched only once the meeting is held, so the panel's start-up does not carry it.
 */
export const minutesStatusChunk = loadableView<MinutesStatusProps>(() => import(/* webpackChunkName: "minutes-status" */ './MinutesStatus').then((module) => module.MinutesStatus));
