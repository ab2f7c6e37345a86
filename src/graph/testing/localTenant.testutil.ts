/**
 * Starts the local tenant in-process for an integration test (free port, fresh temp data dir)
 * and wires the app's own Graph layer to it, recording every request the app sends.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
// eslint-disable-next-line no-restricted-imports -- tests start the local tenant in-process; shipped code never does
import { startTenant, type RunningTenant } from '../../../tenant/server';
import { createGraphClientFactory, type GraphClientFactory } from '../graphClient';
import type { RequestRecord } from '../middleware/fetchMiddleware';
import { SharePointMeetingRepository } from '../sharePointMeetingRepository';
import { fetchTrusting, passwordTokenProvider } from './nodeTenantAccess.testutil';

export interface TenantUserInfo {
  id: string;
  userPrincipalName: string;
  mail: string;
  displayName: string;
  password: string;
}

export interface Harness {
  tenant: RunningTenant;
  certificatePath: string;
  /** Every request the app's Graph clients sent (all users). */
  records: RequestRecord[];
  users: TenantUserInfo[];
  user(upnStart: string): TenantUserInfo;
  clientsFor(user: TenantUserInfo): GraphClientFactory;
  repositoryFor(user: TenantUserInfo, chunkBytes?: number): SharePointMeetingRepository;
  /** Raw control calls to the tenant (faults, request log). */
  control(method: string, pathname: string, body?: unknown): Promise<unknown>;
  close(): Promise<void>;
}

export const SECRETARY = 'kristin.liset';

export async function startHarness(): Promise<Harness> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'motebok-graph-'));
  const tenant = await startTenant({ port: 0, dataDir, quiet: true });
  const info = tenant.info as typeof tenant.info & { certificatePath: string; users: TenantUserInfo[] };
  const certificatePath = info.certificatePath;
  const fetchImpl = fetchTrusting(certificatePath);
  const records: RequestRecord[] = [];
  const factories = new Map<string, GraphClientFactory>();
  const clientsFor = (user: TenantUserInfo): GraphClientFactory => {
    const existing = factories.get(user.id);
    if (existing) return existing;
    const tokenProvider = passwordTokenProvider({ authority: info.authority, clientId: info.clientId, certificatePath, username: user.userPrincipalName, password: user.password }, fetchImpl);
    const factory = createGraphClientFactory({ config: { graphBaseUrl: info.graphBaseUrl }, tokenProvider, fetch: fetchImpl, onRequest: (record) => records.push(record), retry: { maxRetries: 3, delaySeconds: 1 } });
    factories.set(user.id, factory);
    return factory;
  };
  const user = (upnStart: string): TenantUserInfo => {
    const found = info.users.find((u) => u.userPrincipalName.toLowerCase().startsWith(upnStart.toLowerCase()));
    if (!found) throw new Error(`No tenant user ${upnStart}`);
    return found;
  };
  return {
    tenant,
    certificatePath,
    records,
    users: info.users,
    user,
    clientsFor,
    repositoryFor: (u, chunkBytes) => new SharePointMeetingRepository({ clients: clientsFor(u), siteId: info.siteId, ...(chunkBytes ? { chunkBytes } : {}) }),
    async control(method, pathname, body) {
      const response = await fetchImpl(`${tenant.url}${pathname}`, { method, ...(body !== undefined ? { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } } : {}) });
      const text = await response.text();
      return text ? JSON.parse(text) : undefined;
    },
    async close() {
      await tenant.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
