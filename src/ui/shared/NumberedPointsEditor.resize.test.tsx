// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import type { HostContext } from '../../hosts/hostContext';
import { MotebokProvider } from './MotebokProvider';
import { NumberedPointsEditor } from './NumberedPointsEditor';

const host: HostContext = { host: 'browser', frameContext: 'content', locale: 'nb-NO', theme: 'default', onThemeChange: () => () => undefined };

/** The list's width as the page would lay it out, how often it was read, and the observers' callbacks (jsdom has neither layout nor ResizeObserver). */
let listWidth = 300;
let widthReads = 0;
let heightReads = 0;
let observed: (() => void)[] = [];
const saved = {
  clientWidth: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientWidth'),
  scrollHeight: Object.getOwnPropertyDescriptor(Element.prototype, 'scrollHeight'),
  ResizeObserver: globalThis.ResizeObserver,
};

beforeEach(() => {
  listWidth = 300;
  widthReads = 0;
  heightReads = 0;
  observed = [];
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get(this: HTMLElement) {
      if (this.tagName !== 'OL') return 0;
      widthReads++;
      return listWidth;
    },
  });
  Object.defineProperty(Element.prototype, 'scrollHeight', {
    configurable: true,
    get() {
      heightReads++;
      return 40;
    },
  });
  globalThis.ResizeObserver = class {
    constructor(private readonly callback: () => void) {}
    observe() {
      observed.push(() => this.callback());
    }
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

afterEach(() => {
  cleanup();
  if (saved.clientWidth) Object.defineProperty(HTMLElement.prototype, 'clientWidth', saved.clientWidth);
  if (saved.scrollHeight) Object.defineProperty(Element.prototype, 'scrollHeight', saved.scrollHeight);
  globalThis.ResizeObserver = saved.ResizeObserver;
});

describe('NumberedPointsEditor fitting its points to the panel’s width', () => {
  it('does not read the list’s width as it mounts (a layout of the whole panel forced before it is shown; issue 14: cold load), and refits the points when the width changes', async () => {
    render(
      <MotebokProvider host={host}>
        <NumberedPointsEditor label="Konklusjon" points={['Første punkt', 'Andre punkt']} onChange={() => undefined} />
      </MotebokProvider>,
    );
    await act(async () => undefined);
    expect(widthReads).toBe(0);
    expect(observed).toHaveLength(1);
    const afterMount = heightReads;
    // The first observation, after the first layout: the width as laid out, nothing to refit.
    act(() => observed[0]?.());
    expect(heightReads).toBe(afterMount);
    // The same width again: nothing to refit.
    act(() => observed[0]?.());
    expect(heightReads).toBe(afterMount);
    // The panel narrower: the points wrap otherwise and are measured again.
    listWidth = 200;
    act(() => observed[0]?.());
    expect(heightReads).toBe(afterMount + 2);
  });
});
