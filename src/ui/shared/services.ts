import type { HostContext } from '../../hosts/hostContext';
import { loadAppConfig, type AppConfig } from '../../config/appConfig';
import { createAuth, type Auth } from '../../auth/createAuth';
import { calendarScopes, SCOPES } from '../../auth/scopes';
import type { Committee, Meeting } from '../../domain/model';
import type { MeetingRepository, Versioned } from '../../domain/ports';
import { createGraphClientFactory } from '../../graph/graphClient';
import { SharePointMeetingRepository } from '../../graph/sharePointMeetingRepository';
import { CalendarGateway } from '../../graph/calendarGateway';
import { sendNotice, sendUpdatedNotice, type NoticeProgress } from '../../graph/noticeSender';
import { MailGateway } from '../../graph/mailGateway';
import { createMinutesService, type MinutesService } from '../../graph/minutesService';

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
}

export async function createServices(hostContext: HostContext): Promise<Services> {
  const config = loadAppConfig();
  const auth = await createAuth(config, hostContext.host, { loginHint: hostContext.user?.upn });
  const graph = createGraphClientFactory({ config, tokenProvider: auth });
  const repository = new SharePointMeetingRepository({ clients: graph, siteId: config.siteId });
  // The calendar client asks for calendar consent only when the first notice is sent.
  const calendar = () => new CalendarGateway(graph(calendarScopes(config.sharedMailbox)), config.sharedMailbox);
  const notices: NoticeService = {
    send: (committee, stored, onProgress) => sendNotice({ repository, calendar: calendar() }, committee, stored, onProgress),
    sendUpdate: (committee, stored, onProgress) => sendUpdatedNotice({ repository, calendar: calendar() }, committee, stored, onProgress),
  };
  const minutes = createMinutesService({ repository, mail: () => new MailGateway(graph(SCOPES.sendMail)) });
  return { hostContext, config, auth, repository, notices, minutes };
}
