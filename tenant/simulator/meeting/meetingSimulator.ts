// The meeting simulator: plays the part of Teams for Møtebok's side panel and stage. It answers
// teams-js with the protocol the unit tests' fake Teams parent uses too (teamsHostProtocol.ts).
//
// Two windows of the simulator (referent and participant) share what is on the stage through a
// BroadcastChannel, as everyone in a Teams meeting sees the same shared stage.
import { hostEvent, legacyContext, meetingRuntimeConfig, substituteUrlPlaceholders, type LiveShareHostImitation, type TeamsMeetingHost } from '../../../src/hosts/teams/testing/teamsHostProtocol';
import { answerTeamsFrames, loadUsers, messageLog, type SimulatedUser } from '../shared/teamsFrames';
import { appBase as appBaseOf, element, tenantInfo } from '../shared/page';

type StageMessage = { type: 'share'; url: string; sharedBy: string } | { type: 'stop' } | { type: 'hello' };

/** The title bar of a meeting the simulator knows no event for (opened by `?meeting=`, not from an invite). */
const UNTITLED = 'Teams-møte';

/** The subject of the event whose Teams meeting `thread` is (the tenant looks it up in the calendars). */
async function subjectOfJoin(thread: string): Promise<string | undefined> {
  const response = await fetch(`/_tenant/meeting/details/${encodeURIComponent(thread)}`).catch(() => undefined);
  if (!response?.ok) return undefined;
  const body = (await response.json()) as { subject?: unknown };
  return typeof body.subject === 'string' && body.subject.trim() !== '' ? body.subject : undefined;
}

async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const info = await tenantInfo();
  const appBase = appBaseOf(params, info);
  const appOrigin = new URL(appBase).origin;
  // Opened from an invite's join link (/_tenant/meeting/join/<thread id>) the Teams meeting is known
  // and Møtebok finds its meeting by it; opened directly, ?meeting=<Møtebok meeting id> says which.
  const joinMatch = /\/_tenant\/meeting\/join\/([^/?#]+)/.exec(location.pathname);
  const joinedThread = joinMatch?.[1] ? decodeURIComponent(joinMatch[1]) : undefined;
  const motebokMeetingId = params.get('meeting') ?? (joinedThread ? undefined : 'pm-2026-06-11');
  // What Teams would give as context.meeting.id and context.chat.id for this meeting.
  const teamsMeetingId = params.get('teamsMeetingId') ?? joinedThread ?? motebokMeetingId ?? '';
  const chatId = params.get('chatId') ?? joinedThread ?? `19:meeting_${motebokMeetingId ?? ''}@thread.v2`;
  const channelKey = joinedThread ?? motebokMeetingId ?? '';
  const sidePanelPath = params.get('sidePanel') ?? '/sidepanel.html';
  const tenantId = params.get('tid') ?? info.tenantId;
  // `naa=1`: a Teams client with nested app authentication (today's Teams): the app's MSAL asks
  // the host for tokens (the tenant's broker, /_tenant/naa) and shows no sign-in of its own.
  // Without it, an older client: MSAL signs in with its standard flow against the tenant.
  const nestedAppAuth = params.get('naa') === '1';

  const sidePanelFrame = element<HTMLIFrameElement>('side-panel-frame');
  const stageFrame = element<HTMLIFrameElement>('stage-frame');
  const userSelect = element<HTMLSelectElement>('user-select');
  const themeSelect = element<HTMLSelectElement>('theme-select');
  const localeSelect = element<HTMLSelectElement>('locale-select');
  const appButton = element<HTMLButtonElement>('app-button');
  const logList = element<HTMLOListElement>('log');

  const fallbackUser: SimulatedUser = { key: 'referent', label: 'Referent', displayName: 'Referent', upn: 'referent@example.no', objectId: 'sim-referent', role: 'Organizer' };
  const state = {
    users: [] as SimulatedUser[],
    user: fallbackUser,
    theme: params.get('theme') ?? 'default',
    locale: params.get('locale') ?? 'nb-NO',
    stageUrl: undefined as string | undefined,
    sharedBy: undefined as string | undefined,
    sessionId: crypto.randomUUID(),
  };

  const channel = 'BroadcastChannel' in window ? new BroadcastChannel(`motebok-simulator-${channelKey}`) : undefined;

  const log = messageLog(logList);

  function frameContextOf(source: MessageEventSource | null): 'sidePanel' | 'meetingStage' | undefined {
    if (source && source === sidePanelFrame.contentWindow) return 'sidePanel';
    if (source && source === stageFrame.contentWindow) return 'meetingStage';
    return undefined;
  }

  const mayShare = (): boolean => state.user.role !== 'Attendee';

  const host: TeamsMeetingHost = {
    runtimeConfig: meetingRuntimeConfig,
    nestedAppAuth: () => nestedAppAuth,
    context: (frameContext) =>
      legacyContext({
        frameContext,
        locale: state.locale,
        theme: state.theme,
        sessionId: state.sessionId,
        entityId: 'motebok-meeting',
        meetingId: teamsMeetingId,
        chatId,
        tenantId,
        user: { objectId: state.user.objectId, upn: state.user.upn, displayName: state.user.displayName },
      }),
    mayShare,
    isSharing: () => Boolean(state.stageUrl),
    share(url) {
      if (!url.startsWith(appOrigin + '/')) return { errorCode: 4000, message: `Adressen må være i appens domene (${appOrigin}).` };
      shareToStage(url, state.user.displayName, true);
      return undefined;
    },
    stopSharing: () => stopSharing(true),
    meetingDetails: () => ({
      details: { id: teamsMeetingId, type: 'Scheduled', title: element('meeting-title').textContent, joinUrl: `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(chatId)}/0` },
      conversation: { id: chatId },
      organizer: { id: state.users[0]?.objectId, tenantId },
    }),
    openLink: (url) => void window.open(url, '_blank', 'noopener'),
  };

  // Live Share: Teams keeps the meeting's Fluid container and the clients' roles on its side; here
  // the local tenant does, for every window of the meeting (each person has their own).
  const liveBase = '/_tenant/live';
  const liveRequest = async <T>(path: string, init?: { method: 'PUT'; body: unknown }): Promise<T> => {
    const response = await fetch(`${liveBase}${path}`, init ? { method: init.method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(init.body) } : undefined);
    if (!response.ok) throw new Error(`Live Share i simulatoren: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  const meetingKey = encodeURIComponent(teamsMeetingId);
  const live: LiveShareHostImitation = {
    tenantInfo: () => liveRequest(''),
    containerOf: () => liveRequest(`/meetings/${meetingKey}/container`),
    setContainer: (containerId) => liveRequest(`/meetings/${meetingKey}/container`, { method: 'PUT', body: { containerId } }),
    registerClient: async (clientId) =>
      (await liveRequest<{ roles: string[] }>(`/clients/${encodeURIComponent(clientId)}`, { method: 'PUT', body: { userId: state.user.objectId, roles: [state.user.role], displayName: state.user.displayName } })).roles,
    clientInfo: async (clientId) => {
      const response = await fetch(`${liveBase}/clients/${encodeURIComponent(clientId)}`);
      return response.ok ? ((await response.json()) as { userId: string; roles: string[]; displayName?: string }) : undefined;
    },
  };

  answerTeamsFrames({ appOrigin, frameContextOf, host, nestedAppAuth, user: () => state.user, tenantId, live, log });

  function sendToFrames(func: string, args: unknown[]): void {
    for (const frame of [sidePanelFrame, stageFrame]) {
      if (frame.contentWindow && !frame.hidden && frame.getAttribute('src')) {
        frame.contentWindow.postMessage(hostEvent(func, args), appOrigin);
        log('⇠', frame === sidePanelFrame ? 'sidePanel' : 'meetingStage', { func, args });
      }
    }
  }

  // --- The stage, shared by everyone ------------------------------------------------------------

  function shareToStage(url: string, sharedBy: string, broadcast: boolean): void {
    state.stageUrl = url;
    state.sharedBy = sharedBy;
    stageFrame.hidden = false;
    element('stage-empty').hidden = true;
    if (stageFrame.src !== url) stageFrame.src = url;
    element('sharer').hidden = false;
    element('sharer').textContent = `${sharedBy} deler Møtebok`;
    element('stop-sharing').hidden = !mayShare();
    if (broadcast) channel?.postMessage({ type: 'share', url, sharedBy } satisfies StageMessage);
  }

  function stopSharing(broadcast: boolean): void {
    state.stageUrl = undefined;
    stageFrame.hidden = true;
    stageFrame.removeAttribute('src');
    element('stage-empty').hidden = false;
    element('sharer').hidden = true;
    element('stop-sharing').hidden = true;
    if (broadcast) channel?.postMessage({ type: 'stop' } satisfies StageMessage);
  }

  if (channel) {
    channel.onmessage = (event: MessageEvent<Partial<{ type: string; url: unknown; sharedBy: unknown }> | null>) => {
      const message = event.data ?? {};
      if (message.type === 'share' && typeof message.url === 'string' && message.url.startsWith(appOrigin + '/')) {
        shareToStage(message.url, String(message.sharedBy ?? ''), false);
      } else if (message.type === 'stop') {
        stopSharing(false);
      } else if (message.type === 'hello' && state.stageUrl) {
        // A window that joined late asks what is on the stage.
        channel.postMessage({ type: 'share', url: state.stageUrl, sharedBy: state.sharedBy ?? '' } satisfies StageMessage);
      }
    };
  }

  // --- Chrome -------------------------------------------------------------------------------

  /** The side panel's address as Teams opens it: the tab's URL with its context placeholders replaced (`{meetingId}`, `{locale}` …). */
  const sidePanelUrl = () => appBase + substituteUrlPlaceholders(sidePanelPath, host.context('sidePanel'));

  function setPanelOpen(open: boolean): void {
    element('side-panel').hidden = !open;
    appButton.setAttribute('aria-pressed', String(open));
    if (open && !sidePanelFrame.getAttribute('src')) sidePanelFrame.src = sidePanelUrl();
  }

  /** Teams restarts the app when the user or language changes; the theme it changes live. */
  function reloadFrames(): void {
    if (sidePanelFrame.getAttribute('src')) sidePanelFrame.src = sidePanelUrl();
    if (state.stageUrl) {
      stageFrame.removeAttribute('src');
      stageFrame.src = state.stageUrl;
    }
  }

  function pickUser(key: string): void {
    state.user = state.users.find((u) => u.key === key || u.upn === key) ?? state.users[0] ?? fallbackUser;
    userSelect.value = state.user.key;
    element('stop-sharing').hidden = !(state.stageUrl && mayShare());
  }

  appButton.addEventListener('click', () => setPanelOpen(element('side-panel').hidden !== false));
  element('close-panel').addEventListener('click', () => {
    setPanelOpen(false);
    appButton.focus();
  });
  element('stop-sharing').addEventListener('click', () => stopSharing(true));
  themeSelect.addEventListener('change', () => {
    state.theme = themeSelect.value;
    sendToFrames('themeChange', [state.theme]);
  });
  localeSelect.addEventListener('change', () => {
    state.locale = localeSelect.value;
    reloadFrames();
  });
  userSelect.addEventListener('change', () => {
    pickUser(userSelect.value);
    reloadFrames();
  });

  const started = Date.now();
  setInterval(() => {
    const s = Math.floor((Date.now() - started) / 1000);
    element('clock').textContent = `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
  }, 1000);

  const users = await loadUsers().catch((): SimulatedUser[] => []);
  state.users = users.length > 0 ? users : [fallbackUser];
  for (const user of state.users) userSelect.append(new Option(user.label, user.key));
  pickUser(params.get('user') ?? 'referent');
  themeSelect.value = state.theme;
  localeSelect.value = state.locale;
  // Teams titles the window with the meeting's subject: the event of the join link, or `?title=`.
  element('meeting-title').textContent = params.get('title') ?? (joinedThread ? await subjectOfJoin(joinedThread) : undefined) ?? UNTITLED;
  setPanelOpen(params.get('panel') !== 'closed');
  const stage = params.get('stage');
  // Shared before this person joined: by them when Teams lets them share, else by the organiser (an attendee cannot).
  const sharer = mayShare() ? state.user : (state.users.find((user) => user.role === 'Organizer') ?? state.user);
  if (stage) shareToStage(new URL(stage, appBase + '/').href, sharer.displayName, false);
  channel?.postMessage({ type: 'hello' } satisfies StageMessage);
  document.body.dataset.ready = 'true';
}

void start();
