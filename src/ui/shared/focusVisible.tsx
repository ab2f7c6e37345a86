import { useLayoutEffect, type RefObject } from 'react';
import { useFocusVisible } from '@fluentui/react-components';

/**
 * The `focus-visible` chunk (PlainFluentProvider.tsx): Fluent's focus-visible polyfill (tabster's
 * keyborg), applied to `scope` — the provider's element — while this is mounted, as Fluent's provider
 * applies it to its own.
 */
export function FocusVisible({ scope }: { scope: RefObject<HTMLElement | null> }) {
  const focusVisible = useFocusVisible<HTMLElement>();
  // Before the polyfill's own effect (a passive one) reads it.
  useLayoutEffect(() => {
    focusVisible.current = scope.current;
  }, [focusVisible, scope]);
  return null;
}
