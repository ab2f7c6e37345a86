// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { PlainFluentProvider } from './PlainFluentProvider';

// The focus-visible chunk cannot be fetched the first time (the connection away a moment).
const chunk = vi.hoisted(() => ({ fetches: 0 }));
vi.mock('./focusVisible', async (importOriginal) => {
  chunk.fetches += 1;
  if (chunk.fetches === 1) throw new TypeError('Failed to fetch dynamically imported module: focus-visible.js');
  return importOriginal();
});

afterEach(() => cleanup());

function tabTo(element: HTMLElement) {
  act(() => {
    element.blur();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', keyCode: 9, bubbles: true }));
    element.focus();
  });
}

describe('PlainFluentProvider offline', () => {
  it('fetches the focus outlines’ chunk again when the connection comes back, and the keyboard’s focus is then marked', async () => {
    render(
      <PlainFluentProvider theme={{}}>
        <button type="button">Lagre</button>
      </PlainFluentProvider>,
    );
    const save = screen.getByRole('button', { name: 'Lagre' });
    await waitFor(() => expect(chunk.fetches).toBe(1));
    // Give the failed fetch its turn: the focus stays unmarked, and nothing is fetched again on its own.
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    tabTo(save);
    expect(save.hasAttribute('data-fui-focus-visible')).toBe(false);
    expect(chunk.fetches).toBe(1);

    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    await waitFor(() => {
      tabTo(save);
      expect(save.hasAttribute('data-fui-focus-visible')).toBe(true);
    });
    expect(chunk.fetches).toBe(2);
  });
});
