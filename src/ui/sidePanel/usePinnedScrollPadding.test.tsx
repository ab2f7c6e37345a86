// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import { usePinnedScrollPadding } from './usePinnedScrollPadding';

/** jsdom lays nothing out: the bar's height is told, and the observer is called as a browser would. */
let resized: (() => void) | undefined;
class TellingObserver {
  constructor(callback: () => void) {
    resized = callback;
  }
  observe() {}
  disconnect() {
    resized = undefined;
  }
}

function Pinned({ height }: { height: { value: number } }) {
  const pinned = usePinnedScrollPadding<HTMLDivElement>();
  return <div ref={(element) => {
    pinned.current = element;
    if (element) element.getBoundingClientRect = () => ({ height: height.value }) as DOMRect;
  }} />;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the pinned save bar', () => {
  it('keeps the page’s scroll padding at its height, so a field she moves to is scrolled below it, and gives it back', () => {
    vi.stubGlobal('ResizeObserver', TellingObserver);
    const height = { value: 40.4 };
    const { unmount } = render(<Pinned height={height} />);
    expect(document.documentElement.style.scrollPaddingTop).toBe('41px');
    // An error bar comes under the save state: the bar grows, the padding with it.
    height.value = 132;
    act(() => resized?.());
    expect(document.documentElement.style.scrollPaddingTop).toBe('132px');
    unmount();
    expect(document.documentElement.style.scrollPaddingTop).toBe('');
  });
});
