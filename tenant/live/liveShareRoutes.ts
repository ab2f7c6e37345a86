// /_tenant/live/…: what the meeting simulator asks when the app calls teams-js' LiveShareHost.
// Not Graph: Teams answers these calls itself; they are not in the request log (control path).
import { GraphError } from '../http/graphError.js';
import { json, type Reply, type RequestContext } from '../http/types.js';
import type { LiveShareRegistry } from './liveShareRegistry.js';

export function handleLiveShare(ctx: RequestContext, rest: string, registry: LiveShareRegistry, serviceUrl: string | undefined): Reply {
  if ((rest === '' || rest === '/') && ctx.method === 'GET') {
    if (!serviceUrl) throw new GraphError(404, 'NotFound', 'Fluids lokale tjeneste kjører ikke (start tenanten med live-tjenesten, som `npm start` gjør).');
    return json(200, { tenantId: 'local', serviceEndpoint: serviceUrl });
  }
  const container = /^\/meetings\/([^/]+)\/container$/.exec(rest);
  if (container) {
    const key = decodeURIComponent(container[1] ?? '');
    if (ctx.method === 'GET') return json(200, registry.containerOf(key));
    if (ctx.method === 'PUT') {
      const body = parseBody(ctx) as { containerId?: unknown };
      if (typeof body.containerId !== 'string' || body.containerId === '') throw new GraphError(400, 'invalidRequest', "Feltet 'containerId' må være en ikke-tom tekst.");
      return json(200, registry.setContainer(key, body.containerId));
    }
  }
  const client = /^\/clients\/([^/]+)$/.exec(rest);
  if (client) {
    const clientId = decodeURIComponent(client[1] ?? '');
    if (ctx.method === 'GET') {
      const info = registry.clientInfo(clientId);
      if (!info) throw new GraphError(404, 'NotFound', `Ingen Live Share-klient '${clientId}'.`);
      return json(200, info);
    }
    if (ctx.method === 'PUT') {
      const body = parseBody(ctx) as { userId?: unknown; roles?: unknown; displayName?: unknown };
      if (typeof body.userId !== 'string') throw new GraphError(400, 'invalidRequest', "Feltet 'userId' må være en tekst.");
      if (!Array.isArray(body.roles) || !body.roles.every((role) => typeof role === 'string')) throw new GraphError(400, 'invalidRequest', "Feltet 'roles' må være en liste med roller.");
      const displayName = typeof body.displayName === 'string' ? body.displayName : undefined;
      const roles = registry.registerClient(clientId, { userId: body.userId, roles: body.roles as string[], ...(displayName ? { displayName } : {}) });
      return json(200, { roles });
    }
  }
  throw new GraphError(404, 'NotFound', `No Live Share resource at '/_tenant/live${rest}'.`);
}

function parseBody(ctx: RequestContext): unknown {
  try {
    const value: unknown = JSON.parse(ctx.body.toString('utf8'));
    if (typeof value === 'object' && value !== null) return value;
  } catch {
    // fall through
  }
  throw new GraphError(400, 'invalidRequest', 'Forventet et JSON-objekt.');
}
