import { useMemo } from 'react';
import type { TextValues, Translate } from './i18n';

/**
 * Typed `t` over a surface's two catalogues, each read from its own namespace: the first view's, at start-up, and
 * the rest, with the chunks that use them (issue 14: cold load). A key of the first catalogue (by its bokmål keys)
 * reads from it, any other from the rest. The workspace's panels (`workspace/panelText.ts`) and the side panel's
 * recorder (`sidePanel/recorderText.ts`) are built so.
 */
export function twoCatalogueText<First extends string, Rest extends string>(
  useFirst: () => Translate<First>,
  firstKeys: Readonly<Record<First, string>>,
  useRest: () => Translate<Rest>,
): () => Translate<First | Rest> {
  const isFirst = (key: First | Rest): key is First => Object.hasOwn(firstKeys, key);
  return function useText() {
    const first = useFirst();
    const rest = useRest();
    return useMemo(() => (key: First | Rest, values?: TextValues) => (isFirst(key) ? first(key, values) : rest(key as Rest, values)), [first, rest]);
  };
}
