import { Suspense, type ReactNode } from 'react';
import { loadableView } from './loadableView';
import { useServices } from './ServicesContext';

// The sign-in screen is for a plain browser only: in Teams and Outlook the host signs the user in,
// so their pages do not carry it (docs/performance-history.md). Once its chunk is here it renders without
// suspending, and a failed fetch is tried again when the screen is shown (`loadableView.tsx`).
const { View: BrowserSignIn, preload } = loadableView(() => import(/* webpackChunkName: "sign-in" */ './SignInScreen').then((module) => module.BrowserSignIn));

/**
 * Starts fetching the sign-in screen as soon as the page knows it runs in a plain browser, beside
 * the services and the catalogues, rather than after the first render asks for it. Settles (never
 * rejects) once the chunk is here or failed: the page waits for it before its first render of the
 * gate, so the gate never suspends and React never holds the surface back for its 300 ms reveal
 * throttle (up to about 200 ms of the workspace's cold start in a browser, `npm run bench -- coldLoad`).
 */
export function preloadBrowserSignIn(): Promise<void> {
  return preload();
}

/**
 * Around every surface: in a plain browser the surface appears only once someone is signed in, with
 * who it is and "Logg ut" above it; until then a "Logg inn" screen says what will happen. Inside
 * Teams and Outlook the host signs the user in (nested app authentication): the surface shows at once.
 */
export function SignInGate({ required = true, children }: { required?: boolean; children: ReactNode }) {
  const { hostContext } = useServices();
  if (!required || hostContext.host !== 'browser') return <>{children}</>;
  return (
    <Suspense fallback={null}>
      <BrowserSignIn>{children}</BrowserSignIn>
    </Suspense>
  );
}

