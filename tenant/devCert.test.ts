import { mkdtempSync, readFileSync } from 'node:fs';
import { X509Certificate, createPrivateKey } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureDevCertificate } from './devCert';

describe('the development certificate', () => {
  it('is made once when the tenant and the dev server ask for it at the same moment (npm start on a fresh clone)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'motebok-cert-'));
    const [tenant, devServer, third] = await Promise.all([ensureDevCertificate(dir), ensureDevCertificate(dir), ensureDevCertificate(dir)]);
    expect(devServer.cert).toBe(tenant.cert);
    expect(third.cert).toBe(tenant.cert);
    // What is on disk is what they serve, and the key belongs to it.
    const onDisk = readFileSync(tenant.certPath, 'utf8');
    expect(onDisk).toBe(tenant.cert);
    expect(new X509Certificate(onDisk).checkPrivateKey(createPrivateKey(devServer.key))).toBe(true);
  });

  it('is reused across restarts', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'motebok-cert-'));
    const first = await ensureDevCertificate(dir);
    const again = await ensureDevCertificate(dir);
    expect(again.cert).toBe(first.cert);
    expect(new X509Certificate(again.cert).subjectAltName).toContain('DNS:localhost');
  });
});
