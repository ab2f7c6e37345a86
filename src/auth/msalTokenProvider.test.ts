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

function fakeMsal(behaviour: { silent: (forceRefresh: boolean) => Promise<AuthenticationResult>; popup?: () => Promise<AuthenticationResult>; signedIn?: boolean }) {
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
    acquireTokenPopup: () => {
      calls.push('popup');
      return (behaviour.popup ?? (() => Promise.resolve(result('interactive'))))();
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

  it('reports a blocked popup in Norwegian', async () => {
    const blocked = Object.assign(new Error('popup'), { errorCode: 'popup_window_error' });
    const { msal } = fakeMsal({ silent: () => Promise.reject(interactionRequired()), popup: () => Promise.reject(blocked) });
    const error = await new MsalTokenProvider(msal).getToken(['User.Read']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).code).toBe('popupBlocked');
    expect((error as AuthError).message).toMatch(/popup-vinduer/);
  });

  it('does not prompt when the silent failure is a network problem', async () => {
    const offline = Object.assign(new Error('offline'), { errorCode: 'no_network_connectivity' });
    const { msal, calls } = fakeMsal({ silent: () => Promise.reject(offline) });
    const error = await new MsalTokenProvider(msal).getToken(['User.Read']).catch((e: unknown) => e);
    expect((error as AuthError).code).toBe('network');
    expect(calls).toEqual(['silent']);
  });
});
