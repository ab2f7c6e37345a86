import type { HostContext } from '../../hosts/hostContext';
import { loadAppConfig, type AppConfig } from '../../config/appConfig';
import { createAuth, type Auth } from '../../auth/createAuth';
import type { MeetingRepository } from '../../domain/ports';
import { createGraphClientFactory, type GraphClientFactory } from '../../graph/graphClient';

/**
 * What screens use instead of Graph and the host SDKs. Built once per page by `startSurface`
 * (bootstrap.tsx) and handed down with `ServicesProvider`; tests build their own with in-memory
 * fakes. Screens never construct these themselves.
 */
export interface Services {
  hostContext: HostContext;
  config: AppConfig;
  auth: Auth;
  repository: MeetingRepository;
  /** Graph clients per scope set, for gateways that are not behind the repository yet. */
  graph: GraphClientFactory;
}

export async function createServices(hostContext: HostContext): Promise<Services> {
  const config = loadAppConfig();
  const auth = await createAuth(config, hostContext.host, { loginHint: hostContext.user?.upn });
  const graph = createGraphClientFactory({ config, tokenProvider: auth });
  return { hostContext, config, auth, graph, repository: unwiredRepository() };
}

/** Until src/graph's SharePointMeetingRepository lands, every call says so plainly. */
function unwiredRepository(): MeetingRepository {
  const fail = async (): Promise<never> => {
    throw new Error('SharePoint-lageret er ikke koblet til ennå.');
  };
  return {
    ensureProvisioned: fail,
    listCommittees: fail,
    saveCommittee: fail,
    listMeetings: fail,
    getMeeting: fail,
    saveMeeting: fail,
    uploadDocument: fail,
    downloadDocument: fail,
    deleteDocument: fail,
    searchPeople: fail,
  };
}
