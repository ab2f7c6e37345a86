/**
 * Node-only helpers for tests, the seed tool and the request benchmark: a fetch that trusts the
 * local tenant's self-signed certificate, and a TokenProvider signing in with the password grant
 * (MSAL Node). Shipped code never imports this file (the browser uses createAuth + its own fetch).
 */
import { readFileSync } from 'node:fs';
import { PublicClientApplication, type INetworkModule, type NetworkResponse } from '@azure/msal-node';
import { Agent, fetch as undiciFetch } from 'undici';
import type { TokenProvider } from '../../auth/tokenProvider';
import type { FetchLike } from '../middleware/fetchMiddleware';

export function fetchTrusting(certificatePath: string): FetchLike {
  const dispatcher = new Agent({ connect: { ca: readFileSync(certificatePath, 'utf8') } });
  return async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const response = await undiciFetch(url, { ...(init as Parameters<typeof undiciFetch>[1]), dispatcher });
    return response as unknown as Response;
  };
}

/** MSAL Node's network calls through `fetchImpl` (so they trust the local tenant's certificate too). */
export function networkModule(fetchImpl: FetchLike): INetworkModule {
  const send = async <T>(method: 'GET' | 'POST', url: string, options?: { headers?: Record<string, string>; body?: string }): Promise<NetworkResponse<T>> => {
    const response = await fetchImpl(url, {
      method,
      ...(options?.headers ? { headers: options.headers } : {}),
      ...(options?.body !== undefined ? { body: options.body } : {}),
    });
    const headers: Record<string, string> = {};
    response.headers.forEach((value, key) => (headers[key] = value));
    const text = await response.text();
    return { status: response.status, headers, body: (text ? JSON.parse(text) : {}) as T };
  };
  return {
    sendGetRequestAsync: (url, options) => send('GET', url, options),
    sendPostRequestAsync: (url, options) => send('POST', url, options),
  };
}

export interface TenantSignIn {
  authority: string;
  clientId: string;
  certificatePath: string;
  username: string;
  password: string;
}

/** Signs in as one user with the password grant (tests and tools only — never in the app). */
export function passwordTokenProvider(signIn: TenantSignIn, fetchImpl = fetchTrusting(signIn.certificatePath)): TokenProvider & { requests: number } {
  const host = new URL(signIn.authority).host;
  const app = new PublicClientApplication({
    auth: { clientId: signIn.clientId, authority: signIn.authority, knownAuthorities: [host] },
    system: { networkClient: networkModule(fetchImpl) },
  });
  const provider = {
    requests: 0,
    async getToken(scopes: readonly string[], options?: { forceRefresh?: boolean }): Promise<string> {
      const accounts = await app.getTokenCache().getAllAccounts();
      const account = accounts[0];
      if (account && !options?.forceRefresh) {
        try {
          const silent = await app.acquireTokenSilent({ account, scopes: [...scopes] });
          if (silent?.accessToken) return silent.accessToken;
        } catch {
          // fall through to the password grant
        }
      }
      provider.requests++;
      const result = await app.acquireTokenByUsernamePassword({ scopes: [...scopes], username: signIn.username, password: signIn.password });
      if (!result?.accessToken) throw new Error(`Innlogging som ${signIn.username} ga ikke token`);
      return result.accessToken;
    },
  };
  return provider;
}
