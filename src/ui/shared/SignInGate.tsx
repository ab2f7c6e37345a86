import { lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { useServices } from './ServicesContext';

// The sign-in screen is for a plain browser only: in Teams and Outlook the host signs the user in,
// so their pages do not carry it (README: Performance).
let signInModule: Promise<typeof import('./SignInScreen')> | undefined;
/** The screen once its chunk is here: rendered without suspending (React 19 holds back revealed content for up to 300 ms; see preloadedView). */
let loadedSignIn: ComponentType<{ children: ReactNode }> | undefined;
function loadSignIn(): Promise<typeof import('./SignInScreen')> {
  signInModule ??= import(/* webpackChunkName: "sign-in" */ './SignInScreen').then((module) => {
    loadedSignIn = module.BrowserSignIn;
    return module;
  }).catch((error: unknown) => {
    signInModule = undefined; // a failed fetch is tried again when the screen is shown
    throw error;
  });
  return signInModule;
}
const BrowserSignIn = lazy(() => loadSignIn().then((module) => ({ default: module.BrowserSignIn })));

/**
 * Starts fetching the sign-in screen as soon as the page knows it runs in a plain browser, beside
 * MSAL and the services, rather than after the first render asks for it (a step less on the start-up
 * chain: `npm run bench -- coldLoad`).
 */
export function preloadBrowserSignIn(): void {
  void loadSignIn().catch(() => undefined);
}

/**
 * Around every surface: in a plain browser the surface appears only once someone is signed in, with
 * who it is and "Logg ut" above it; until then a "Logg inn" screen says what will happen. Inside
 * Teams and Outlook the host signs the user in (nested app authentication): the surface shows at once.
 */
export function SignInGate({ required = true, children }: { required?: boolean; children: ReactNode }) {
  const { hostContext } = useServices();
  // Chosen once per mount, so the screen is never mounted twice.
  const [SignIn] = useState(() => loadedSignIn ?? BrowserSignIn);
  if (!required || hostContext.host !== 'browser') return <>{children}</>;
  return (
    <Suspense fallback={null}>
      <SignIn>{children}</SignIn>
    </Suspense>
  );
}

