import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * Rendered inside the dialog's surface: when the surface goes (after its closing motion) holding the
 * focus, and the focus is then on the body, focuses `to` if it is still on the page: what tabster's
 * restorer does for a DialogTrigger's button, by a ref, so the opener's chunk needs no tabster (the shared
 * `ConfirmDialog`, wherever it asks; the workspace's «Nytt møte», `workspace/NewMeetingDialog.tsx`).
 */
export function ReturnFocusWhenGone({ to }: { to: RefObject<HTMLElement | null> }) {
  const marker = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const surface = marker.current?.parentElement;
    return () => {
      // Layout clean-ups run before React takes the surface out of the page.
      const active = surface?.ownerDocument.activeElement;
      if (!surface || !active || !surface.contains(active)) return;
      const doc = surface.ownerDocument;
      setTimeout(() => {
        // The opener as it is when the focus returns (it may be gone by then), hence read late.
        // eslint-disable-next-line react-hooks/exhaustive-deps
        const target = to.current;
        if ((doc.activeElement === doc.body || doc.activeElement === null) && target?.isConnected) target.focus();
      }, 0);
    };
  }, [to]);
  return <span ref={marker} hidden />;
}
