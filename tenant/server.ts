// The local tenant: an HTTPS server imitating the Microsoft Graph v1.0 subset Møtebok uses and an
// Entra ID-like OpenID Connect authority. A development tool: never bundled, never imported by src.
// HTTP/2 and HTTP/1.1 on one port, chosen by ALPN, as graph.microsoft.com does (http/transport.ts).
import { createSecureServer, type Http2SecureServer } from 'node:http2';
import { existsSync, rmSync } from 'node:fs';
import type { Socket } from 'node:net';
import path from 'node:path';
import { ensureDevCertificate } from './devCert.js';
import { TenantCore, type TenantInfo } from './core.js';
import { startLiveService, type RunningLiveService } from './live/liveService.js';

export type { TenantInfo };

export interface TenantOptions {
  /** 0 = a free port chosen by the system. */
  port?: number;
  dataDir?: string;
  /** Wipe the data (files, lists, mail) before starting; identities, certificate and signing key stay. */
  reset?: boolean;
  quiet?: boolean;
  /** Origin of the app the simulators frame: https://localhost:APP_PORT under `npm start` (default port 3000). */
  appUrl?: string;
  /** Clock for expiries (upload sessions). Tests only; defaults to Date.now. */
  now?: () => number;
  /**
   * Start Fluid's local service (tinylicious, tenant/live) for Live Share in the meeting simulator:
   * `npm start`, the browser tests and the bench do. Off by default (a child process per tenant).
   */
  liveService?: boolean;
}

export interface RunningTenant {
  url: string;
  info: TenantInfo;
  close(): Promise<void>;
}

/** A tenant started in this process: it can also be seeded through its own storage. */
export interface InProcessTenant extends RunningTenant {
  /**
   * Writes rows straight into a list's storage (by list id, name or title), with the same field
   * validation as POST …/items but no HTTP: seeding tens of thousands of rows for benchmarks and
   * threshold tests in seconds. Rows are created by the secretariat's first user. Not a Graph API.
   */
  seedListItems(list: string, rows: ReadonlyArray<Record<string, unknown>>): number;
}

export const DEFAULT_DATA_DIR = '.local-tenant';

export async function startTenant(options: TenantOptions = {}): Promise<InProcessTenant> {
  const dataDir = path.resolve(options.dataDir ?? DEFAULT_DATA_DIR);
  if (options.reset) {
    for (const sub of ['state', 'blobs', 'staging', 'pdf-cache']) {
      const dir = path.join(dataDir, sub);
      if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
    }
  }
  const cert = await ensureDevCertificate(dataDir);
  const live: RunningLiveService | undefined = options.liveService ? await startLiveService({ dataDir }) : undefined;
  let origin = 'https://localhost';
  const core = new TenantCore({
    dataDir,
    origin: () => origin,
    quiet: options.quiet ?? false,
    certificatePath: cert.certPath,
    ...(options.appUrl ? { appUrl: options.appUrl } : {}),
    ...(options.now ? { now: options.now } : {}),
    liveServiceUrl: () => live?.url,
  });
  // Over HTTP/1.1 (a client that offers no h2) req and res are node:http's; the handler's types name HTTP/2's only.
  const server: Http2SecureServer = createSecureServer({ key: cert.key, cert: cert.cert, allowHTTP1: true }, (req, res) => {
    core.handle(req, res).catch((err: unknown) => {
      if (!options.quiet) console.error('[tenant] unhandled', err);
      if (!res.headersSent) {
        res.statusCode = 500;
        res.end();
      }
    });
  });
  // Idle HTTP/1.1 keep-alive connections stay open for a minute (Node's default is 5 s). A test process that
  // blocks its event loop for a few seconds (compiling the Graph description, LibreOffice) would
  // otherwise reuse a socket at the moment the server closes it, and see ECONNRESET at random.
  // (Node's HTTP/1.1 fallback reads these from the HTTP/2 server; its types do not name them.)
  Object.assign(server, { keepAliveTimeout: 60_000, headersTimeout: 65_000 });
  const sockets = new Set<Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  // A client that sends garbage before TLS completes must not take the server down.
  server.on('tlsClientError', () => undefined);
  server.on('clientError', (_err, socket) => socket.destroy());

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4000, 'localhost', () => resolve());
  }).catch(async (error: unknown) => {
    await live?.close();
    throw error;
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port ?? 4000;
  origin = `https://localhost:${port}`;
  const info = core.info();
  if (!options.quiet) console.log(`[tenant] ${origin} (data: ${dataDir})`);
  return {
    url: origin,
    info,
    seedListItems: (list, rows) => core.seedListItems(list, rows),
    close: async () => {
      core.shutdown();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      });
      await live?.close();
    },
  };
}

