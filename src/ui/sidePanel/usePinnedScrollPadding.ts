import { useEffect, useRef, type RefObject } from 'react';

/**
 * The save state and its bars are pinned at the side panel's top (`position: sticky`) and the page scrolls
 * under them, so a field she Tabs (or Shift+Tabs) into could be scrolled to the top and sit under the bar
 * (WCAG 2.4.11's concern, and she cannot see what she types). The page's `scroll-padding-top` is kept at the
 * bar's height — the bars come and go, so it follows the bar's size — and the browser scrolls a focused
 * field below it. Given back when the panel goes.
 *
 * The height is read only when the `ResizeObserver` reports the bar — once it is observed and whenever its
 * size changes, each time after the frame's layout and before its paint — where the layout is done already:
 * the first frame that shows the bar is painted with the padding, and the read costs no layout of its own.
 * Read in the effect too (until h/side55), it forced the page's whole first layout inside the commit's
 * effects, on the referent's way to ready (≈31 ms of main thread in h/side54's profile), ahead of the frame.
 */
export function usePinnedScrollPadding<T extends HTMLElement>(): RefObject<T | null> {
  const pinned = useRef<T>(null);
  useEffect(() => {
    const element = pinned.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const page = document.documentElement.style;
    const observer = new ResizeObserver(() => page.setProperty('scroll-padding-top', `${Math.ceil(element.getBoundingClientRect().height)}px`));
    observer.observe(element);
    return () => {
      observer.disconnect();
      page.removeProperty('scroll-padding-top');
    };
  }, []);
  return pinned;
}
