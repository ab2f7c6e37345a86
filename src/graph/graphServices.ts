import type { WrittenSendOptions } from './writtenTreatmentSender';
import type { AppConfig } from '../config/appConfig';
import type { TokenProvider } from '../auth/tokenProvider';
import { calendarScopes, SCOPES, scopesFor } from '../auth/scopes';
import type { AgendaItem, Committee, DocumentRef, Meeting, MeetingFile } from '../domain/model';
import type { Versioned } from '../domain/ports';
import type { DecisionRegister } from '../domain/decisionRegister';
import type { CalendarGateway } from './calendarGateway';
import { createGraphClientFactory, type GraphClientOptions } from './graphClient';
import type { NoticeOptions, NoticeProgress } from './noticeSender';
import type { PublicVersionProgress } from '../domain/publicDocuments';
import { MailGateway } from './mailGateway';
import type { MinutesService } from './minutesService';
import { minutesRecipients } from './minutesRecipients';
import { SharePointMeetingRepository } from './sharePointMeetingRepository';
import type { SitePermissions } from './sitePermissions';
import type { SharePointRest } from './sharePointRest';
import type { BoardPackService, PdfCache } from './boardPackService';
import type { FollowUpTasks } from './tasksGateway';
import type { PersonIdentity } from '../domain/personIdentity';
import { siteWebUrlOnce } from './siteWebUrl';

/**
 * Everything a surface needs from Microsoft 365, built once per app start from config and sign-in.
 * The one place the Graph side is wired: the app (`ui/shared/services.ts`), the tools and the
 * integration tests all build it here, so they send the same way.
 */
export interface GraphServices {
  repository: SharePointMeetingRepository;
  sendNotice(
    committee: Committee,
    meeting: Versioned<Meeting>,
    onProgress?: (progress: NoticeProgress) => void,
    options?: NoticeOptions,
  ): Promise<Versioned<Meeting>>;
  sendUpdatedNotice(
    committee: Committee,
    meeting: Versioned<Meeting>,
    onProgress?: (progress: NoticeProgress) => void,
    options?: NoticeOptions,
  ): Promise<Versioned<Meeting>>;
  /** The referat after the meeting: store, recipients, send. */
  minutes: MinutesService;
  /** A written treatment's saker to the board by mail, exactly once (`writtenTreatmentSender.ts`, loaded when first sent). */
  sendWrittenTreatment(committee: Committee, meeting: Versioned<Meeting>, options?: WrittenSendOptions): Promise<Versioned<Meeting>>;
  /** Møtebok's permissions on the site: the check on start and the repair (`sitePermissions.ts`). */
  sitePermissions: Pick<SitePermissions, 'check' | 'repair' | 'grant' | 'freeze' | 'unfreeze' | 'mayManage' | 'carriedLevel'>;
  /** The decision register (`decisionRegister.ts`), loaded when first opened; one per session (it caches meetings and years). */
  decisionRegister(): Promise<DecisionRegister>;
  /** «Lag offentlig versjon»: the public PDFs in the meeting's «Offentlig» folder (`publicVersions.ts`). */
  publicVersions: PublicVersionService;
  /** The møtebok PDF (`boardPackService.ts`), with the surface's cache of converted documents. */
  boardPacks(cache: PdfCache): BoardPackService;
  /** Oppfølgingspunkter as Planner/To Do tasks (`tasksGateway.ts`), loaded and consented to when first used. */
  followUps(): Promise<FollowUpTasks>;
  /** Who is signed in, from the directory (`signedInUser.ts`): asked once and shared; asked again after a failure. */
  signedInUser(): Promise<PersonIdentity>;
}

export interface PublicVersionService {
  /** The public PDFs already in the folder that making them again would replace. */
  existing(file: MeetingFile): Promise<string[]>;
  /** Stores them; the PDFs as stored, with the addresses the dialog links. */
  store(file: MeetingFile, onProgress?: (progress: PublicVersionProgress) => void): Promise<DocumentRef[]>;
}

/**
 * The sender (and the agenda HTML, change summaries and invitation rules it brings) and the calendar
 * it sends through are loaded when an innkalling is first sent, not with every page: the stage and
 * the side panel never send.
 */
const loadSender = () => import(/* webpackChunkName: "sending" */ './noticeSender');
const loadExemptFiles = () => import(/* webpackChunkName: "sending" */ './exemptFilePermissions');
const loadCalendar = () => import(/* webpackChunkName: "sending" */ './calendarGateway');
/** The møtebok PDF's use case loads when a pack is first asked for; pdf-lib itself only when one is built. */
const loadBoardPacks = () => import(/* webpackChunkName: "board-pack-service" */ './boardPackService');
/** «Lag offentlig versjon» (and the Word renderers it brings) loads when first used. */
const loadPublicVersions = () => import(/* webpackChunkName: "public-versions" */ './publicVersions');
/** The permission check and repair (SharePoint REST) load with the workspace's first check, not with every page. */
const loadPermissions = () => Promise.all([import(/* webpackChunkName: "permissions" */ './sitePermissions'), import(/* webpackChunkName: "permissions" */ './sharePointRest')]);

/** Sites.Selected: what a refusal was (the app's role on the site), loaded only after a 403 in that mode. */
const loadSiteAccess = () => import(/* webpackChunkName: "permissions" */ './siteAccess');

/** The closed folder for the referat of a meeting with exempt content loads when such a referat is first made. */
const loadReferatFolder = () => import(/* webpackChunkName: "permissions" */ './referatFolder');

/** The follow-up gateway loads with its first use (the side panel's «Oppfølging», the Oppfølgingsliste). */
const loadTasks = () => import(/* webpackChunkName: "follow-up" */ './tasksGateway');
/**
 * The referat's use cases (make, send) load the first time a referat is made or sent, with the renderers they
 * need anyway (the `documents` chunk): only the side panel's «Etter møtet» and the workspace's written treatment
 * use them, and no page's start-up carries them (h/cat56; issue 14: start-up JavaScript).
 */
const loadMinutesService = () => import(/* webpackChunkName: "documents" */ './minutesService');

/**
 * `MinutesService` whose `store` and `send` load it on first use (a failed load is tried again on the next call);
 * `recipients` answers at once (`minutesRecipients.ts`, in the start-up: the view shows them before any is sent).
 */
export function lazyMinutesService(load: () => Promise<MinutesService>): MinutesService {
  let service: Promise<MinutesService> | undefined;
  const loaded = () =>
    (service ??= load().catch((error: unknown) => {
      service = undefined;
      throw error;
    }));
  return {
    store: async (...args) => (await loaded()).store(...args),
    recipients: minutesRecipients,
    send: async (...args) => (await loaded()).send(...args),
  };
}

export function createGraphServices(
  config: Pick<AppConfig, 'graphBaseUrl' | 'siteId' | 'sharedMailbox' | 'siteAccess' | 'maxSendBytes'> & Partial<Pick<AppConfig, 'clientId'>> & {
    /** Where the app is served, for the «Åpne møtet i Møtebok» link in the innkalling the read pane recognises. */
    appUrl?: string;
  },
  tokenProvider: TokenProvider,
  options: Pick<GraphClientOptions, 'fetch' | 'onRequest' | 'retry' | 'timeLimit'> = {},
): GraphServices {
  const graphClients = createGraphClientFactory({ config, tokenProvider, ...options });
  // MOTEBOK_SITE_ACCESS=selected: every site scope becomes Sites.Selected here, the one place clients are made.
  const clients: typeof graphClients = (scopes) => graphClients(scopesFor(scopes, config.siteAccess));
  // A save that marks, unmarks or creates a sak holding exempt content sets its row's access at once
  // (SharePoint REST, loaded only then; `sharePointMeetingRepository.ts` saveMeeting).
  const rowAccess = async (file: MeetingFile, rowIds: readonly string[]): Promise<void> => (await loadRest()).permissions.setRowAccess(file, rowIds);
  // «Lag saksframlegg» for a sak whose saksframlegg is exempt closes its folder first, as the send does (exemptFilePermissions.ts).
  const closeCaseMemoPlace = async (file: MeetingFile, item: AgendaItem) => (await loadExemptFiles()).closeCaseMemoPlace(await restDeps(), file, item);
  // Sites.Selected: a 403 of the first read, the set-up or the permission check is looked into (siteAccess.ts).
  const appId = config.clientId ?? '';
  const explainRefusal =
    config.siteAccess === 'selected'
      ? async (error: unknown): Promise<unknown> =>
          (await loadSiteAccess()).explainRefusal(error, {
            graph: repository.storageClient,
            rest: async () => (await loadRest()).rest,
            siteId: config.siteId,
            appId,
          })
      : undefined;
  const repository: SharePointMeetingRepository = new SharePointMeetingRepository({
    clients,
    siteId: config.siteId,
    rowAccess,
    closeCaseMemoPlace,
    ...(explainRefusal ? { explainRefusal } : {}),
  });
  // The invite is sent from the committee's "Send fra felles postboks" first, then the configured shared
  // mailbox, then the user's own calendar. The calendar client asks for calendar consent only when a notice is sent.
  const calendarFor = async (committee: Committee): Promise<CalendarGateway> => {
    const mailbox = committee.senderMailbox ?? config.sharedMailbox;
    return new (await loadCalendar()).CalendarGateway(clients(calendarScopes(mailbox)), mailbox);
  };
  // SharePoint REST needs the site's own address (its host is the token's resource): asked once.
  const siteWebUrl = siteWebUrlOnce(repository.storageClient, config.siteId);
  // SharePoint REST with the session's Graph side: the send's closing of exempt content, the closed saksframlegg's and referat's store.
  const restDeps = async () => ({ rest: (await loadRest()).rest, graph: repository.storageClient, siteId: config.siteId, files: repository.files });
  // SharePoint REST (permissions, exempt files) loads when first used, in its own chunk.
  let loaded: Promise<{ rest: SharePointRest; permissions: SitePermissions }> | undefined;
  const loadRest = () =>
    (loaded ??= loadPermissions().then(([{ SitePermissions }, { createSharePointRest }]) => {
      const rest = createSharePointRest(siteWebUrl, tokenProvider, options.fetch, config.siteAccess);
      const deps = () => ({ rest, graph: repository.storageClient, siteId: config.siteId });
      return { rest, permissions: new SitePermissions(deps, undefined, undefined, config.siteAccess === 'selected' ? appId : undefined) };
    }));
  const sitePermissions: GraphServices['sitePermissions'] = {
    check: async (committees) => (await loadRest()).permissions.check(committees),
    repair: async (committees) => (await loadRest()).permissions.repair(committees),
    grant: async (committees) => (await loadRest()).permissions.grant(committees),
    mayManage: async () => (await loadRest()).permissions.mayManage(),
    carriedLevel: async (committee) => (await loadRest()).permissions.carriedLevel(committee),
    freeze: async (committee, meetingId) => (await loadRest()).permissions.freeze(committee, meetingId),
    unfreeze: async (committee, meetingId) => (await loadRest()).permissions.unfreeze(committee, meetingId),
  };
  // Mail: the referat for comments, and links to vedlegg unntatt offentlighet for the entitled invitees only (confidentialNotice.ts).
  const mail = () => new MailGateway(clients(SCOPES.sendMail));
  let register: Promise<DecisionRegister> | undefined;
  const appUrl = config.appUrl === undefined ? {} : { appUrl: config.appUrl };
  // A tenant whose administrator raised MaxSendSize (MOTEBOK_MAX_SEND_SIZE_MB): the sender plans by it (domain/inviteSize.ts).
  const sendSize = config.maxSendBytes === undefined ? {} : { maxSendBytes: config.maxSendBytes };
  const protectExempt = async (file: MeetingFile, laterBodyReaders?: Map<string, Set<string>>, builtInRead?: Set<string>) =>
    (await loadSender()).protectExempt(await restDeps(), file, laterBodyReaders, builtInRead);
  // Tasks.ReadWrite is asked for here, the first time a point is made or a status shown (incremental consent).
  const followUps = async (): Promise<FollowUpTasks> => new (await loadTasks()).TasksGateway(clients(SCOPES.tasks), () => clients(SCOPES.signIn));
  // With the storage token, which carries User.Read: on a meeting surface its first read has it carried (`signedInUser.ts`).
  const signedInUser = (): Promise<PersonIdentity> => repository.signedInUser.ask();
  return {
    repository,
    followUps,
    signedInUser,
    sitePermissions,
    sendNotice: async (committee, meeting, onProgress, options) =>
      (await loadSender()).sendNotice(
        { repository, calendar: await calendarFor(committee), mail, protectExempt, ...appUrl, ...sendSize },
        committee,
        meeting,
        onProgress,
        options,
      ),
    sendUpdatedNotice: async (committee, meeting, onProgress, options) =>
      (await loadSender()).sendUpdatedNotice(
        { repository, calendar: await calendarFor(committee), mail, protectExempt, ...appUrl, ...sendSize },
        committee,
        meeting,
        onProgress,
        options,
      ),
    sendWrittenTreatment: async (committee, meeting, options) => {
      const sender = await import(/* webpackChunkName: "sending" */ './writtenTreatmentSender');
      // Exempt saker: their files closed as the innkalling's send closes them, and linked by their closed folder.
      const exemptPlaces = sender.sharePointExemptPlaces(repository);
      return sender.sendWrittenTreatment({ repository, mail, protectExempt, exemptPlaces }, committee, meeting, options);
    },
    minutes: lazyMinutesService(() =>
      loadMinutesService().then(({ createMinutesService }) =>
        createMinutesService({
          repository,
          mail,
          storeClosed: async (...args) => (await loadReferatFolder()).storeClosedReferat(await restDeps(), ...args),
        }),
      ),
    ),
    publicVersions: {
      existing: async (file) => (await loadPublicVersions()).existingPublicFiles(repository.files, file),
      store: async (file, onProgress) => (await loadPublicVersions()).storePublicVersions(repository.files, file, onProgress),
    },
    decisionRegister: () =>
      (register ??= import(/* webpackChunkName: "register" */ './decisionRegister').then(({ SharePointDecisionRegister }) => new SharePointDecisionRegister(repository.storageClient, repository.lists))),
    boardPacks: (cache) => {
      const service = () => loadBoardPacks().then(({ createBoardPackService }) => createBoardPackService({ repository, cache }));
      return { build: async (file, onProgress) => (await service()).build(file, onProgress), findStored: async (file) => (await service()).findStored(file) };
    },
  };
}
