import { request } from 'node:https';
import { connect } from 'node:tls';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkedGraph } from './testing/checkedGraph.js';
import { startTempTenant, type TempTenant } from './testing/fixture.js';
import { passwordToken, send, tenantCa } from './testing/tenantClient.js';
import { MAX_BATCH_REQUESTS } from './graph/batch.js';

let t: TempTenant;
let token: string;

interface ErrorBody { error: { code: string; message: string; innerError: { date: string; 'request-id': string; 'client-request-id': string } } }
interface BatchBody { responses: Array<{ id: string; status: number; headers: Record<string, string>; body?: unknown }> }

function expectGraphError(res: { status: number; json(): unknown }, status: number): ErrorBody['error'] {
  expect(res.status).toBe(status);
  const body = res.json() as ErrorBody;
  expect(typeof body.error.code).toBe('string');
  expect(typeof body.error.message).toBe('string');
  expect(body.error.innerError.date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
  expect(body.error.innerError['request-id']).toMatch(/^[0-9a-f-]{36}$/);
  return body.error;
}

beforeAll(async () => {
  t = await startTempTenant();
  token = await passwordToken(t.tenant, 'kristin.liset@siv.example.no', ['User.Read', 'User.ReadBasic.All', 'Sites.Manage.All', 'Files.ReadWrite.All', 'Calendars.ReadWrite', 'GroupMember.Read.All']);
});
afterAll(async () => t.dispose());
beforeEach(async () => {
  await send(t.tenant, '/_tenant/faults', { method: 'DELETE' });
});

describe('fault injection and the request log', () => {
  it('throttles the next n matching requests with 429, Retry-After and Graph error code, then lets them through', async () => {
    const added = await send(t.tenant, '/_tenant/faults', { method: 'POST', body: { match: '^GET /v1\\.0/me$', status: 429, retryAfter: 7, count: 2 } });
    expect(added.status).toBe(201);
    for (let i = 0; i < 2; i++) {
      const res = await checkedGraph(t.tenant, token, '/me');
      expect(expectGraphError(res, 429).code).toBe('TooManyRequests');
      expect(res.headers['retry-after']).toBe('7');
    }
    expect((await checkedGraph(t.tenant, token, '/me')).status).toBe(200);
    expect((await checkedGraph(t.tenant, token, '/users')).status).toBe(200);
  });

  it('adds latency, and drops the connection when asked', async () => {
    await send(t.tenant, '/_tenant/faults', { method: 'POST', body: { match: '^GET /v1\\.0/users$', latencyMs: 300, count: 1 } });
    const started = Date.now();
    expect((await checkedGraph(t.tenant, token, '/users')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    await send(t.tenant, '/_tenant/faults', { method: 'POST', body: { match: '^GET /v1\\.0/me$', drop: true, count: 1 } });
    await expect(checkedGraph(t.tenant, token, '/me')).rejects.toThrow();
    expect((await checkedGraph(t.tenant, token, '/me')).status).toBe(200);
  });

  it('stalls an answer halfway when asked: status and headers, half the body, then nothing until the client gives up', async () => {
    await send(t.tenant, '/_tenant/faults', { method: 'POST', body: { match: '^GET /v1\\.0/me$', swallow: 'body', count: 1 } });
    const read = await new Promise<{ status: number; received: string; ended: boolean }>((resolve, reject) => {
      const req = request(new URL('/v1.0/me', t.tenant.url), { headers: { Authorization: `Bearer ${token}` }, ca: tenantCa(t.tenant) }, (res) => {
        const chunks: Buffer[] = [];
        let ended = false;
        const giveUp = () => {
          clearTimeout(nothing);
          resolve({ status: res.statusCode ?? 0, received: Buffer.concat(chunks).toString('hex'), ended });
          req.destroy();
        };
        // A second with no more bytes after the first ones: the client gives up, as a time limit would. Counted
        // from the first bytes, not from the head: on a loaded machine the half body can come later than a second
        // after it. With no bytes at all, it gives up after 10 s.
        let afterBytes: ReturnType<typeof setTimeout> | undefined;
        const nothing = setTimeout(giveUp, 10_000);
        res.on('data', (chunk: Buffer) => {
          chunks.push(chunk);
          afterBytes ??= setTimeout(giveUp, 1_000);
        });
        res.on('end', () => (ended = true));
        res.on('error', () => undefined);
      });
      req.on('error', (error) => (error.message.includes('socket hang up') ? undefined : reject(error)));
      req.end();
    });
    const whole = Buffer.from(await (await checkedGraph(t.tenant, token, '/me')).text(), 'utf8');
    expect(read.status).toBe(200);
    expect(read.ended).toBe(false);
    expect(read.received).toBe(whole.subarray(0, Math.floor(whole.length / 2)).toString('hex'));
  });

  it('swallows a request when asked: no answer at all, carried out only when the answer is what is lost', async () => {
    /** A Graph request given up after `ms` without an answer, as a client's time limit would. */
    const answerWithin = (path: string, body: object, ms: number) =>
      new Promise<number | 'none'>((resolve, reject) => {
        const payload = Buffer.from(JSON.stringify(body));
        const req = request(new URL(`/v1.0${path}`, t.tenant.url), {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Content-Length': String(payload.length) },
          ca: tenantCa(t.tenant),
          signal: AbortSignal.timeout(ms),
        }, (res) => resolve(res.statusCode ?? 0));
        req.on('error', (error) => (error.name === 'AbortError' ? resolve('none') : reject(error)));
        req.end(payload);
      });
    await send(t.tenant, '/_tenant/requests', { method: 'DELETE' });
    const event = (subject: string) => ({ subject, start: { dateTime: '2026-05-04T10:00:00', timeZone: 'Europe/Oslo' }, end: { dateTime: '2026-05-04T12:00:00', timeZone: 'Europe/Oslo' } });
    const subjects = async () => ((await checkedGraph(t.tenant, token, '/me/events?$select=subject&$top=999')).json() as { value: Array<{ subject: string }> }).value.map((e) => e.subject);

    await send(t.tenant, '/_tenant/faults', { method: 'POST', body: { match: '^POST /v1\\.0/me/events$', swallow: 'request', count: 1 } });
    expect(await answerWithin('/me/events', event('Svelget forespørsel'), 1_500)).toBe('none');
    await send(t.tenant, '/_tenant/faults', { method: 'POST', body: { match: '^POST /v1\\.0/me/events$', swallow: 'answer', count: 1 } });
    expect(await answerWithin('/me/events', event('Svelget svar'), 1_500)).toBe('none');
    const now = await subjects();
    expect(now).not.toContain('Svelget forespørsel');
    expect(now).toContain('Svelget svar');
    // Logged once the client gave up, with no status; the next request is answered as usual.
    await expect.poll(async () => ((await send(t.tenant, '/_tenant/requests')).json() as { value: Array<{ method: string; path: string; status: number }> }).value.filter((r) => r.path === '/v1.0/me/events' && r.method === 'POST').map((r) => r.status)).toEqual([0, 0]);
    expect(await answerWithin('/me/events', event('Besvart'), 5_000)).toBe(201);
  });

  it('applies a rate to a share of the matching requests', async () => {
    await send(t.tenant, '/_tenant/faults', { method: 'POST', body: { match: '^GET /v1\\.0/me$', status: 503, rate: 0 } });
    expect((await checkedGraph(t.tenant, token, '/me')).status).toBe(200);
    await send(t.tenant, '/_tenant/faults', { method: 'DELETE' });
    await send(t.tenant, '/_tenant/faults', { method: 'POST', body: { match: '^GET /v1\\.0/me$', status: 503, rate: 1 } });
    expect(expectGraphError(await checkedGraph(t.tenant, token, '/me'), 503).code).toBe('serviceNotAvailable');
  });

  it('refuses malformed faults with 400', async () => {
    expect((await send(t.tenant, '/_tenant/faults', { method: 'POST', body: { match: '(', status: 429 } })).status).toBe(400);
    expect((await send(t.tenant, '/_tenant/faults', { method: 'POST', body: { match: '.*', status: 418 } })).status).toBe(400);
    expect((await send(t.tenant, '/_tenant/faults', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{' })).status).toBe(400);
  });

  it('logs method, path, status, duration and bytes, and clears on DELETE', async () => {
    await send(t.tenant, '/_tenant/requests', { method: 'DELETE' });
    await checkedGraph(t.tenant, token, '/me');
    await checkedGraph(t.tenant, token, '/nowhere');
    const log = (await send(t.tenant, '/_tenant/requests')).json() as { value: Array<{ method: string; path: string; status: number; durationMs: number; bytes: number }> };
    expect(log.value.map((e) => [e.method, e.path, e.status])).toEqual([['GET', '/v1.0/me', 200], ['GET', '/v1.0/nowhere', 400]]);
    expect(log.value[0]?.bytes).toBeGreaterThan(100);
    expect(typeof log.value[0]?.durationMs).toBe('number');
  });
});

describe('$batch', () => {
  it('runs up to 20 requests with relative urls and dependsOn, with 424 after a failed dependency', async () => {
    const res = await checkedGraph(t.tenant, token, '/$batch', { method: 'POST', body: { requests: [
      { id: '1', method: 'GET', url: '/me' },
      { id: '2', method: 'GET', url: '/nowhere' },
      { id: '3', method: 'GET', url: '/me?$select=displayName', dependsOn: ['1'] },
      { id: '4', method: 'GET', url: '/me', dependsOn: ['2'] },
    ] } });
    expect(res.status).toBe(200);
    const body = res.json() as BatchBody;
    expect(body.responses.map((r) => [r.id, r.status])).toEqual([['1', 200], ['2', 400], ['3', 200], ['4', 424]]);
    expect(body.responses[2]?.body).toMatchObject({ displayName: 'Kristin Liset' });
  });

  it(`refuses more than the documented ${MAX_BATCH_REQUESTS} requests`, async () => {
    expect(MAX_BATCH_REQUESTS).toBe(20);
    const requests = Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: '/me' }));
    expectGraphError(await checkedGraph(t.tenant, token, '/$batch', { method: 'POST', body: { requests } }), 400);
  });

  it('shows throttling on the inner response, not on the batch', async () => {
    await send(t.tenant, '/_tenant/faults', { method: 'POST', body: { match: '^GET /v1\\.0/users$', status: 429, retryAfter: 3, count: 1 } });
    const res = await checkedGraph(t.tenant, token, '/$batch', { method: 'POST', body: { requests: [{ id: 'a', method: 'GET', url: '/me' }, { id: 'b', method: 'GET', url: '/users' }] } });
    expect(res.status).toBe(200);
    const body = res.json() as BatchBody;
    expect(body.responses.find((r) => r.id === 'b')?.status).toBe(429);
    expect(body.responses.find((r) => r.id === 'b')?.headers['Retry-After']).toBe('3');
    expect(body.responses.find((r) => r.id === 'a')?.status).toBe(200);
  });
});

describe('robustness: bad input gets Graph error shape and never crashes the server', () => {
  it('answers malformed JSON with 400 BadRequest', async () => {
    const res = await checkedGraph(t.tenant, token, '/me/events', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"subject": "x",' });
    expect(expectGraphError(res, 400).code).toBe('BadRequest');
  });

  it('answers a wrong content type with 415', async () => {
    const res = await checkedGraph(t.tenant, token, '/me/events', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{"subject":"x"}' });
    expectGraphError(res, 415);
  });

  it('answers a body over the server limit with 413 and keeps serving', async () => {
    const res = await checkedGraph(t.tenant, token, '/me/events', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: Buffer.alloc(65 * 1024 * 1024, 32) }).catch(() => undefined);
    expect(res, 'the 413 answer arrives before the connection closes').toBeDefined();
    if (res) expect(expectGraphError(res, 413).code).toBe('requestEntityTooLarge');
    expect((await checkedGraph(t.tenant, token, '/me')).status).toBe(200);
  });

  it('answers unknown paths with Graph error shape, inside and outside /v1.0', async () => {
    expectGraphError(await checkedGraph(t.tenant, token, '/sites/unknown-site'), 404);
    expectGraphError(await checkedGraph(t.tenant, token, '/nothing/here'), 400);
    expectGraphError(await send(t.tenant, '/no/such/path'), 404);
  });

  it('answers a malformed percent-escape in the path with 400, not a server error', async () => {
    expectGraphError(await checkedGraph(t.tenant, token, '/users/%E0%A4%A'), 400);
    expectGraphError(await send(t.tenant, '/_tenant/calendar/%E0%A4%A'), 400);
  });

  it('refuses path traversal out of the meeting simulator folder', async () => {
    expectGraphError(await send(t.tenant, '/_tenant/meeting/..%2f..%2fpackage.json'), 400);
    expect((await send(t.tenant, '/_tenant/meeting/')).status).toBe(200);
  });

  it('survives garbage on the TLS socket and an aborted request', async () => {
    await new Promise<void>((resolve) => {
      const socket = connect({ host: 'localhost', port: Number(new URL(t.tenant.url).port), ca: tenantCa(t.tenant) }, () => {
        socket.write('POST /v1.0/me/events HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n{"partial"');
        setTimeout(() => { socket.destroy(); resolve(); }, 100);
      });
      socket.on('error', () => resolve());
    });
    expect((await checkedGraph(t.tenant, token, '/me')).status).toBe(200);
  });

  it('answers directory queries: users with startswith', async () => {
    const users = (await checkedGraph(t.tenant, token, "/users?$filter=startswith(displayName,'Kri')")).json() as { value: Array<{ displayName: string }> };
    expect(users.value.map((u) => u.displayName)).toEqual(['Kristin Liset']);
    const groups = (await send(t.tenant, '/_tenant/info')).json() as { users: unknown[] };
    expect(groups.users.length).toBeGreaterThan(5);
  });
});
