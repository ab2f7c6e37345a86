import { useMemo } from 'react';
import { defineNamespace, namespaceShown, type TextValues, type Translate } from '../shared/i18n';
import { sidePanelMessages, type SidePanelKey } from './messages';
import { sidePanelRecorderMessages, type SidePanelRecorderKey } from './recorder/messages';
import { useSidePanelText as useFirstViewText } from './sidePanelText';

/** Every text of the side panel: the first view's (`messages.ts`) and the recorder's (`recorder/messages.ts`). */
export type SidePanelTextKey = SidePanelKey | SidePanelRecorderKey;

const RECORDER_NAMESPACE = 'sidePanelRecorder';
const useRecorderOnlyText = defineNamespace(RECORDER_NAMESPACE, sidePanelRecorderMessages);

function isFirstViewKey(key: SidePanelTextKey): key is SidePanelKey {
  return Object.hasOwn(sidePanelMessages.nb, key);
}

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
export function useSidePanelText(): Translate<SidePanelTextKey> {
  const firstView = useFirstViewText();
  const recorder = useRecorderOnlyText();
  return useMemo(
    () => (key: SidePanelTextKey, values?: TextValues) => (isFirstViewKey(key) ? firstView(key, values) : recorder(key, values)),
    [firstView, recorder],
  );
}
