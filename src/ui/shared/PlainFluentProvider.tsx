import { useRef, type ReactNode, type RefObject } from 'react';
import {
  getIntrinsicElementProps,
  renderFluentProvider_unstable,
  slot,
  useFluent,
  useFluentProviderContextValues_unstable,
  useFluentProviderStyles_unstable,
  useFluentProviderThemeStyleTag,
  useMergedRefs,
  type FluentProviderState,
  type PartialTheme,
} from '@fluentui/react-components';
import { loadableView, useLoadedView } from './loadableView';

/**
 * Fluent's focus-visible polyfill (keyborg), a chunk of its own fetched once the provider has rendered.
 * Through the one mechanism for a view's chunk (`loadableView.ts`): a fetch that failed (offline a
 * moment) is made again when the connection comes back, so the focus outlines do not stay away until
 * a reload.
 */
const focusVisibleChunk = loadableView<{ scope: RefObject<HTMLElement | null> }>(() =>
  import(/* webpackChunkName: "focus-visible" */ './focusVisible').then((chunk) => chunk.FocusVisible),
);

const NO_STYLE_HOOKS = {};
const NO_OVERRIDES = {};
const NO_RENDERER_ATTRIBUTES = {};

/**
 * Fluent's `FluentProvider` as Møtebok uses it — one provider at the page's root, a theme (empty: the
 * Teams themes are CSS variables on `<html>`, MotebokProvider) and `lang`, nothing else — with the same
 * state, styles, contexts and markup, from Fluent's own style hook, context values and render function.
 * Fluent's provider marks the keyboard's focus for its focus outlines (`data-fui-focus-visible`, through
 * tabster's keyborg) from its first render; keyborg and react-tabster were about 1.5 kB gzip of every
 * page's start-up (issue 14). Here the same polyfill (Fluent's `applyFocusVisiblePolyfill` on the
 * provider's element, by Fluent's `useFocusVisible`) is applied once its chunk is here, fetched in the
 * first commit's effects: after the first paint, before anyone can reach the page with the keyboard. Portals mark their own (Fluent's
 * `usePortalMountNode`). Not applied: `dir`, `targetDocument`, `overrides_unstable`,
 * `customStyleHooks_unstable`, `applyStylesToPortals={false}` and a provider inside another, which
 * Møtebok does not use (Fluent's defaults are kept).
 */
export function PlainFluentProvider({ theme, lang, children }: { theme: PartialTheme; lang?: string; children: ReactNode }) {
  const { dir, targetDocument } = useFluent();
  const { styleTagId, rule } = useFluentProviderThemeStyleTag({ theme, targetDocument, rendererAttributes: NO_RENDERER_ATTRIBUTES });
  const root = useRef<HTMLDivElement>(null);
  // Offline at the start: no focus outlines drawn from Fluent's attribute until the chunk comes; the page works.
  const FocusVisible = useLoadedView(focusVisibleChunk, true);

  const state: FluentProviderState = {
    applyStylesToPortals: true,
    customStyleHooks_unstable: NO_STYLE_HOOKS,
    dir,
    targetDocument,
    theme,
    overrides_unstable: NO_OVERRIDES,
    themeClassName: styleTagId,
    components: { root: 'div' },
    root: slot.always(
      getIntrinsicElementProps('div', {
        lang,
        dir,
        ref: useMergedRefs(root),
        // Its own re-render, when the chunk is here, leaves `children` (the same elements) as they are.
        children: (
          <>
            {children}
            {FocusVisible ? <FocusVisible scope={root} /> : null}
          </>
        ),
      }),
      { elementType: 'div' },
    ),
    serverStyleProps: { cssRule: rule, attributes: { id: styleTagId } },
  };
  useFluentProviderStyles_unstable(state);
  return renderFluentProvider_unstable(state, useFluentProviderContextValues_unstable(state));
}
