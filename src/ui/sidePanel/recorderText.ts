import { defineNamespace, namespaceShown } from '../shared/i18n';
import { twoCatalogueText } from '../shared/twoCatalogues';
import { sidePanelMessages, type SidePanelKey } from './messages';
import { sidePanelRecorderMessages, type SidePanelRecorderKey } from './recorder/messages';
import { useSidePanelText as useFirstViewText } from './sidePanelText';

/** Every text of the side panel: the first view's (`messages.ts`) and the recorder's (`recorder/messages.ts`). */
export type SidePanelTextKey = SidePanelKey | SidePanelRecorderKey;

const RECORDER_NAMESPACE = 'sidePanelRecorder';
const useRecorderOnlyText = defineNamespace(RECORDER_NAMESPACE, sidePanelRecorderMessages);

/**
 * Resolves once the recorder's texts are here in the language on screen (a nynorsk or English page fetches
 * them as the recorder's chunk is evaluated; `recorderChunk.ts` waits for them before the recorder shows).
 */
export function recorderTextShown(): Promise<void> {
  return namespaceShown(RECORDER_NAMESPACE);
}

/**
 * Typed `t` for the referent's recorder and «Etter møtet»: a key of either catalogue, each read from its own
 * namespace. The first view's files use `./sidePanelText.ts`, so the recorder's texts stay out of a member's
 * start-up (issue 14: cold load).
 */
export const useSidePanelText = twoCatalogueText<SidePanelKey, SidePanelRecorderKey>(useFirstViewText, sidePanelMessages.nb, useRecorderOnlyText);
