/**
 * Starts the local tenant in-process for an integration test (free port, fresh temp data dir)
 * and wires the app's own Graph layer to it, recording every request the app sends.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startTenant, type InProcessTenant } from '../../../tenant/server';
import type { TokenProvider } from '../../auth/tokenProvider';
import type { Committee } from '../../domain/model';
import { createGraphClientFactory, type GraphClientFactory } from '../graphClient';
import type { FetchLike, RequestRecord } from '../middleware/fetchMiddleware';
import type { TimeLimit } from '../middleware/timeLimit';
import { SharePointMeetingRepository } from '../sharePointMeetingRepository';
import { fetchTrusting, passwordTokenProvider } from './nodeTenantAccess';

export interface TenantUserInfo {
  id: string;
  userPrincipalName: string;
  mail: string;
  displayName: string;
  /** 'Guest' for members from other organisations: no mailbox in this tenant. */
  userType: 'Member' | 'Guest';
  password: string;
}

export interface Harness {
  tenant: InProcessTenant;
  certificatePath: string;
  /** Every request the app's Graph clients sent (all users). */
  records: RequestRecord[];
  users: TenantUserInfo[];
  user(upnStart: string): TenantUserInfo;
  clientsFor(user: TenantUserInfo): GraphClientFactory;
  /** The signed-in token provider for a user (password grant). */
  tokenFor(user: TenantUserInfo): TokenProvider;
  /** The fetch the app's clients use here (trusts the dev certificate, honours failOnce). */
  fetch: FetchLike;
  repositoryFor(user: TenantUserInfo, chunkBytes?: number): SharePointMeetingRepository;
  /** Arms one client-side fault; it fires once. */
  failOnce(fault: ClientFault): void;
  /** Raw control calls to the tenant (faults, request log). */
  control(method: string, pathname: string, body?: unknown): Promise<unknown>;
  close(): Promise<void>;
}

export const SECRETARY = 'kristin.liset';

/**
 * A network failure the test makes happen on the client side, at the n-th request matching
 * `match`: 'before' — the request never leaves; 'lostResponse' — the server did the work but the
 * answer is lost (the hard case for exactly-once).
 */
export interface ClientFault {
  match: (method: string, url: string) => boolean;
  nth: number;
  mode: 'before' | 'lostResponse';
}

/** `timeLimit`: how long the app's clients wait for an answer (`middleware/timeLimit.ts`); tests of a swallowed request shorten it. */
export async function startHarness(options: { timeLimit?: TimeLimit } = {}): Promise<Harness> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'motebok-graph-'));
  const tenant = await startTenant({ port: 0, dataDir, quiet: true });
  const info = tenant.info as typeof tenant.info & { certificatePath: string; users: TenantUserInfo[] };
  const certificatePath = info.certificatePath;
  const rawFetch = fetchTrusting(certificatePath);
  const armed: { fault: ClientFault; seen: number }[] = [];
  const fetchImpl: FetchLike = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = (init?.method ?? 'GET').toUpperCase();
    const index = armed.findIndex((entry) => entry.fault.match(method, url) && ++entry.seen === entry.fault.nth);
    const fired = index >= 0 ? armed.splice(index, 1)[0] : undefined;
    if (fired?.fault.mode === 'before') throw new TypeError('fetch failed (test: network lost before sending)');
    const response = await rawFetch(input, init);
    if (fired?.fault.mode === 'lostResponse') {
      await response.arrayBuffer();
      throw new TypeError('fetch failed (test: answer lost after the server acted)');
    }
    return response;
  };
  const records: RequestRecord[] = [];
  const factories = new Map<string, GraphClientFactory>();
  const tokens = new Map<string, TokenProvider>();
  const tokenFor = (user: TenantUserInfo): TokenProvider => {
    const existing = tokens.get(user.id);
    if (existing) return existing;
    const provider = passwordTokenProvider(
      { authority: info.authority, clientId: info.clientId, certificatePath, username: user.userPrincipalName, password: user.password },
      rawFetch,
    );
    tokens.set(user.id, provider);
    return provider;
  };
  const clientsFor = (user: TenantUserInfo): GraphClientFactory => {
    const existing = factories.get(user.id);
    if (existing) return existing;
    const tokenProvider = tokenFor(user);
    const factory = createGraphClientFactory({
      config: { graphBaseUrl: info.graphBaseUrl },
      tokenProvider,
      fetch: fetchImpl,
      onRequest: (record) => records.push(record),
      retry: { maxRetries: 3, delaySeconds: 1 },
      ...(options.timeLimit ? { timeLimit: options.timeLimit } : {}),
    });
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
    tokenFor,
    fetch: fetchImpl,
    repositoryFor: (u, chunkBytes) => new SharePointMeetingRepository({ clients: clientsFor(u), siteId: info.siteId, ...(chunkBytes ? { chunkBytes } : {}) }),
    failOnce(fault) {
      armed.push({ fault, seen: 0 });
    },
    async control(method, pathname, body) {
      const response = await rawFetch(`${tenant.url}${pathname}`, { method, ...(body !== undefined ? { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } } : {}) });
      const text = await response.text();
      return text ? JSON.parse(text) : undefined;
    },
    async close() {
      await tenant.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The harness with the site provisioned and `committee` saved by the secretary (Kristin Liset):
 * where the repository's integration tests start (with the 2026 seed's committee). The secretary's
 * repository comes with it (`chunkBytes` as `repositoryFor`'s). A failed set-up closes the tenant.
 */
export async function seededHarness(
  committee: Committee,
  options: { chunkBytes?: number; timeLimit?: TimeLimit } = {},
): Promise<{ harness: Harness; secretary: SharePointMeetingRepository }> {
  const harness = await startHarness(options.timeLimit ? { timeLimit: options.timeLimit } : {});
  try {
    const secretary = harness.repositoryFor(harness.user(SECRETARY), options.chunkBytes);
    await secretary.ensureProvisioned();
    await secretary.saveCommittee(committee);
    return { harness, secretary };
  } catch (error) {
    await harness.close();
    throw error;
  }
}
