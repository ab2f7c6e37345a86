import { LiveShareClient, LiveState, type ILiveShareClientOptions, type ILiveShareHost } from '@microsoft/live-share';
import type { LiveChannel, LiveConnection } from '../liveChannel';

/*
 * The meeting's live channel on Live Share (Fluid). Loaded by `import()` only (see
 * `liveChannelLoader.ts`): Live Share and the Fluid runtime are a few hundred kB and only the side
 * panel and the stage of a meeting need them, after their first paint.
 *
 * One `LiveState` carries the latest value: Live Share sends it as a signal to every client in
 * the meeting's container and hands it to clients that join later, so a stage opened mid-item
 * starts from what the referent last published. Nothing is stored by Fluid: SharePoint stays the
 * record, read on open and on reconnect by the engine in `src/ui/meeting`.
 */

/** The container's one shared object. */
const schema = { initialObjects: { stage: LiveState } };

/**
 * Joins through any Live Share host: Teams, the meeting simulator (which answers the same host
 * calls, pointing at the local Fluid service) or a test host in Node (the bench's viewers).
 */
export async function joinLiveChannel(host: ILiveShareHost, userId: string = crypto.randomUUID()): Promise<LiveChannel> {
  const tenant = await host.getFluidTenantInfo();
  const client = new LiveShareClient(host, tenant.tenantId === 'local' ? localConnection(tenant.serviceEndpoint, userId) : {});
  const { container } = await client.joinContainer(schema);
  const state = container.initialObjects.stage as LiveState<unknown>;
  await state.initialize(null);
  const valueListeners = new Set<(value: unknown) => void>();
  const connectionListeners = new Set<(state: LiveConnection) => void>();
  state.on('stateChanged', (value: unknown) => valueListeners.forEach((listener) => listener(value)));
  container.on('connected', () => connectionListeners.forEach((listener) => listener('connected')));
  container.on('disconnected', () => connectionListeners.forEach((listener) => listener('disconnected')));
  return {
    current: () => state.state ?? undefined,
    publish(value) {
      void state.set(value);
    },
    onValue(listener) {
      valueListeners.add(listener);
      return () => valueListeners.delete(listener);
    },
    onConnection(listener) {
      connectionListeners.add(listener);
      return () => connectionListeners.delete(listener);
    },
    close() {
      valueListeners.clear();
      connectionListeners.clear();
      container.dispose();
    },
  };
}

/**
 * Live Share's local mode (tenant id 'local', Fluid's local service tinylicious) would load
 * `@fluidframework/test-client-utils` for its token; tinylicious does not check tokens, so an
 * unsigned one with the claims it reads is enough and keeps that package out of the bundle.
 */
function localConnection(endpoint: string, userId: string): ILiveShareClientOptions {
  const token = (tenantId: string, documentId?: string) => ({ jwt: unsignedToken(tenantId, documentId ?? '', userId), fromCache: false });
  return {
    connection: {
      type: 'local',
      endpoint,
      tokenProvider: {
        fetchOrdererToken: async (tenantId, documentId) => token(tenantId, documentId),
        fetchStorageToken: async (tenantId, documentId) => token(tenantId, documentId),
      },
    },
  };
}

function unsignedToken(tenantId: string, documentId: string, userId: string): string {
  const now = Math.floor(Date.now() / 1000);
  const part = (value: unknown) => btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  const claims = { documentId, tenantId, scopes: ['doc:read', 'doc:write', 'summary:write'], user: { id: userId, name: userId }, iat: now, exp: now + 3600, ver: '1.0' };
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
}
