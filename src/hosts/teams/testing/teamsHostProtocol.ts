/**
 * What a Teams host answers to teams-js, written once for the two imitations of Teams: the jsdom
 * fake parent of the unit tests (`fakeTeamsParent.ts`) and the local tenant's meeting simulator
 * (`tenant/simulator/meeting/`). Never bundled into the app.
 *
 * teams-js talks to its host with window.postMessage. The app sends requests
 * `{ id, uuidAsString, func, args }`; the host answers `{ id, uuidAsString, args }` to the same
 * window. The host starts conversations of its own (themeChange) with `{ func, args }` and NO
 * numeric id — teams-js treats any message with a numeric id as a response. Shapes follow
 * @microsoft/teams-js 2.58 (internal/communication.js, internal/appHelpers.js, public/app/app.js
 * getContext mapping, public/meeting/meeting.js).
 */
export interface TeamsRequest {
  id: number;
  uuidAsString?: string;
  func: string;
  args: unknown[];
}

export interface TeamsResponse {
  id: number;
  uuidAsString?: string;
  args: unknown[];
}

/** A conversation the host starts (themeChange …): no id, or teams-js would take it for an answer. */
export interface TeamsHostEvent {
  func: string;
  args: unknown[];
}

export const TEAMS_JS_VERSION = '2.58.0';

export function isTeamsRequest(data: unknown): data is TeamsRequest {
  return typeof data === 'object' && data !== null && 'func' in data && typeof data.func === 'string';
}

export function responseTo(request: Pick<TeamsRequest, 'id' | 'uuidAsString'>, args: unknown[]): TeamsResponse {
  return { id: request.id, uuidAsString: request.uuidAsString, args };
}

export function hostEvent(func: string, args: unknown[]): TeamsHostEvent {
  return { func, args };
}

/** Capabilities as a Teams web client in a meeting declares them (runtime API version 4). */
export function meetingRuntimeConfig(): Record<string, unknown> {
  return {
    apiVersion: 4,
    hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
    isLegacyTeams: false,
    supports: {
      appEntity: {},
      appInstallDialog: {},
      call: {},
      chat: {},
      conversations: {},
      dialog: { card: { bot: {} }, url: { bot: {}, parentCommunication: {} }, update: {} },
      interactive: {},
      liveShare: {},
      meeting: {},
      menus: {},
      pages: { appButton: {}, backStack: {}, config: {}, currentApp: {}, fullTrust: {}, tabs: {} },
      people: {},
      permissions: {},
      profile: {},
      sharing: {},
      stageView: { self: {} },
      teams: { fullTrust: { joinedTeams: {} } },
      teamsCore: {},
      video: { mediaStream: {}, sharedFrame: {} },
      webStorage: {},
      // nestedAppAuth is deliberately absent: the imitations have no token broker, so MSAL falls
      // back to its standard flow against the configured authority.
    },
  };
}

/** Who and where, as the host knows it; legacyContext turns it into what getContext answers. */
export interface TeamsContextFacts {
  frameContext: string;
  locale: string;
  theme: string;
  sessionId: string;
  /** The tab's `page.id`: a static tab's `entityId` in the manifest, a configurable tab's from its configuration. */
  entityId: string;
  /** Only in a meeting (side panel, stage); a personal tab has neither (`personalTabContext`). */
  meetingId?: string;
  chatId?: string;
  tenantId?: string;
  user: { objectId: string; upn: string; displayName: string };
}

/** The "legacy" context object teams-js maps into app.Context (see getContext in app.js). */
export function legacyContext(facts: TeamsContextFacts): Record<string, unknown> {
  return {
    locale: facts.locale,
    theme: facts.theme,
    frameContext: facts.frameContext,
    hostClientType: 'web',
    hostName: 'Teams',
    appSessionId: facts.sessionId,
    sessionId: facts.sessionId,
    entityId: facts.entityId,
    ...(facts.meetingId ? { meetingId: facts.meetingId } : {}),
    ...(facts.chatId ? { chatId: facts.chatId } : {}),
    ...(facts.tenantId ? { tid: facts.tenantId } : {}),
    userObjectId: facts.user.objectId,
    userPrincipalName: facts.user.upn,
    loginHint: facts.user.upn,
    userDisplayName: facts.user.displayName,
    userLicenseType: 'Unknown',
    isFullScreen: false,
    isMultiWindow: false,
    appLaunchId: facts.sessionId,
    osLocaleInfo: { platform: 'web', regionalFormat: facts.locale },
  };
}

/**
 * What Teams gives a personal app's static tab (`staticTabs` in the manifest, scope `personal`): the
 * frame context `content`, the tab's `entityId` as `page.id`, the user, locale and theme — and no
 * meeting, chat, channel or team, since the tab belongs to none. Microsoft's «Get context for your
 * tab» (learn.microsoft.com/microsoftteams/platform/tabs/how-to/access-teams-context): `meeting.id`
 * is «the meeting ID used by tab when running in meeting context», `chat.id` the chat «with which
 * the content is associated», `page.id` «the developer-defined unique ID for the entity this content
 * points to» (`entityId`); teams-js 2.58's `app.getContext` leaves `meeting`/`chat`/`channel`/`team`
 * out when the host sends no id for them.
 */
export function personalTabContext(facts: Omit<TeamsContextFacts, 'frameContext' | 'meetingId' | 'chatId'>): Record<string, unknown> {
  return legacyContext({ ...facts, frameContext: 'content' });
}

/** What teams-js sends for a request MSAL posted on window.nestedAppAuthBridge (its `data`: the request as JSON). */
export const NESTED_APP_AUTH_EXECUTE = 'nestedAppAuth.execute';

/**
 * The host's message carrying a `NestedAppAuthResponse` back to the app: teams-js's bridge reads
 * the response (JSON) from `args[1]` (internal/communication.js processAuthBridgeMessage). No
 * numeric id, or teams-js would take it for the answer to one of its own requests.
 */
export function nestedAppAuthResponse(response: unknown): { args: unknown[] } {
  return { args: [null, JSON.stringify(response)] };
}

/**
 * The host's answer to MSAL's first bridge request, GetInitContext: who is signed in to Teams
 * (MSAL's account context: home account id `<object id>.<tenant id>`, the authority's host as
 * environment). Teams knows this without asking Entra; token requests go to the broker.
 */
export function nestedAppInitContext(
  requestJson: unknown,
  user: { objectId: string },
  tenantId: string,
  environment: string,
): Record<string, unknown> | undefined {
  let request: unknown;
  try {
    request = typeof requestJson === 'string' ? JSON.parse(requestJson) : requestJson;
  } catch {
    return undefined;
  }
  if (typeof request !== 'object' || request === null) return undefined;
  const { method, requestId } = request as { method?: unknown; requestId?: unknown };
  if (method !== 'GetInitContext') return undefined;
  return {
    messageType: 'NestedAppAuthResponse',
    requestId,
    success: true,
    initContext: {
      sdkName: 'Møtebok meeting simulator',
      sdkVersion: TEAMS_JS_VERSION,
      accountContext: { homeAccountId: `${user.objectId}.${tenantId}`, environment, tenantId },
      capabilities: {},
    },
  };
}

/** A teams-js SdkError as the host returns it. */
export interface TeamsSdkError {
  errorCode: number;
  message: string;
}

/** What one imitation of a Teams meeting does; the protocol around it is the same for all. */
export interface TeamsMeetingHost {
  runtimeConfig(): Record<string, unknown>;
  /**
   * Whether this Teams client offers nested app authentication (the current Teams clients do; an
   * older one does not, and MSAL then signs in with its standard flow). Absent: it does not.
   */
  nestedAppAuth?(): boolean;
  context(frameContext: string): Record<string, unknown>;
  mayShare(): boolean;
  isSharing(): boolean;
  /** Puts the page on the stage, or says why not. */
  share(url: string): TeamsSdkError | undefined;
  stopSharing(): void;
  meetingDetails?(): Record<string, unknown>;
  openLink?(url: string): void;
}

/** The answer's args for one request, or undefined for a function this host does not answer. */
export function answerTeamsRequest(host: TeamsMeetingHost, frameContext: string, func: string, args: unknown[]): unknown[] | undefined {
  switch (func) {
    case 'initialize': {
      if (!host.nestedAppAuth?.()) return [frameContext, 'web', JSON.stringify(host.runtimeConfig()), TEAMS_JS_VERSION];
      // teams-js 2.58 puts its nested-app-auth bridge (window.nestedAppAuthBridge, what MSAL's nested
      // app auth talks to) on the window only when the answer's FOURTH element is a runtime
      // configuration with supports.nestedAppAuth (internal/communication.js → nestedAppAuthUtils.js
      // tryPolyfillWithNestedAppAuthBridge), and takes the third as the host's SDK version when it is
      // not JSON (internal/appHelpers.js): the order hosts with nested app auth answer in.
      const config = host.runtimeConfig();
      const supports = { ...(config.supports as Record<string, unknown>), nestedAppAuth: {} };
      return [frameContext, 'web', TEAMS_JS_VERSION, JSON.stringify({ ...config, supports })];
    }
    case 'getContext':
      return [host.context(frameContext)];
    case 'meeting.getAppContentStageSharingCapabilities':
      return [null, { doesAppHaveSharePermission: host.mayShare() }];
    case 'meeting.getAppContentStageSharingState':
      return [null, { isAppSharing: host.isSharing() }];
    case 'meeting.shareAppContentToStage': {
      if (!host.mayShare()) return [{ errorCode: 1000, message: 'Bare arrangører og presentatører kan dele på skjermen.' }, false];
      const error = host.share(String(args[0] ?? ''));
      return error ? [error, false] : [null, true];
    }
    case 'meeting.stopSharingAppContentToStage':
      host.stopSharing();
      return [null, true];
    case 'meeting.getMeetingDetails':
      return host.meetingDetails ? [null, host.meetingDetails()] : undefined;
    case 'authentication.getAuthToken':
      return [false, 'Teams-imitasjonen utsteder ikke Teams-SSO-token; appen logger inn mot den konfigurerte autoriteten.'];
    case 'app.openLink':
    case 'executeDeepLink':
      if (!host.openLink) return undefined;
      host.openLink(String(args[0] ?? ''));
      return [true];
    default:
      return undefined;
  }
}

/**
 * Teams' side of Live Share (teams-js `LiveShareHost`, public/liveShareHost.js: `interactive.*`,
 * answered as `[error, result]`). Teams asks its own service for these, so they are asynchronous;
 * the meeting simulator asks the local tenant (`/_tenant/live/…`), which also names the local Fluid
 * service (tenant id `local`, as Live Share's test mode uses).
 */
export interface LiveShareHostImitation {
  tenantInfo(): Promise<{ tenantId: string; serviceEndpoint: string }>;
  containerOf(): Promise<Record<string, unknown>>;
  setContainer(containerId: string): Promise<Record<string, unknown>>;
  registerClient(clientId: string): Promise<string[]>;
  clientInfo(clientId: string): Promise<{ userId: string; roles: string[]; displayName?: string } | undefined>;
}

const INTERNAL_ERROR = 500;

/** The answer's args for an `interactive.*` request, or undefined for any other function. */
export function answerLiveShareRequest(live: LiveShareHostImitation, func: string, args: unknown[]): Promise<unknown[]> | undefined {
  const answer = async (result: () => Promise<unknown>): Promise<unknown[]> => {
    try {
      return [null, await result()];
    } catch (error) {
      return [{ errorCode: INTERNAL_ERROR, message: error instanceof Error ? error.message : String(error) } satisfies TeamsSdkError, null];
    }
  };
  const text = (value: unknown) => String(value ?? '');
  switch (func) {
    case 'interactive.getFluidTenantInfo':
      return answer(() => live.tenantInfo());
    case 'interactive.getFluidToken':
      // Local mode: Live Share makes its own token for the local service and never asks.
      return answer(async () => 'test-token');
    case 'interactive.getFluidContainerId':
      return answer(() => live.containerOf());
    case 'interactive.setFluidContainerId':
      return answer(() => live.setContainer(text(args[0])));
    case 'interactive.getNtpTime':
      return answer(async () => {
        const now = new Date();
        return { ntpTime: now.toUTCString(), ntpTimeInUTC: now.getTime() };
      });
    case 'interactive.registerClientId':
      return answer(() => live.registerClient(text(args[0])));
    case 'interactive.getClientRoles':
      return answer(async () => (await live.clientInfo(text(args[0])))?.roles);
    case 'interactive.getClientInfo':
      return answer(() => live.clientInfo(text(args[0])));
    default:
      return undefined;
  }
}

/**
 * The placeholders Teams replaces in a tab's `contentUrl` and `configurationUrl`, each with the legacy
 * context field it stands for. Microsoft's «Get context for your tab» (learn.microsoft.com/microsoftteams/
 * platform/tabs/how-to/access-teams-context, "Get context by inserting URL placeholder values"): «Teams
 * replaces the placeholders with the relevant values when determining the actual configuration or content
 * URL. The available placeholders include all fields on the context object»; its table names each TeamsJS
 * v2 field (`{app.locale}`) beside its v1 name (`{locale}`), and `{upn}` is «a synonym for
 * `{user.loginHint}`». `{meetingId}` is among them (MicrosoftDocs/msteams-docs#3890: «It is supported»).
 */
const PLACEHOLDER_FIELDS: Readonly<Record<string, string>> = {
  'page.id': 'entityId',
  'page.subPageId': 'subEntityId',
  'page.frameContext': 'frameContext',
  'user.loginHint': 'loginHint',
  'user.userPrincipalName': 'userPrincipalName',
  'user.id': 'userObjectId',
  'user.tenant.id': 'tid',
  'app.theme': 'theme',
  'app.locale': 'locale',
  'app.sessionId': 'appSessionId',
  'meeting.id': 'meetingId',
  'chat.id': 'chatId',
  'channel.id': 'channelId',
  'team.groupId': 'groupId',
  upn: 'loginHint',
};

/**
 * A tab's URL as Teams opens it: each placeholder (v2 or v1 name) replaced by the context's value. Two
 * choices the documentation leaves open, made here and held by the page either way
 * (`hosts/browserHostContext.ts` takes an empty or unreplaced value for none): a field the context does
 * not have (a personal tab's `{meetingId}`) becomes empty, and values are URL-encoded (the docs' example
 * shows `user@example.com`, which reads the same either way). A brace pair that names no context field is
 * not a placeholder and stays.
 */
export function substituteUrlPlaceholders(url: string, context: Record<string, unknown>): string {
  return url.replace(/\{([A-Za-z.]+)\}/g, (whole, name: string) => {
    const field = PLACEHOLDER_FIELDS[name] ?? name;
    if (!(name in PLACEHOLDER_FIELDS) && !KNOWN_LEGACY_FIELDS.has(name)) return whole;
    const value = context[field];
    return typeof value === 'string' ? encodeURIComponent(value) : '';
  });
}

/** The v1 names a placeholder may use (the right-hand column of the docs' table that a tab's URL would carry). */
const KNOWN_LEGACY_FIELDS = new Set([...Object.values(PLACEHOLDER_FIELDS), 'teamId', 'channelName', 'teamName', 'hostClientType', 'sessionId']);
