import type { HostContext, HostKind } from '../../hosts/hostContext';
import { loadAppConfig, type AppConfig } from '../../config/appConfig';
import { createAuth, startMsal, type Auth, type MsalApp } from '../../auth/createAuth';
import type { Committee, Meeting } from '../../domain/model';
import type { MeetingRepository, Versioned } from '../../domain/ports';
import type { DecisionRegister } from '../../domain/decisionRegister';
import type { PublicVersionService } from '../../graph/graphServices';
import type { NoticeOptions, NoticeProgress } from '../../graph/noticeSender';
import type { MinutesService } from '../../graph/minutesService';
import type { SitePermissions } from '../../graph/sitePermissions';
import type { BoardPackService, PdfCache } from '../../graph/boardPackService';
import type { FollowUpTasks } from '../../graph/tasksGateway';
import type { PersonIdentity } from '../../domain/personIdentity';
import type { EarlyRestore } from './restoredEarly';

/** Sending the innkalling (first time and updates); returns the meeting as stored afterwards. */
export interface NoticeService {
  send(committee: Committee, stored: Versioned<Meeting>, onProgress?: (progress: NoticeProgress) => void, options?: NoticeOptions): Promise<Versioned<Meeting>>;
  sendUpdate(
    committee: Committee,
    stored: Versioned<Meeting>,
    onProgress?: (progress: NoticeProgress) => void,
    options?: NoticeOptions,
  ): Promise<Versioned<Meeting>>;
}

export type { NoticeOptions, NoticeProgress };

/**
 * What screens use instead of Graph and the host SDKs. Built once per page by `startSurface`
 * (bootstrap.tsx) and handed down with `ServicesProvider`; tests build their own with in-memory
 * fakes. Screens never construct these themselves.
 */
export interface Services {
  hostContext: HostContext;
  config: AppConfig;
  auth: Auth;
  /** In a plain browser, the sign-in gate's silent check begun with the services (the workspace's entry: `restoredEarly.ts`). */
  signInCheck?: EarlyRestore;
  repository: MeetingRepository;
  notices: NoticeService;
  /** The referat after the meeting: store, recipients, send (`src/graph/minutesService`). */
  minutes: MinutesService;
  /** A written treatment's saker to the board by mail (`src/graph/writtenTreatmentSender`). Absent in screen tests that do not need it. */
  writtenTreatments?: Pick<import('../../graph/graphServices').GraphServices, 'sendWrittenTreatment'>;
  /** Møtebok's SharePoint permissions: the check on start and the repair (`src/graph/sitePermissions`); `mayManage` (whether the user may manage the site's permissions), `grant` (a new committee's access) and `carriedLevel` (the send dialog's ask for a committee's level for saker taken from another body) are left out by screen tests that do not need it. Absent in screen tests that do not need it. */
  sitePermissions?: Pick<SitePermissions, 'check' | 'repair' | 'freeze' | 'unfreeze'> & Partial<Pick<SitePermissions, 'mayManage' | 'grant' | 'carriedLevel'>>;
  /** «Lag offentlig versjon» (`src/graph/publicVersions`). Absent in screen tests that do not need it. */
  publicVersions?: PublicVersionService;
  /** The decision register (`src/graph/decisionRegister`, loaded when first opened). Absent in screen tests that do not need it. */
  decisionRegister?: () => Promise<DecisionRegister>;
  /** The møtebok PDF: build and store, find the stored one (`src/graph/boardPackService`). Absent in screen tests that do not need it. */
  boardPacks?: BoardPackService;
  /** Oppfølgingspunkter as Planner/To Do tasks (`src/graph/tasksGateway`), loaded when first used. Absent in screen tests that do not need it. */
  followUps?: () => Promise<FollowUpTasks>;
  /** Who is signed in, from the directory (`src/graph/signedInUser`, one `GET /me` per page). Absent in screen tests: the host's identity stands. */
  signedInUser?: () => Promise<PersonIdentity>;
}

/** The cache of converted PDFs (IndexedDB) opens with the first møtebok PDF, not with every page. */
function lazyPdfCache(): PdfCache {
  let cache: Promise<PdfCache> | undefined;
  const open = () => (cache ??= import(/* webpackChunkName: "board-pack-panel" */ './pdfCache').then(({ indexedDbPdfCache }) => indexedDbPdfCache()));
  return { get: async (itemId, eTag) => (await open()).get(itemId, eTag), put: async (itemId, eTag, bytes) => (await open()).put(itemId, eTag, bytes) };
}

/*
 * The Graph side (the Graph client, the gateways, the SharePoint repository and its row schemas) is
 * not part of any page's initial JavaScript: it is an `import()`, like MSAL. Every surface needs it
 * at start, so the fetch begins when this module is evaluated, in parallel with the host's start-up
 * and MSAL's fetch, and adds no step to the chain (docs/performance-history.md).
 */
let graphModule: Promise<typeof import('../../graph/graphServices')> | undefined;
function loadGraphServices(): Promise<typeof import('../../graph/graphServices')> {
  graphModule ??= import(/* webpackChunkName: "graph" */ '../../graph/graphServices');
  return graphModule;
}
if (typeof window !== 'undefined') void loadGraphServices().catch(() => undefined); // a failed fetch is tried once more below

/**
 * What `createServices` can be handed already under way: MSAL's set-up, begun the moment the host's
 * SDK had said hello (`OnHostInitialized`: in Teams after `app.initialize`, while `app.getContext`
 * is still on its way). MSAL's nested app then meets Teams' bridge beside the context's round trip
 * instead of after it: one host round trip fewer on every Teams page's start (issue 14: cold load).
 */
export interface ServicesBegun {
  host: HostKind;
  msal: Promise<MsalApp>;
}

export function beginServices(host: HostKind): ServicesBegun {
  // Never throws into the host's start-up: a configuration that does not read fails here as a
  // rejection, and createServices reports it as it always has. Awaited (and a failure reported) by
  // createServices; a page that goes elsewhere never awaits it.
  const msal = Promise.resolve(host).then((kind) => startMsal(loadAppConfig(), kind));
  msal.catch(() => undefined);
  return { host, msal };
}

export async function createServices(hostContext: HostContext, begun?: ServicesBegun): Promise<Services> {
  const config = loadAppConfig();
  // The set-up begun for this host, if any; a host that answered otherwise gets its own.
  const msal = begun?.host === hostContext.host ? begun.msal : undefined;
  const [auth, { createGraphServices }] = await Promise.all([
    createAuth(config, hostContext.host, { loginHint: hostContext.user?.upn, ...(msal ? { msal } : {}) }),
    loadGraphServices().catch(() => {
      graphModule = undefined;
      return loadGraphServices();
    }),
  ]);
  // One wiring for the app, the tools and the tests: the committee's mailbox sends (graph/graphServices).
  // The workspace sits beside the other pages: the innkalling links to it the way «Sett inn saksliste» does.
  const graphServices = createGraphServices({ ...config, appUrl: new URL('.', window.location.href).toString() }, auth);
  const notices: NoticeService = { send: graphServices.sendNotice, sendUpdate: graphServices.sendUpdatedNotice };
  return {
    hostContext,
    config,
    auth,
    repository: graphServices.repository,
    notices,
    minutes: graphServices.minutes,
    writtenTreatments: graphServices,
    sitePermissions: graphServices.sitePermissions,
    publicVersions: graphServices.publicVersions,
    decisionRegister: graphServices.decisionRegister,
    boardPacks: graphServices.boardPacks(lazyPdfCache()),
    followUps: graphServices.followUps,
    signedInUser: graphServices.signedInUser,
  };
}
