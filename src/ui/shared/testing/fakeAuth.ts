import type { Auth, SignedInUser } from '../../../auth/createAuth';

/** An Auth whose answers the test gives, recording what was asked in order. */
export function fakeAuth(options: { restored?: SignedInUser; restoreError?: unknown } = {}) {
  const calls: string[] = [];
  let answer: { resolve: (user: SignedInUser) => void; reject: (error: unknown) => void } | undefined;
  const auth: Pick<Auth, 'restore' | 'signIn' | 'signOut' | 'account'> = {
    account: () => options.restored,
    restore: async () => {
      calls.push('restore');
      if (options.restoreError) throw options.restoreError;
      return options.restored;
    },
    signIn: () => {
      calls.push('signIn');
      return new Promise<SignedInUser>((resolve, reject) => (answer = { resolve, reject }));
    },
    signOut: async () => {
      calls.push('signOut');
    },
  };
  return {
    auth,
    calls,
    signInSucceeds: (user: SignedInUser) => answer?.resolve(user),
    signInFails: (error: unknown) => answer?.reject(error),
  };
}
