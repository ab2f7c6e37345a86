import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * A surface's screens as a chunk of their own whose fetch starts when the page's script runs, in
 * parallel with the host's start-up, MSAL and the Graph side (which the screens need before they
 * can show anything): the "Laster …" page paints without waiting for them, and no step is added to
 * the chain before the surface is ready (README: Performance). startHostedSurface shows "Laster …"
 * in case the chunk is still on its way when the services are ready. A failed fetch is tried once
 * more when the view first renders.
 */
export function preloadedView<P extends object>(load: () => Promise<ComponentType<P>>): LazyExoticComponent<ComponentType<P>> {
  let started: Promise<ComponentType<P>> | undefined = load();
  started.catch(() => undefined); // handled (tried again) below
  return lazy(async () => {
    const first = started;
    started = undefined;
    const component = await (first ?? load()).catch(() => load());
    return { default: component };
  });
}
