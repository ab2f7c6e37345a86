// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import { usePinnedScrollPadding } from './usePinnedScrollPadding';

/**
 * jsdom lays nothing out: the bar's height is told, each read of it counted (in a browser a read outside the
 * observer's callback forces a layout), and the observer is called as a browser calls it, after a frame's layout.
 */
let resized: (() => void) | undefined;
let observed: Element | undefined;
class TellingObserver {
  constructor(callback: () => void) {
    resized = callback;
  }
  observe(element: Element) {
    observed = element;
  }
  disconnect() {
    resized = undefined;
  }
}

interface Bar {
  height: number;
  reads: number;
}

function Pinned({ bar }: { bar: Bar }) {
  const pinned = usePinnedScrollPadding<HTMLDivElement>();
  return (
    <div
      data-testid="bar"
      ref={(element) => {
        pinned.current = element;
        if (element)
          element.getBoundingClientRect = () => {
            bar.reads += 1;
            return { height: bar.height } as DOMRect;
          };
      }}
    />
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  resized = undefined;
  observed = undefined;
});

describe('the pinned save bar', () => {
  it('keeps the page’s scroll padding at its height, so a field she moves to is scrolled below it, and gives it back', () => {
    vi.stubGlobal('ResizeObserver', TellingObserver);
    const bar = { height: 40.4, reads: 0 };
    const { unmount, getByTestId } = render(<Pinned bar={bar} />);
    expect(observed).toBe(getByTestId('bar'));
    // The first frame's layout: the observer reports the bar.
    act(() => resized?.());
    expect(document.documentElement.style.scrollPaddingTop).toBe('41px');
    // An error bar comes under the save state: the bar grows, the padding with it.
    bar.height = 132;
    act(() => resized?.());
    expect(document.documentElement.style.scrollPaddingTop).toBe('132px');
    unmount();
    expect(document.documentElement.style.scrollPaddingTop).toBe('');
  });

  it('reads the bar’s height only when the observer reports it, never as the panel mounts (no layout forced before the frame’s)', () => {
    vi.stubGlobal('ResizeObserver', TellingObserver);
    const bar = { height: 40, reads: 0 };
    render(<Pinned bar={bar} />);
    expect(bar.reads).toBe(0);
    expect(document.documentElement.style.scrollPaddingTop).toBe('');
    act(() => resized?.());
    expect(bar.reads).toBe(1);
    expect(document.documentElement.style.scrollPaddingTop).toBe('40px');
  });
});
