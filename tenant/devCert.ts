// The development certificate: HTTPS only, as the real Graph and MSAL require.
// Made once per data directory and reused, so a browser or NODE_EXTRA_CA_CERTS trusts it across restarts.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';
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

export async function ensureDevCertificate(dir: string): Promise<DevCertificate> {
  mkdirSync(dir, { recursive: true });
  const certPath = path.join(dir, CERT_FILE);
  const keyPath = path.join(dir, KEY_FILE);
  if (existsSync(certPath) && existsSync(keyPath)) {
    const cert = readFileSync(certPath, 'utf8');
    const key = readFileSync(keyPath, 'utf8');
    if (stillValid(cert)) return { key, cert, certPath };
  }
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
