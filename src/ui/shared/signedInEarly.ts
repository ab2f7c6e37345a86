import type { PersonIdentity } from '../../domain/personIdentity';

/** `Services.signedInUser`: the directory's answer (`GET /me`), asked once per page and shared. */
export type AskSignedInUser = () => Promise<PersonIdentity>;

const answered = new WeakMap<AskSignedInUser, PersonIdentity>();

/**
 * Asks who is signed in now, beside a meeting surface's first reads (its entry, no React), and keeps
 * the directory's answer, so a screen whose first render comes after it has arrived shows it in that
 * render (`useSignedInIdentity`) instead of rendering once without it and again a task later for a
 * promise that had long settled (issue 14: cold load). A failure is not kept: the screen asks again.
 */
export function askSignedInUserEarly(ask: AskSignedInUser): Promise<PersonIdentity> {
  const asked = ask();
  asked.then(
    (identity) => answered.set(ask, identity),
    () => undefined, // the screen asks again
  );
  return asked;
}

/** The directory's answer to `ask`, when an early ask has it already. */
export function signedInUserArrived(ask: AskSignedInUser): PersonIdentity | undefined {
  return answered.get(ask);
}
