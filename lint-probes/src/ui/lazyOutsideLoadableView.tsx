// Wrong: a view in a chunk of its own goes through loadableView (src/ui/shared/loadableView.tsx), never React's
// lazy(), which keeps a failed fetch until the page is reloaded and suspends even for a chunk already here.
import * as React from 'react'; // ✗ no-restricted-imports
import { lazy } from 'react'; // ✗ no-restricted-imports

export const Direct = lazy(async () => ({ default: () => null }));
export const Namespaced = React.lazy(async () => ({ default: () => null })); // ✗ no-restricted-properties
