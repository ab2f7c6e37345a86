/**
 * Device code sign-in for the admin tools: the person running them opens the verification page on
 * any device, types the code and signs in there (Microsoft Entra ID: https://microsoft.com/devicelogin;
 * the local tenant: /devicelogin). No password passes through the tool.
 */
import { PublicClientApplication } from '@azure/msal-node';
import type { TokenProvider } from '../../src/auth/tokenProvider';
import type { FetchLike } from '../../src/graph/middleware/fetchMiddleware';
import { networkModule } from '../../src/graph/testing/nodeTenantAccess';

export interface DeviceCodePrompt {
  userCode: string;
  verificationUri: string;
  /** Entra's own instruction (English). */
  message: string;
}

export interface DeviceCodeSignIn {
  authority: string;
  clientId: string;
  knownAuthorities: string[];
  /** Told the code to show; tests answer it by signing in on the tenant's page. */
  onPrompt(prompt: DeviceCodePrompt): void;
  fetch?: FetchLike;
}

/** A TokenProvider that signs in once by device code and then renews silently. */
export function deviceCodeTokenProvider(options: DeviceCodeSignIn): TokenProvider & { account(): string | undefined } {
  const app = new PublicClientApplication({
    auth: { clientId: options.clientId, authority: options.authority, knownAuthorities: options.knownAuthorities },
    ...(options.fetch ? { system: { networkClient: networkModule(options.fetch) } } : {}),
  });
  let username: string | undefined;
  return {
    account: () => username,
    async getToken(scopes: readonly string[]): Promise<string> {
      const [account] = await app.getTokenCache().getAllAccounts();
      if (account) {
        const silent = await app.acquireTokenSilent({ account, scopes: [...scopes] }).catch(() => null);
        if (silent?.accessToken) return silent.accessToken;
      }
      const result = await app.acquireTokenByDeviceCode({
        scopes: [...scopes],
        deviceCodeCallback: (response) =>
          options.onPrompt({ userCode: response.userCode, verificationUri: response.verificationUri, message: response.message }),
      });
      if (!result?.accessToken) throw new Error('Innloggingen ga ikke noe tilgangstoken.');
      username = result.account?.username;
      return result.accessToken;
    },
  };
}

/** How the admin tools are run: from the command line with process.env, or by tests with their own fetch and sign-in. */
export interface M365ToolRun {
  env: Record<string, string | undefined>;
  /** Default: Node's fetch (trusts NODE_EXTRA_CA_CERTS, as the local tenant's certificate needs). */
  fetch?: FetchLike;
  /** Default: print the address and the code. */
  onPrompt?(prompt: DeviceCodePrompt): void;
  out?(text: string): void;
}
