import { lazy, Suspense, type ReactNode } from 'react';
import { useServices } from './ServicesContext';

// The sign-in screen is for a plain browser only: in Teams and Outlook the host signs the user in,
// so their pages do not carry it (README: Performance).
const BrowserSignIn = lazy(() => import(/* webpackChunkName: "sign-in" */ './SignInScreen').then((module) => ({ default: module.BrowserSignIn })));

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

