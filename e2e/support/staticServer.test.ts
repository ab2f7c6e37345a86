import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:http2';
import { request } from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDevCertificate } from '../../tenant/devCert';
import { requestWhileBlocked } from '../../tenant/testing/requestWhileBlocked';
import { serveDirectory } from './staticServer';

/** One GET, trusting the test's own certificate: the status, the headers and the body as sent. */
interface Answer {
  status: number;
  encoding: string | undefined;
  cacheControl: string | undefined;
  body: Buffer;
}
function get(url: string, ca: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    request(url, { ca, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, encoding: res.headers['content-encoding'], cacheControl: res.headers['cache-control'], body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

/** One GET over HTTP/2 (ALPN h2 only, as a browser offers it first): the protocol agreed, the status, the encoding and the body. */
function getOverHttp2(url: string, ca: string): Promise<{ protocol: string | undefined; status: number; encoding: string | undefined; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const session = connect(url, { ca, ALPNProtocols: ['h2'] });
    session.on('error', reject);
    const stream = session.request({ ':path': '/app.js', 'accept-encoding': 'gzip, deflate, br' });
    let headers: Record<string, unknown> = {};
    const chunks: Buffer[] = [];
    stream.on('response', (received) => (headers = received));
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('error', reject);
    stream.on('end', () => {
      const protocol = session.alpnProtocol;
      session.close();
      resolve({ protocol, status: Number(headers[':status']), encoding: headers['content-encoding'] as string | undefined, body: Buffer.concat(chunks) });
    });
    stream.end();
  });
}

describe('the static server of the browser tests and the cold-load bench', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'motebok-static-'));
  const script = 'export const text = "Møtebok";\n'.repeat(200);
  let served: Awaited<ReturnType<typeof serveDirectory>>;
  let ca: string;

  beforeAll(async () => {
    writeFileSync(path.join(dir, 'app.js'), script);
    writeFileSync(path.join(dir, 'icon.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]));
    writeFileSync(path.join(dir, 'side-panel-recorder.0a1b2c3d.js'), script);
    writeFileSync(path.join(dir, 'sidePanel.9f8e7d6c.css'), 'body { margin: 0; }\n');
    writeFileSync(path.join(dir, 'sidepanel.html'), '<!doctype html><title>Møtebok</title>\n');
    const certificate = await ensureDevCertificate(path.join(dir, 'cert'));
    ca = certificate.cert;
    served = await serveDirectory(dir, certificate.key, certificate.cert);
  });

  afterAll(async () => {
    await served.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends text gzip-compressed to a browser that accepts it, as a static host does, and the same bytes arrive', async () => {
    const answer = await get(`${served.url}/app.js`, ca, { 'accept-encoding': 'gzip, deflate, br' });
    expect(answer.status).toBe(200);
    expect(answer.encoding).toBe('gzip');
    expect(answer.body.length).toBeLessThan(Buffer.byteLength(script) / 10);
    expect(gunzipSync(answer.body).toString('utf8')).toBe(script);
  });

  it('lets a browser keep a hashed script or style sheet for good, as the production host does, and asks it to check pages and anything unhashed again', async () => {
    const answers = await Promise.all(['side-panel-recorder.0a1b2c3d.js', 'sidePanel.9f8e7d6c.css', 'sidepanel.html', 'app.js', 'icon.png'].map((file) => get(`${served.url}/${file}`, ca)));
    expect(answers.map((answer) => answer.cacheControl)).toEqual(['public, max-age=31536000, immutable', 'public, max-age=31536000, immutable', 'no-cache', 'no-cache', 'no-cache']);
  });

  it('sends text as it is to a client that does not accept gzip, and images as they are', async () => {
    const plain = await get(`${served.url}/app.js`, ca);
    expect(plain.encoding).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(script);
    const image = await get(`${served.url}/icon.png`, ca, { 'accept-encoding': 'gzip' });
    expect(image.encoding).toBeUndefined();
    expect([...image.body]).toEqual([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
  });

  it('answers over HTTP/2, as the app\'s real static host does, with the text compressed', async () => {
    const answer = await getOverHttp2(served.url, ca);
    expect(answer.protocol).toBe('h2');
    expect(answer.status).toBe(200);
    expect(answer.encoding).toBe('gzip');
    expect(gunzipSync(answer.body).toString('utf8')).toBe(script);
  });

  it('answers while the process that started it is busy: it has an event loop of its own', async () => {
    const { status, started, answered, blockedFrom, blockedUntil } = await requestWhileBlocked(`${served.url}/app.js`, ca, 3_000);
    expect(status).toBe(200);
    // The request was made and answered while this process could not have answered it.
    expect(started).toBeGreaterThanOrEqual(blockedFrom);
    expect(answered).toBeLessThan(blockedUntil);
  });
});
