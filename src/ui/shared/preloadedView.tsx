import { lazy, useState, type ComponentType } from 'react';

/**
 * A surface's screens as a chunk of their own whose fetch starts when the page's script runs, in
 * parallel with the host's start-up, MSAL and the Graph side (which the screens need before they
 * can show anything): the "Laster …" page paints without waiting for them, and no step is added to
 * the chain before the surface is ready (README: Performance). startHostedSurface shows "Laster …"
 * in case the chunk is still on its way when the services are ready. A failed fetch is tried once
 * more when the view first renders.
 *
 * A view whose chunk is already here renders at once, without suspending: React 19 holds back the
 * content of a Suspense boundary until 300 ms after the last fallback it showed (its throttle for
 * revealing content), so a `lazy()` that suspends for a module already loaded cost up to 300 ms of
 * every cold start (`npm run bench -- coldLoad`, issue 14).
 */
export function preloadedView<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  const keep = (component: ComponentType<P>) => (loaded = component);
  let started: Promise<ComponentType<P>> | undefined = load().then(keep);
  started.catch(() => undefined); // handled (tried again) below
  const Lazy = lazy(async () => {
    const first = started;
    started = undefined;
    const component = await (first ?? load().then(keep)).catch(() => load().then(keep));
    return { default: component };
  });
  return function PreloadedView(props: P) {
    // Chosen once per mount: switching from the lazy wrapper to the component would mount the view twice.
    const [View] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <View {...props} />;
  };
}
