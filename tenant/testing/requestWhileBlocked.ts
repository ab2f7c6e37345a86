// For tests of a server that must answer while the process that started it is busy (the static
// host, the forked tenant): a client in another process asks while this process's event loop is
// blocked, as a burst of Playwright's driver blocks the bench's.
import { spawn } from 'node:child_process';

export interface BlockedRequest {
  status: number;
  body: string;
  /** When the client sent the request and had the whole answer (epoch ms). */
  started: number;
  answered: number;
  /** When this process's event loop was blocked (epoch ms). */
  blockedFrom: number;
  blockedUntil: number;
}

/**
 * A client in another process GETs `url` (trusting `ca`, with `headers`) when told, just before this
 * process's event loop is blocked for `blockMs`.
 */
export async function requestWhileBlocked(url: string, ca: string, blockMs: number, headers: Record<string, string> = {}): Promise<BlockedRequest> {
  const client = spawn(
    process.execPath,
    [
      '-e',
      `const https = require('node:https');
       process.stdout.write('ready\\n');
       process.stdin.once('data', () => {
         const started = Date.now();
         https.get(process.env.URL, { ca: process.env.CA, headers: JSON.parse(process.env.HEADERS) }, (res) => {
           const chunks = [];
           res.on('data', (chunk) => chunks.push(chunk));
           res.on('end', () => process.stdout.write(JSON.stringify({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8'), started, answered: Date.now() }) + '\\n'));
         });
       });`,
    ],
    { env: { ...process.env, URL: url, CA: ca, HEADERS: JSON.stringify(headers) }, stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const answered = new Promise<string>((resolve) => {
    let buffered = '';
    client.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const complete = buffered.split('\n');
      buffered = complete.pop() ?? '';
      for (const line of complete) if (line.startsWith('{')) resolve(line);
    });
  });
  await new Promise<void>((resolve) => client.stdout.once('data', () => resolve()));
  // The client asks only when told, after this process has taken the time: on a loaded machine a fixed delay
  // could let it ask before this process blocked.
  const blockedFrom = Date.now();
  client.stdin.write('go\n');
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, blockMs);
  const blockedUntil = Date.now();
  const answer = JSON.parse(await answered) as { status: number; body: string; started: number; answered: number };
  return { ...answer, blockedFrom, blockedUntil };
}
