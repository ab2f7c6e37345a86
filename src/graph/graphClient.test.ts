import { describe, expect, it, vi } from 'vitest';
import * as v from 'valibot';
import { ConflictError, OfflineError } from '../domain/ports';
import { createGraphClientFactory } from './graphClient';
import { graphCall } from './graphCall';
import { GraphRequestError, failureReason, graphErrorKind } from './graphError';
import type { RequestRecord } from './middleware/fetchMiddleware';
import { AuthError, type TokenProvider } from '../auth/tokenProvider';

const config = { graphBaseUrl: 'https://localhost:4567/v1.0' };

function scriptedFetch(replies: Array<(request: Request) => Response>) {
  const seen: Request[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    seen.push(request);
    const reply = replies.shift();
    if (!reply) throw new Error('no more scripted replies');
    return reply(request);
  };
  return { fetch, seen };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) => () =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

function tokens(): TokenProvider & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    getToken: async (scopes, options) => {
      calls.push(`${scopes.join(',')}${options?.forceRefresh ? ':force' : ''}`);
      return options?.forceRefresh ? 'fresh' : 'stale';
    },
  };
}

const Me = v.object({ displayName: v.string() });

describe('Graph client', () => {
  it('sends the token for the configured Graph host to the configured base URL', async () => {
    const { fetch, seen } = scriptedFetch([json(200, { displayName: 'Kristin' })]);
    const client = createGraphClientFactory({ config, tokenProvider: tokens(), fetch })(['User.Read']);
    const me = await graphCall(Me, () => client.api('/me').get());
    expect(me.displayName).toBe('Kristin');
    expect(seen[0]?.url).toBe('https://localhost:4567/v1.0/me');
    expect(seen[0]?.headers.get('authorization')).toBe('Bearer stale');
  });

  it('gets a fresh token once and repeats the request when the token is rejected', async () => {
    const provider = tokens();
    const { fetch, seen } = scriptedFetch([json(401, { error: { code: 'InvalidAuthenticationToken', message: 'expired' } }), json(200, { displayName: 'Kristin' })]);
    const client = createGraphClientFactory({ config, tokenProvider: provider, fetch })(['User.Read']);
    await graphCall(Me, () => client.api('/me').get());
    expect(provider.calls).toEqual(['User.Read', 'User.Read:force']);
    expect(seen[1]?.headers.get('authorization')).toBe('Bearer fresh');
  });

  it('waits as told by Retry-After and retries a throttled request', async () => {
    const records: RequestRecord[] = [];
    const { fetch } = scriptedFetch([json(429, { error: { code: 'TooManyRequests', message: 'slow down' } }, { 'retry-after': '1' }), json(200, { displayName: 'Kristin' })]);
    const client = createGraphClientFactory({ config, tokenProvider: tokens(), fetch, onRequest: (r) => records.push(r) })(['User.Read']);
    const started = Date.now();
    await graphCall(Me, () => client.api('/me').get());
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(records.map((r) => r.status)).toEqual([429, 200]);
  });

  it('gives up after the bounded number of retries, saying it was throttled', async () => {
    const throttled = json(429, { error: { code: 'TooManyRequests', message: 'slow down' } }, { 'retry-after': '0' });
    const { fetch } = scriptedFetch([throttled, throttled, throttled]);
    const client = createGraphClientFactory({ config, tokenProvider: tokens(), fetch, retry: { maxRetries: 2, delaySeconds: 0 } })(['User.Read']);
    const error = await graphCall(Me, () => client.api('/me').get()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphRequestError);
    expect((error as GraphRequestError).status).toBe(429);
    expect(failureReason(error)).toEqual({ key: 'failure.throttled' });
  });

  it('does not repeat a POST that timed out at the gateway, since the server may have acted', async () => {
    const timeout = json(504, { error: { code: 'GatewayTimeout', message: 'late' } });
    const { fetch, seen } = scriptedFetch([timeout, timeout]);
    const client = createGraphClientFactory({ config, tokenProvider: tokens(), fetch, retry: { delaySeconds: 0 } })(['Calendars.ReadWrite']);
    await expect(graphCall(Me, () => client.api('/me/events/1/attachments').post({}))).rejects.toMatchObject({ status: 504 });
    expect(seen).toHaveLength(1);
  });

  it('normalises a Graph error body into status, code and request id', async () => {
    const { fetch } = scriptedFetch([json(409, { error: { code: 'nameAlreadyExists', message: 'exists', innerError: { 'request-id': 'req-1', date: '2026-01-01' } } })]);
    const client = createGraphClientFactory({ config, tokenProvider: tokens(), fetch })(['Sites.ReadWrite.All']);
    const error = await graphCall(Me, () => client.api('/me').post({})).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 409, code: 'nameAlreadyExists', requestId: 'req-1' });
    expect(graphErrorKind(error)).toBe('nameExists');
    expect(failureReason(error)).toEqual({ key: 'failure.nameExists' });
  });

  it('reports a 412 as a ConflictError', async () => {
    const { fetch } = scriptedFetch([json(412, { error: { code: 'resourceModified', message: 'etag' } })]);
    const client = createGraphClientFactory({ config, tokenProvider: tokens(), fetch })(['Sites.ReadWrite.All']);
    const error = await graphCall(Me, () => client.api('/me').patch({})).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(failureReason(error)).toEqual({ key: 'failure.conflict' });
  });

  it('reports a lost network as offline without losing what the user typed', async () => {
    const fetch = async () => {
      throw new TypeError('fetch failed');
    };
    const client = createGraphClientFactory({ config, tokenProvider: tokens(), fetch })(['User.Read']);
    const error = await graphCall(Me, () => client.api('/me').get()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfflineError);
    expect(failureReason(error)).toEqual({ key: 'failure.offline' });
  });

  it('passes a sign-in failure in the token provider on as the AuthError with its code and detail', async () => {
    const { fetch, seen } = scriptedFetch([json(200, { displayName: 'Kristin' })]);
    const failingSignIn: TokenProvider = {
      getToken: async () => {
        throw new AuthError('popupBlocked', 'BrowserAuthError: popup_window_error');
      },
    };
    const client = createGraphClientFactory({ config, tokenProvider: failingSignIn, fetch })(['User.Read']);
    const error = await graphCall(Me, () => client.api('/me').get()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({ code: 'popupBlocked', detail: 'BrowserAuthError: popup_window_error', reason: { key: 'signIn.popupBlocked' } });
    expect(seen).toHaveLength(0);
  });

  it('rejects an answer that does not have the expected shape', async () => {
    const { fetch } = scriptedFetch([json(200, { displayName: 42 })]);
    const client = createGraphClientFactory({ config, tokenProvider: tokens(), fetch })(['User.Read']);
    await expect(graphCall(Me, () => client.api('/me').get())).rejects.toMatchObject({ kind: 'unexpectedAnswer', message: expect.stringMatching(/^unexpected answer from Microsoft Graph: displayName/) as unknown });
  });

  it('says each kind of failure as data the screens word, the wait Graph asked for included', () => {
    const cases: Array<[number, string, unknown]> = [
      [401, 'InvalidAuthenticationToken', { key: 'failure.unauthorized' }],
      [403, 'accessDenied', { key: 'failure.forbidden' }],
      [404, 'itemNotFound', { key: 'failure.notFound' }],
      [413, 'requestEntityTooLarge', { key: 'failure.tooLarge' }],
      [503, 'serviceNotAvailable', { key: 'failure.server' }],
      [507, 'insufficientStorage', { key: 'failure.quota' }],
      [429, 'TooManyRequests', { key: 'failure.throttledFor', values: { seconds: 7 } }],
    ];
    for (const [status, code, reason] of cases) expect(failureReason(new GraphRequestError(status, code, 'r', '', status === 429 ? 7 : undefined))).toEqual(reason);
  });

  it('does not send the token to an upload URL on another host', async () => {
    const { fetch, seen } = scriptedFetch([json(200, { displayName: 'x' })]);
    const client = createGraphClientFactory({ config, tokenProvider: tokens(), fetch })(['Files.ReadWrite']);
    await graphCall(Me, () => client.api('https://upload.example.no/v1.0/session/abc').get());
    expect(seen[0]?.headers.get('authorization')).toBeNull();
  });
});

describe('Graph client: requests that outlive the page (keepalive)', () => {
  /** A fetch that holds each answer until released, and keeps what each request asked for. */
  function heldFetch() {
    const asked: Array<{ keepalive: boolean; bytes: number }> = [];
    const release: Array<() => void> = [];
    const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      asked.push({ keepalive: init?.keepalive === true, bytes: typeof init?.body === 'string' ? new TextEncoder().encode(init.body).byteLength : 0 });
      await new Promise<void>((resolve) => release.push(resolve));
      return json(200, { displayName: 'Hilde' })();
    };
    return { fetch, asked, releaseAll: () => release.splice(0).forEach((resolve) => resolve()) };
  }
  const send = (client: ReturnType<ReturnType<typeof createGraphClientFactory>>, text: string) =>
    graphCall(Me, () => client.api('/me').option('keepalive', true).patch({ text }));

  it('sends a body within 64 KiB with keepalive and one over it without (the browser would refuse it), both delivered', async () => {
    const { fetch, asked, releaseAll } = heldFetch();
    const client = createGraphClientFactory({ config, tokenProvider: tokens(), fetch })(['Sites.ReadWrite.All']);
    // ø is two bytes: 33,000 of them are over 64 KiB though under 65,536 characters.
    const small = send(client, 'Konklusjon.');
    await vi.waitFor(() => expect(asked).toHaveLength(1));
    releaseAll();
    await small;
    const large = send(client, 'ø'.repeat(33_000));
    await vi.waitFor(() => expect(asked).toHaveLength(2));
    releaseAll();
    await large;
    expect(asked.map((request) => request.keepalive)).toEqual([true, false]);
    expect(asked[1]?.bytes).toBeGreaterThan(65_536);
  });

  it('counts the keepalive bodies still on their way: a second that would pass 64 KiB with them goes without, a third after they are answered with', async () => {
    const { fetch, asked, releaseAll } = heldFetch();
    const client = createGraphClientFactory({ config, tokenProvider: tokens(), fetch })(['Sites.ReadWrite.All']);
    const first = send(client, 'a'.repeat(40_000));
    await vi.waitFor(() => expect(asked).toHaveLength(1));
    const second = send(client, 'b'.repeat(40_000));
    await vi.waitFor(() => expect(asked).toHaveLength(2));
    releaseAll();
    await Promise.all([first, second]);
    const third = send(client, 'c'.repeat(40_000));
    await vi.waitFor(() => expect(asked).toHaveLength(3));
    releaseAll();
    await third;
    expect(asked.map((request) => request.keepalive)).toEqual([true, false, true]);
  });
});
