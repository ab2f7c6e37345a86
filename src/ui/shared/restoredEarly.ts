import type { Auth, SignedInUser } from '../../auth/createAuth';

/** A silent sign-in check begun before the first render, and its answer once it has one. */
export interface EarlyRestore {
  promise: Promise<SignedInUser | undefined>;
  answer?: { user: SignedInUser | undefined } | { error: unknown };
  /** Set once the person signs in or out: the answer is out of date, a gate shown later asks again. */
  spent?: boolean;
}

/**
 * Starts the silent sign-in check (`auth.restore()`: MSAL's cache in this tab; never a window) the
 * moment a page in a plain browser has its services, after its first reads (the workspace's entry), and
 * keeps the answer, which the sign-in gate's screen finds in the services (`signInCheck`): its first render (`useSignIn`)
 * then shows the surface at once when the answer has arrived, instead of a "checking" render, an
 * effect that asks again and a render a task later for an answer long settled (issue 14: the
 * workspace's cold start in a browser). Handed down rather than kept here, so the gate's chunk
 * (`sign-in`, shared with pages that start otherwise) needs nothing of this module but its type.
 */
export function restoreEarly(auth: Pick<Auth, 'restore'>): EarlyRestore {
  const early: EarlyRestore = { promise: auth.restore() };
  early.promise.then(
    (user) => (early.answer = { user }),
    (error: unknown) => (early.answer = { error }),
  );
  return early;
}
