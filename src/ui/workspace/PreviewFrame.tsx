import type { SyntheticEvent } from 'react';

/**
 * A document shown in a frame with no scripts (the innkalling's preview): sandboxed, its own scripts never run. Escape
 * pressed anywhere in it calls `onEscape` (the preview closes and the focus goes back to the button that opened it): a
 * key pressed inside the frame reaches the frame's document only, never the page, so the page listens there too. That
 * needs the frame's document to be the page's origin (`allow-same-origin`), still without `allow-scripts`: nothing in the
 * frame can run, the page alone adds the listener — as «an iframe can be used to disable scripts while still allowing the
 * parent document to interact with it's content … The parent document can add event listeners»
 * (https://riptutorial.com/html/example/10586/sandboxing); never both flags together, which would let a script in the frame
 * lift the sandbox. Forms, pop-ups and navigating the page stay refused, as with an empty sandbox.
 */
export function PreviewFrame({ html, title, className, onEscape }: { html: string; title: string; className?: string; onEscape: () => void }) {
  const onKey = (event: Pick<KeyboardEvent, 'key' | 'defaultPrevented' | 'preventDefault'>) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    onEscape();
  };
  // Each load (a new srcdoc) is a new document: the listener goes on the one just loaded, and leaves with it.
  const listen = (event: SyntheticEvent<HTMLIFrameElement>) => event.currentTarget.contentDocument?.addEventListener('keydown', onKey);
  return <iframe className={className} title={title} sandbox="allow-same-origin" srcDoc={html} onLoad={listen} onKeyDown={(event) => onKey(event.nativeEvent)} />;
}
