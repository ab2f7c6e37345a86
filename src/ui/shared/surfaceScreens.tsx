import type { ReactNode } from 'react';
import type { Services } from './services';
import { renderSurface } from './startHostedSurface';
import type { SurfaceScreens } from './startInHalves';

/**
 * The rendering half of a surface started with `startInHalves`: part of the surface's screens chunk,
 * with React and Fluent, so none of them is evaluated before the first reads are sent.
 */
export function surfaceScreens(render: (services: Services) => ReactNode): SurfaceScreens {
  return { show: (container, options, start) => renderSurface(container, { ...options, render }, start) };
}
