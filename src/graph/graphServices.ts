import type { AppConfig } from '../config/appConfig';
import type { TokenProvider } from '../auth/tokenProvider';
import { calendarScopes, SCOPES } from '../auth/scopes';
import type { Committee, Meeting, MeetingFile } from '../domain/model';
import type { Versioned } from '../domain/ports';
import { CalendarGateway } from './calendarGateway';
import { createGraphClientFactory, type GraphClientOptions } from './graphClient';
import type { NoticeProgress } from './noticeSender';
import { MailGateway } from './mailGateway';
import { createMinutesService, type MinutesService } from './minutesService';
import { SharePointMeetingRepository } from './sharePointMeetingRepository';
import type { SitePermissions } from './sitePermissions';
import type { SharePointRest } from './sharePointRest';
import type { FollowUpTasks } from './tasksGateway';
import { graphCall } from './graphCall';
import { z } from 'zod';

/**
 * Everything a surface needs from Microsoft 365, built once per app start from config and sign-in.
 * The one place the Graph side is wired: the app (`ui/shared/services.ts`), the tools and the
 * integration tests all build it here, so they send the same way.
 */
export interface GraphServices {
  repository: SharePointMeetingRepository;
  /** The invite is sent from the committee's mailbox, else the configured shared mailbox, else the user's calendar. */
  calendarFor(committee: Committee): CalendarGateway;
  sendNotice(committee: Committee, meeting: Versioned<Meeting>, onProgress?: (progress: NoticeProgress) => void): Promise<Versioned<Meeting>>;
  sendUpdatedNotice(committee: Committee, meeting: Versioned<Meeting>, onProgress?: (progress: NoticeProgress) => void): Promise<Versioned<Meeting>>;
  /** The referat after the meeting: store, recipients, send. */
  minutes: MinutesService;
  /** Møtebok's permissions on the site: the check on start and the repair (`sitePermissions.ts`). */
  sitePermissions: Pick<SitePermissions, 'check' | 'repair'>;
  /** Oppfølgingspunkter as Planner/To Do tasks (`tasksGateway.ts`), loaded and consented to when first used. */
  followUps(): Promise<FollowUpTasks>;
}

/**
 * The sender (and the agenda HTML, change summaries and invitation rules it brings) is loaded when
 * an innkalling is first sent, not with every page: the stage and the side panel never send.
 */
const loadSender = () => import(/* webpackChunkName: "sending" */ './noticeSender');
/** The permission check and repair (SharePoint REST) load with the workspace's first check, not with every page. */
const loadPermissions = () => Promise.all([import(/* webpackChunkName: "permissions" */ './sitePermissions'), import(/* webpackChunkName: "permissions" */ './sharePointRest')]);

/** The follow-up gateway loads with its first use (the side panel's «Oppfølging», the Oppfølgingsliste). */
const loadTasks = () => import(/* webpackChunkName: "follow-up" */ './tasksGateway');

export function createGraphServices(
  config: Pick<AppConfig, 'graphBaseUrl' | 'siteId' | 'sharedMailbox'>,
  tokenProvider: TokenProvider,
  options: Pick<GraphClientOptions, 'fetch' | 'onRequest' | 'retry'> = {},
): GraphServices {
  const clients = createGraphClientFactory({ config, tokenProvider, ...options });
  const repository = new SharePointMeetingRepository({ clients, siteId: config.siteId });
  // The committee's "Send fra felles postboks" first, then the configured shared mailbox, then the
  // user's own calendar. The calendar client asks for calendar consent only when a notice is sent.
  const calendarFor = (committee: Committee) => {
    const mailbox = committee.senderMailbox ?? config.sharedMailbox;
    return new CalendarGateway(clients(calendarScopes(mailbox)), mailbox);
  };
  // SharePoint REST needs the site's own address (its host is the token's resource): asked once.
  let webUrl: Promise<string> | undefined;
  const siteWebUrl = (): Promise<string> => {
    webUrl ??= graphCall(z.object({ webUrl: z.string() }).loose(), () => repository.storageClient.api(`/sites/${config.siteId}`).select('webUrl').get()).then((site) => site.webUrl);
    webUrl.catch(() => (webUrl = undefined));
    return webUrl;
  };
  // SharePoint REST (permissions, exempt files) loads when first used, in its own chunk.
  let loaded: Promise<{ rest: SharePointRest; permissions: SitePermissions }> | undefined;
  const loadRest = () =>
    (loaded ??= loadPermissions().then(([{ SitePermissions }, { createSharePointRest }]) => {
      const rest = createSharePointRest(siteWebUrl, tokenProvider, options.fetch);
      return { rest, permissions: new SitePermissions(() => ({ rest, graph: repository.storageClient, siteId: config.siteId })) };
    }));
  const sitePermissions: GraphServices['sitePermissions'] = {
    check: async (committees) => (await loadRest()).permissions.check(committees),
    repair: async (committees) => (await loadRest()).permissions.repair(committees),
  };
  // Mail: the referat for comments, and links to vedlegg unntatt offentlighet for the entitled invitees only (confidentialNotice.ts).
  const mail = () => new MailGateway(clients(SCOPES.sendMail));
  const protectExempt = async (file: MeetingFile) => (await loadSender()).protectExemptFiles({ rest: (await loadRest()).rest, graph: repository.storageClient, siteId: config.siteId }, file);
  // Tasks.ReadWrite is asked for here, the first time a point is made or a status shown (incremental consent).
  const followUps = async (): Promise<FollowUpTasks> => new (await loadTasks()).TasksGateway(clients(SCOPES.tasks), () => clients(SCOPES.signIn));
  return {
    repository,
    calendarFor,
    followUps,
    sitePermissions,
    sendNotice: async (committee, meeting, onProgress) => (await loadSender()).sendNotice({ repository, calendar: calendarFor(committee), mail, protectExempt }, committee, meeting, onProgress),
    sendUpdatedNotice: async (committee, meeting, onProgress) =>
      (await loadSender()).sendUpdatedNotice({ repository, calendar: calendarFor(committee), mail, protectExempt }, committee, meeting, onProgress),
    minutes: createMinutesService({ repository, mail }),
  };
}
