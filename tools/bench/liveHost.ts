/**
 * A Live Share host for Node (the bench's viewers and referent): answers the calls teams-js'
 * LiveShareHost makes, through the local tenant's /_tenant/live/… as the meeting simulator does
 * (`src/hosts/teams/testing/teamsHostProtocol.ts` answerLiveShareRequest), so every client of a
 * meeting shares one Fluid container on the tenant's local Fluid service.
 */
import type { ILiveShareHost } from '@microsoft/live-share';
import type { FetchLike } from '../../src/graph/middleware/fetchMiddleware';
import { answerLiveShareRequest, type LiveShareHostImitation } from '../../src/hosts/teams/testing/teamsHostProtocol';

/** Clients' infos, shared by the hosts of one process (Teams answers from its own cache; 50 viewers asking the tenant about each other would measure the tenant). */
const clientInfos = new Map<string, Promise<{ userId: string; roles: string[]; displayName?: string } | undefined>>();

export function nodeLiveShareHost(
  tenantUrl: string,
  fetchImpl: FetchLike,
  meetingKey: string,
  user: { id: string; displayName: string; role: string },
): ILiveShareHost {
  const request = async <T>(pathname: string, body?: unknown): Promise<T> => {
    const response = await fetchImpl(`${tenantUrl}/_tenant/live${pathname}`, body === undefined ? {} : { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`/_tenant/live${pathname}: ${response.status}`);
    return (await response.json()) as T;
  };
  const key = encodeURIComponent(meetingKey);
  const live: LiveShareHostImitation = {
    tenantInfo: () => request(''),
    containerOf: () => request(`/meetings/${key}/container`),
    setContainer: (containerId) => request(`/meetings/${key}/container`, { containerId }),
    registerClient: async (clientId) => {
      const roles = (await request<{ roles: string[] }>(`/clients/${encodeURIComponent(clientId)}`, { userId: user.id, roles: [user.role], displayName: user.displayName })).roles;
      clientInfos.set(clientId, Promise.resolve({ userId: user.id, roles, displayName: user.displayName }));
      return roles;
    },
    clientInfo: (clientId) => {
      const known = clientInfos.get(clientId) ?? request<{ userId: string; roles: string[]; displayName?: string }>(`/clients/${encodeURIComponent(clientId)}`).catch(() => undefined);
      clientInfos.set(clientId, known);
      return known;
    },
  };
  // Every call goes through the same answers the simulator gives the app ([error, result]).
  const call = async (func: string, ...args: unknown[]): Promise<never> => {
    const answer = answerLiveShareRequest(live, func, args);
    if (!answer) throw new Error(`${func}: not a Live Share call`);
    const [error, result] = await answer;
    if (error) throw new Error(`${func}: ${JSON.stringify(error)}`);
    return result as never;
  };
  return {
    getFluidTenantInfo: () => call('interactive.getFluidTenantInfo'),
    getFluidToken: (containerId?: string) => call('interactive.getFluidToken', containerId),
    getFluidContainerId: () => call('interactive.getFluidContainerId'),
    setFluidContainerId: (containerId: string) => call('interactive.setFluidContainerId', containerId),
    getNtpTime: () => call('interactive.getNtpTime'),
    registerClientId: (clientId: string) => call('interactive.registerClientId', clientId),
    getClientRoles: (clientId: string) => call('interactive.getClientRoles', clientId),
    getClientInfo: (clientId: string) => call('interactive.getClientInfo', clientId),
  };
}
