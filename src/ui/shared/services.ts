import type { HostContext } from '../../hosts/hostContext';
import { loadAppConfig, type AppConfig } from '../../config/appConfig';
import { createAuth, type Auth } from '../../auth/createAuth';
import type { Committee, Meeting } from '../../domain/model';
import type { MeetingRepository, Versioned } from '../../domain/ports';
import { createGraphServices, type PublicVersionService } from '../../graph/graphServices';
import type { NoticeProgress } from '../../graph/noticeSender';
import type { MinutesService } from '../../graph/minutesService';
import type { SitePermissions } from '../../graph/sitePermissions';

/** Sending the innkalling (first time and updates); returns the meeting as stored afterwards. */
export interface NoticeService {
  send(committee: Committee, stored: Versioned<Meeting>, onProgress?: (progress: NoticeProgress) => void): Promise<Versioned<Meeting>>;
  sendUpdate(committee: Committee, stored: Versioned<Meeting>, onProgress?: (progress: NoticeProgress) => void): Promise<Versioned<Meeting>>;
}

export type { NoticeProgress };

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
  notices: NoticeService;
  /** The referat after the meeting: store, recipients, send (`src/graph/minutesService`). */
  minutes: MinutesService;
  /** Møtebok's SharePoint permissions: the check on start and the repair (`src/graph/sitePermissions`). Absent in screen tests that do not need it. */
  sitePermissions?: Pick<SitePermissions, 'check' | 'repair'>;
  /** «Lag offentlig versjon» (`src/graph/publicVersions`). Absent in screen tests that do not need it. */
  publicVersions?: PublicVersionService;
}

export async function createServices(hostContext: HostContext): Promise<Services> {
  const config = loadAppConfig();
  const auth = await createAuth(config, hostContext.host, { loginHint: hostContext.user?.upn });
  // One wiring for the app, the tools and the tests: the committee's mailbox sends (graph/graphServices).
  // The workspace sits beside the other pages: the innkalling links to it the way «Sett inn saksliste» does.
  const graphServices = createGraphServices({ ...config, appUrl: new URL('.', window.location.href).toString() }, auth);
  const notices: NoticeService = { send: graphServices.sendNotice, sendUpdate: graphServices.sendUpdatedNotice };
  return { hostContext, config, auth, repository: graphServices.repository, notices, minutes: graphServices.minutes, sitePermissions: graphServices.sitePermissions, publicVersions: graphServices.publicVersions };
}
