// The development certificate: HTTPS only, as the real Graph and MSAL require.
// Made once per data directory and reused, so a browser or NODE_EXTRA_CA_CERTS trusts it across restarts.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createPrivateKey, X509Certificate } from 'node:crypto';
import path from 'node:path';
import { writeFileAtomic } from './store/atomicFile.js';

export interface DevCertificate {
  key: string;
  cert: string;
  certPath: string;
}

const CERT_FILE = 'localhost-cert.pem';
const KEY_FILE = 'localhost-key.pem';

function stillValid(certPem: string): boolean {
  try {
    const x509 = new X509Certificate(certPem);
    // Renew a week before expiry so a long-running dev setup never meets an expired certificate.
    return new Date(x509.validTo).getTime() - Date.now() > 7 * 24 * 3600 * 1000;
  } catch {
    return false;
  }
}

/** The stored pair, when both files are there, still valid, and the key belongs to the certificate. */
function readValidPair(certPath: string, keyPath: string): DevCertificate | undefined {
  if (!existsSync(certPath) || !existsSync(keyPath)) return undefined;
  const cert = readFileSync(certPath, 'utf8');
  const key = readFileSync(keyPath, 'utf8');
  if (!stillValid(cert)) return undefined;
  try {
    if (!new X509Certificate(cert).checkPrivateKey(createPrivateKey(key))) return undefined;
  } catch {
    return undefined;
  }
  return { key, cert, certPath };
}

const LOCK_DIR = '.certificate.lock';
const STALE_LOCK_MS = 30_000;

/**
 * `npm start` starts the tenant and the dev server at once, and on a fresh clone both find no
 * certificate. Only one may make it — otherwise each serves its own and nothing trusts the other —
 * so the maker holds a lock directory (mkdir is atomic) and the other waits and reads the result.
 */
export async function ensureDevCertificate(dir: string): Promise<DevCertificate> {
  mkdirSync(dir, { recursive: true });
  const certPath = path.join(dir, CERT_FILE);
  const keyPath = path.join(dir, KEY_FILE);
  const lockPath = path.join(dir, LOCK_DIR);
  const deadline = Date.now() + 2 * STALE_LOCK_MS;
  for (;;) {
    const stored = readValidPair(certPath, keyPath);
    if (stored) return stored;
    try {
      mkdirSync(lockPath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // A maker that died leaves its lock behind; the lock may also vanish between mkdir and stat.
      const since = existsSync(lockPath) ? Date.now() - statSync(lockPath, { throwIfNoEntry: false })!.mtimeMs : 0;
      if (since > STALE_LOCK_MS) rmSync(lockPath, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`Utviklingssertifikatet i ${dir} blir ikke ferdig (låsen ${lockPath} står). Slett låsen og start på nytt.`, { cause: error });
      await new Promise((resolve) => setTimeout(resolve, 100));
      continue;
    }
    try {
      return readValidPair(certPath, keyPath) ?? (await makeCertificate(certPath, keyPath));
    } finally {
      rmSync(lockPath, { recursive: true, force: true });
    }
  }
}

async function makeCertificate(certPath: string, keyPath: string): Promise<DevCertificate> {
  const now = new Date();
  // Loaded only when a certificate must be made: most starts reuse the stored one.
  const { generate } = await import('selfsigned');
  const pems = await generate([{ name: 'commonName', value: 'localhost' }, { name: 'organizationName', value: 'Møtebok lokal tenant' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate: new Date(now.getTime() - 60_000),
    notAfterDate: new Date(now.getTime() + 825 * 24 * 3600 * 1000),
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, keyCertSign: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }, { type: 7, ip: '::1' }] },
    ],
  });
  writeFileAtomic(keyPath, pems.private, 0o600);
  writeFileAtomic(certPath, pems.cert);
  return { key: pems.private, cert: pems.cert, certPath };
}
