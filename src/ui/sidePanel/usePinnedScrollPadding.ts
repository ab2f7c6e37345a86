import { useEffect, useRef, type RefObject } from 'react';

/**
 * The save state and its bars are pinned at the side panel's top (`position: sticky`) and the page scrolls
 * under them, so a field she Tabs (or Shift+Tabs) into could be scrolled to the top and sit under the bar
 * (WCAG 2.4.11's concern, and she cannot see what she types). The page's `scroll-padding-top` is kept at the
 * bar's height — the bars come and go, so it follows the bar's size — and the browser scrolls a focused
 * field below it. Given back when the panel goes.
 */
export function usePinnedScrollPadding<T extends HTMLElement>(): RefObject<T | null> {
  const pinned = useRef<T>(null);
  useEffect(() => {
    const element = pinned.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const page = document.documentElement.style;
    const follow = () => page.setProperty('scroll-padding-top', `${Math.ceil(element.getBoundingClientRect().height)}px`);
    follow();
    const observer = new ResizeObserver(follow);
    observer.observe(element);
    return () => {
      observer.disconnect();
      page.removeProperty('scroll-padding-top');
    };
  }, []);
  return pinned;
}
