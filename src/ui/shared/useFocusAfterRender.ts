import { useCallback, useEffect, useRef, useState } from 'react';

/** How long a focus asked for waits for its element to be rendered (a status change goes through the session first). */
const WAIT_MS = 3_000;

interface Pending {
  find: () => HTMLElement | null | undefined;
  until: number;
}

/**
 * Moves the focus, after the render a change brings, to the element `find` returns then. For a keyboard user
 * whose control goes away with what it did («Start møtet» becoming «Avslutt møtet», a sak's button once the sak
 * is open, «Fjern forslag 1» with its proposal) or whose new entry appears above the button she pressed: the
 * browser leaves the focus on <body>, so the next Tab starts again from the top of the panel, and a screen
 * reader says nothing of where she is (WCAG 2.4.3 Focus Order). Asked for in the event handler; kept until
 * the element is there (at most a few seconds: a later render must not take the focus from where she went).
 */
export function useFocusAfterRender(): (find: () => HTMLElement | null | undefined) => void {
  const pending = useRef<Pending | undefined>(undefined);
  const [, rendered] = useState(0);
  useEffect(() => {
    const wanted = pending.current;
    if (wanted === undefined) return;
    if (Date.now() > wanted.until) {
      pending.current = undefined;
      return;
    }
    const target = wanted.find();
    if (!target?.isConnected) return;
    pending.current = undefined;
    target.focus();
  });
  return useCallback((find) => {
    pending.current = { find, until: Date.now() + WAIT_MS };
    // A render of this component's own, so the effect looks even when the change re-renders only its children.
    rendered((n) => n + 1);
  }, []);
}

/** The first control of an entry that takes the keyboard (its first field, else its first button). */
export function firstControl(entry: Element | null | undefined): HTMLElement | null {
  return entry?.querySelector<HTMLElement>('input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])') ?? null;
}
