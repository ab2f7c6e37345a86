import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import type { TokenProvider } from '../../auth/tokenProvider';
import { requestUrl, setHeader } from './requestParts';

/**
 * Adds the bearer token to requests for the configured Graph host only (upload session URLs are
 * pre-authenticated and must not carry it). On 401 it asks for a fresh token once — the token may
 * have expired between cache and server — and repeats the request; a second 401 goes to the caller.
 */
export class AuthMiddleware implements Middleware {
  private next: Middleware | undefined;

  constructor(
    private readonly tokenProvider: TokenProvider,
    private readonly scopes: readonly string[],
    private readonly graphBaseUrl: string,
  ) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    if (!this.next) throw new Error('AuthMiddleware must not be last in the chain');
    if (!requestUrl(context).startsWith(this.graphBaseUrl)) {
      await this.next.execute(context);
      return;
    }
    setHeader(context, 'Authorization', `Bearer ${await this.tokenProvider.getToken(this.scopes)}`);
    await this.next.execute(context);
    if (context.response?.status !== 401) return;
    setHeader(context, 'Authorization', `Bearer ${await this.tokenProvider.getToken(this.scopes, { forceRefresh: true })}`);
    await this.next.execute(context);
  }
}
