import { loadableView } from '../shared/loadableView';
import type { PresentListProps } from './PresentList';

/**
 * Who is at the meeting, for a member (`PresentList`, with the protokoll's attendance lines from documents/meetingFacts.ts): a
 * chunk of its own, `present-list`, fetched once someone is recorded present, so the panel's start-up does not carry it.
 */
export const presentListChunk = loadableView<PresentListProps>(() => import(/* webpackChunkName: "present-list" */ './PresentList').then((module) => module.PresentList));
