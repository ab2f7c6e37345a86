import { describe, expect, it } from 'vitest';
import type { AccountInfo, AuthenticationResult } from '@azure/msal-browser';
import { MsalTokenProvider, type MsalLike } from './msalTokenProvider';
import { AuthError } from './tokenProvider';

const account = { homeAccountId: 'h', environment: 'e', tenantId: 't', username: 'sekretar@siv.no', localAccountId: 'l', name: 'Sekretær' } as AccountInfo;
const result = (accessToken: string): AuthenticationResult => ({ accessToken, account }) as AuthenticationResult;

function interactionRequired(): Error {
  const error = new Error('AADSTS50058');
  error.name = 'InteractionRequiredAuthError';
  return error;
}

function fakeMsal(behaviour: {
  silent: (forceRefresh: boolean) => Promise<AuthenticationResult>;
  popup?: () => Promise<AuthenticationResult>;
  signedIn?: boolean;
}) {
  const calls: string[] = [];
  let active: AccountInfo | null = behaviour.signedIn === false ? null : account;
  const msal: MsalLike = {
    getActiveAccount: () => active,
    getAllAccounts: () => (active ? [active] : []),
    setActiveAccount: (next) => {
      active = next;
    },
    acquireTokenSilent: (request) => {
      calls.push(`silent${request.forceRefresh ? ':force' : ''}`);
      return behaviour.silent(request.forceRefresh ?? false);
    },
    acquireTokenPopup: (request) => {
      calls.push(request.prompt ? `popup:${request.prompt}` : 'popup');
      return (behaviour.popup ?? (() => Promise.resolve(result('interactive'))))();
    },
  };
  return { msal, calls };
}

/** A signed-in user's MSAL that answers by scope and names each call with its scopes ("silent User.Read"). */
function msalByScope(answer: { silent: (scopes: string) => Promise<AuthenticationResult>; popup?: (scopes: string) => Promise<AuthenticationResult> }) {
  const calls: string[] = [];
  const msal: MsalLike = {
    getActiveAccount: () => account,
    getAllAccounts: () => [account],
    setActiveAccount: () => undefined,
    acquireTokenSilent: (request) => {
      calls.push(`silent ${request.scopes.join(' ')}`);
      return answer.silent(request.scopes.join(' '));
    },
    acquireTokenPopup: (request) => {
      calls.push(`popup ${request.scopes.join(' ')}`);
      return (answer.popup ?? (() => Promise.reject(new Error('no popup here'))))(request.scopes.join(' '));
    },
  };
  return { msal, calls };
}

describe('MsalTokenProvider', () => {
  it('returns a cached token silently without showing a prompt', async () => {
    const { msal, calls } = fakeMsal({ silent: async () => result('cached') });
    expect(await new MsalTokenProvider(msal).getToken(['User.Read'])).toBe('cached');
    expect(calls).toEqual(['silent']);
  });

  it('asks MSAL once for a token asked for again while it is on its way, and again once it has come', async () => {
    let answer: (value: AuthenticationResult) => void = () => undefined;
    const { msal, calls } = fakeMsal({ silent: () => new Promise((resolve) => (answer = resolve)) });
    const provider = new MsalTokenProvider(msal);
    const first = provider.getToken(['Sites.ReadWrite.All']);
    const second = provider.getToken(['Sites.ReadWrite.All']);
    await Promise.resolve();
    answer(result('shared'));
    expect(await Promise.all([first, second])).toEqual(['shared', 'shared']);
    expect(calls).toEqual(['silent']);
    const later = provider.getToken(['Sites.ReadWrite.All']);
    await Promise.resolve();
    answer(result('later'));
    expect(await later).toBe('later');
    expect(calls).toEqual(['silent', 'silent']);
  });

  it('asks for different tokens side by side for someone signed in, not one after the other (issue 14: cold load)', async () => {
    const answers = new Map<string, (value: AuthenticationResult) => void>();
    const { msal, calls } = msalByScope({ silent: (scopes) => new Promise((resolve) => answers.set(scopes, resolve)) });
    const provider = new MsalTokenProvider(msal);
    // A meeting page's first reads: `/me` and the meeting, each with its own token.
    const me = provider.getToken(['User.Read']);
    const meeting = provider.getToken(['Sites.ReadWrite.All']);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls).toEqual(['silent User.Read', 'silent Sites.ReadWrite.All']);
    answers.get('Sites.ReadWrite.All')?.(result('storage'));
    expect(await meeting).toBe('storage');
    answers.get('User.Read')?.(result('user'));
    expect(await me).toBe('user');
  });

  it('lets a signed-in user’s silent request run beside a popup another one opened, and its popup wait for that one', async () => {
    let popupOpen = false;
    let closePopup: () => void = () => undefined;
    const { msal, calls } = msalByScope({
      silent: (scopes) => (scopes === 'Sites.ReadWrite.All' ? Promise.resolve(result('storage')) : Promise.reject(interactionRequired())),
      popup: () => {
        if (popupOpen) return Promise.reject(Object.assign(new Error('interaction_in_progress'), { errorCode: 'interaction_in_progress' }));
        popupOpen = true;
        return new Promise((resolve) => (closePopup = () => ((popupOpen = false), resolve(result('consented')))));
      },
    });
    const provider = new MsalTokenProvider(msal);
    const calendar = provider.getToken(['Calendars.ReadWrite']);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls).toEqual(['silent Calendars.ReadWrite', 'popup Calendars.ReadWrite']);
    // While the consent popup is open: a read's token comes at once, a second consent waits its turn.
    expect(await provider.getToken(['Sites.ReadWrite.All'])).toBe('storage');
    const mail = provider.getToken(['Mail.Send']);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls).toEqual(['silent Calendars.ReadWrite', 'popup Calendars.ReadWrite', 'silent Sites.ReadWrite.All', 'silent Mail.Send']);
    closePopup();
    expect(await calendar).toBe('consented');
    await new Promise((resolve) => setTimeout(resolve, 0));
    // Its turn: silent first (the popup before may have been the consent it needed), then its own popup.
    expect(calls.slice(4)).toEqual(['silent Mail.Send', 'popup Mail.Send']);
    closePopup();
    expect(await mail).toBe('consented');
  });

  it('refreshes silently past the cache when the last token was rejected', async () => {
    const { msal, calls } = fakeMsal({ silent: async (force) => result(force ? 'fresh' : 'stale') });
    expect(await new MsalTokenProvider(msal).getToken(['User.Read'], { forceRefresh: true })).toBe('fresh');
    expect(calls).toEqual(['silent:force']);
  });

  it('falls back to an interactive sign-in when the silent one needs the user', async () => {
    const { msal, calls } = fakeMsal({ silent: () => Promise.reject(interactionRequired()) });
    expect(await new MsalTokenProvider(msal).getToken(['Calendars.ReadWrite'])).toBe('interactive');
    expect(calls).toEqual(['silent', 'popup']);
  });

  it('signs in interactively when nobody is signed in yet', async () => {
    const { msal, calls } = fakeMsal({ silent: async () => result('never'), signedIn: false });
    expect(await new MsalTokenProvider(msal).getToken(['User.Read'])).toBe('interactive');
    expect(calls).toEqual(['popup']);
    expect(msal.getActiveAccount()).toBe(account);
  });

  it('lets two requests that need a sign-in share it instead of failing with interaction_in_progress', async () => {
    // MSAL refuses a second interaction while one runs, as the real library does.
    let popupOpen = false;
    const { msal, calls } = fakeMsal({
      signedIn: false,
      silent: async () => result('silent-after-sign-in'),
      popup: async () => {
        if (popupOpen) throw Object.assign(new Error('interaction_in_progress'), { errorCode: 'interaction_in_progress' });
        popupOpen = true;
        await new Promise((resolve) => setTimeout(resolve, 10));
        popupOpen = false;
        return result('interactive');
      },
    });
    const provider = new MsalTokenProvider(msal);
    // Two different tokens: the second waits for the sign-in, then is silent (the same token twice shares one request, above).
    const tokens = await Promise.all([provider.getToken(['Sites.ReadWrite.All']), provider.getToken(['User.Read'])]);
    expect(tokens).toEqual(['interactive', 'silent-after-sign-in']);
    expect(calls).toEqual(['popup', 'silent']);
  });

  it('reports a blocked popup as its code, with MSAL\'s detail for logs', async () => {
    const blocked = Object.assign(new Error('popup'), { errorCode: 'popup_window_error' });
    const { msal } = fakeMsal({ silent: () => Promise.reject(interactionRequired()), popup: () => Promise.reject(blocked) });
    const error = await new MsalTokenProvider(msal).getToken(['User.Read']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).code).toBe('popupBlocked');
    expect((error as AuthError).reason).toEqual({ key: 'signIn.popupBlocked' });
    expect((error as AuthError).message).toBe('sign-in popupBlocked: popup');
  });

  it('does not prompt when the silent failure is a network problem', async () => {
    const offline = Object.assign(new Error('offline'), { errorCode: 'no_network_connectivity' });
    const { msal, calls } = fakeMsal({ silent: () => Promise.reject(offline) });
    const error = await new MsalTokenProvider(msal).getToken(['User.Read']).catch((e: unknown) => e);
    expect((error as AuthError).code).toBe('network');
    expect(calls).toEqual(['silent']);
  });

  describe('in a plain browser, where only a click may open the sign-in window', () => {
    const browserProvider = (msal: MsalLike) => new MsalTokenProvider(msal, undefined, { signInFromClickOnly: true });

    it('never opens a window on its own for someone not signed in yet', async () => {
      const { msal, calls } = fakeMsal({ silent: async () => result('never'), signedIn: false });
      const error = await browserProvider(msal).getToken(['User.Read']).catch((e: unknown) => e);
      expect((error as AuthError).code).toBe('notSignedIn');
      expect(calls).toEqual([]);
    });

    it('restores the signed-in account silently, and says when a person must act, without a window', async () => {
      const signedIn = fakeMsal({ silent: async () => result('cached') });
      expect(await browserProvider(signedIn.msal).restore(['User.Read'])).toBe('cached');
      const expired = fakeMsal({ silent: () => Promise.reject(interactionRequired()) });
      expect(((await browserProvider(expired.msal).restore(['User.Read']).catch((e: unknown) => e)) as AuthError).code).toBe('interactionRequired');
      expect([...signedIn.calls, ...expired.calls]).toEqual(['silent', 'silent']);
    });

    it('opens the popup at once when the sign-in button is pressed, letting the user pick the account', async () => {
      const { msal, calls } = fakeMsal({ silent: async () => result('never'), signedIn: false });
      const pending = browserProvider(msal).signIn(['User.Read']);
      // Before anything is awaited, so the browser still counts the click.
      expect(calls).toEqual(['popup:select_account']);
      expect(await pending).toBe('interactive');
    });

    it('still asks with a popup for a signed-in user whose consent or session ran out', async () => {
      const { msal, calls } = fakeMsal({ silent: () => Promise.reject(interactionRequired()) });
      expect(await browserProvider(msal).getToken(['Calendars.ReadWrite'])).toBe('interactive');
      expect(calls).toEqual(['silent', 'popup']);
    });
  });

  it('reports a popup the user closed as cancelled', async () => {
    const closed = Object.assign(new Error('closed'), { errorCode: 'user_cancelled' });
    const { msal } = fakeMsal({ silent: async () => result('never'), signedIn: false, popup: () => Promise.reject(closed) });
    const error = await new MsalTokenProvider(msal).signIn(['User.Read']).catch((e: unknown) => e);
    expect((error as AuthError).code).toBe('cancelled');
  });
  /** An MSAL whose account lookups are counted and whose silent requests are named with the account they carried. */
  function countingMsal(behaviour: { silent: () => Promise<AuthenticationResult>; signedIn?: boolean; popup?: () => Promise<AuthenticationResult> }) {
    const calls: string[] = [];
    let lookups = 0;
    const msal: MsalLike = {
      getActiveAccount: () => {
        lookups += 1;
        return behaviour.signedIn === false ? null : account;
      },
      getAllAccounts: () => {
        lookups += 1;
        return behaviour.signedIn === false ? [] : [account];
      },
      setActiveAccount: () => undefined,
      acquireTokenSilent: (request) => {
        calls.push(request.account ? `silent for ${request.account.username}` : 'silent for the host’s account');
        return behaviour.silent();
      },
      acquireTokenPopup: () => {
        calls.push('popup');
        return (behaviour.popup ?? (() => Promise.resolve(result('interactive'))))();
      },
      ssoSilent: () => {
        calls.push('ssoSilent');
        return behaviour.silent();
      },
    };
    return { msal, calls, lookups: () => lookups };
  }

  it('looks the account up once per token, not once to decide and again to ask (issue 14: cold load)', async () => {
    const { msal, calls, lookups } = countingMsal({ silent: async () => result('cached') });
    expect(await new MsalTokenProvider(msal).getToken(['Sites.ReadWrite.All'])).toBe('cached');
    expect(calls).toEqual(['silent for sekretar@siv.no']);
    expect(lookups()).toBe(1);
  });

  describe("in MSAL's nested app, where the host says whose tokens they are (Teams, Outlook)", () => {
    const hostProvider = (msal: MsalLike, loginHint?: string) => new MsalTokenProvider(msal, loginHint, { accountFromHost: true });

    it('asks MSAL for the host’s account’s token without looking an account up first (issue 14: cold load)', async () => {
      const { msal, calls, lookups } = countingMsal({ silent: async () => result('cached') });
      const provider = hostProvider(msal);
      expect(await provider.getToken(['Sites.ReadWrite.All'])).toBe('cached');
      expect(await provider.getToken(['User.Read'])).toBe('cached');
      expect(calls).toEqual(['silent for the host’s account', 'silent for the host’s account']);
      expect(lookups()).toBe(0);
    });

    it('takes the host’s silent answer before anyone is signed in in this tab, with no popup', async () => {
      const { msal, calls } = countingMsal({ silent: async () => result('from the host'), signedIn: false });
      expect(await hostProvider(msal, 'kristin.liset@siv.example.no').getToken(['Sites.ReadWrite.All'])).toBe('from the host');
      expect(calls).toEqual(['silent for the host’s account']);
    });

    it('opens the host’s popup once when the host says a person must act, without asking silently again', async () => {
      const { msal, calls } = countingMsal({ silent: () => Promise.reject(interactionRequired()), signedIn: false });
      expect(await hostProvider(msal, 'kristin.liset@siv.example.no').getToken(['Tasks.ReadWrite'])).toBe('interactive');
      expect(calls).toEqual(['silent for the host’s account', 'popup']);
    });

    it('restores silently and says when a person must act, never with a window', async () => {
      const { msal, calls } = countingMsal({ silent: () => Promise.reject(interactionRequired()), signedIn: false });
      const error = await hostProvider(msal).restore(['User.Read']).catch((e: unknown) => e);
      expect((error as AuthError).code).toBe('interactionRequired');
      expect(calls).toEqual(['silent for the host’s account']);
    });

    it('refreshes past the cache through the host when the last token was rejected', async () => {
      const forced: boolean[] = [];
      const { msal } = countingMsal({ silent: async () => result('fresh') });
      const inner = msal.acquireTokenSilent;
      msal.acquireTokenSilent = (request) => {
        forced.push(request.forceRefresh ?? false);
        return inner(request);
      };
      expect(await hostProvider(msal).getToken(['Sites.ReadWrite.All'], { forceRefresh: true })).toBe('fresh');
      expect(forced).toEqual([true]);
    });
  });
});
