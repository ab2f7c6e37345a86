// A read-only Graph GET for the admin tools: the raw status and JSON body, so a check can tell
// "no access" (403) from "not there" (404) and say which. Retries once on 429/503 after Retry-After.
import type { TokenProvider } from '../../src/auth/tokenProvider';
import type { FetchLike } from '../../src/graph/middleware/fetchMiddleware';
import type { GraphAnswer } from '../doctor/checks';

export function graphGetter(
  graphBaseUrl: string,
  tokens: TokenProvider,
  scopes: readonly string[],
  fetchImpl: FetchLike,
): (path: string) => Promise<GraphAnswer> {
  return async (path) => {
    for (let attempt = 0; ; attempt++) {
      const token = await tokens.getToken(scopes);
      const response = await fetchImpl(`${graphBaseUrl}${path}`, { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } });
      if ((response.status === 429 || response.status === 503) && attempt < 2) {
        const wait = Number(response.headers.get('Retry-After') ?? '2');
        await response.arrayBuffer();
        await new Promise((resolve) => setTimeout(resolve, Math.min(Number.isFinite(wait) ? wait : 2, 30) * 1000));
        continue;
      }
      const text = await response.text();
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        // not JSON: keep the text for the message
      }
      return { status: response.status, body };
    }
  };
}
