// The meeting simulator: plays the part of Teams for Møtebok's side panel and stage.
//
// teams-js talks to its host with window.postMessage. The app sends requests
// { id, uuidAsString, func, args, ... }; the host answers { id, uuidAsString, args } to the same
// window. The host starts conversations of its own (theme changes) with { func, args } and NO
// numeric id — teams-js treats any message with a numeric id as a response.
// Shapes follow @microsoft/teams-js 2.58 (internal/communication.js, internal/appHelpers.js,
// public/app/app.js getContext mapping, public/meeting/meeting.js).
//
// Two windows of the simulator (referent and participant) share what is on the stage through a
// BroadcastChannel, as everyone in a Teams meeting sees the same shared stage.
'use strict';

(function () {
  const params = new URLSearchParams(location.search);
  const appBase = (params.get('app') || 'https://localhost:3000').replace(/\/$/, '');
  const appOrigin = new URL(appBase).origin;
  // Opened from an invite's join link (/_tenant/meeting/join/<thread id>) the Teams meeting is known
  // and Møtebok finds its meeting by it; opened directly, ?meeting=<Møtebok meeting id> says which.
  const joinMatch = /\/_tenant\/meeting\/join\/([^/?#]+)/.exec(location.pathname);
  const joinedThread = joinMatch ? decodeURIComponent(joinMatch[1]) : undefined;
  const motebokMeetingId = params.get('meeting') || (joinedThread ? undefined : 'pm-2026-06-11');
  // What Teams would give as context.meeting.id and context.chat.id for this meeting.
  const teamsMeetingId = params.get('teamsMeetingId') || joinedThread || motebokMeetingId;
  const chatId = params.get('chatId') || joinedThread || `19:meeting_${motebokMeetingId}@thread.v2`;
  const channelKey = joinedThread || motebokMeetingId;
  const sidePanelPath = params.get('sidePanel') || '/sidepanel.html';
  const tenantId = params.get('tid') || '3f6c2a1e-5b7d-4c9e-8a10-2d4f6b8c0e11';

  const el = (id) => document.getElementById(id);
  const sidePanelFrame = el('side-panel-frame');
  const stageFrame = el('stage-frame');
  const userSelect = el('user-select');
  const themeSelect = el('theme-select');
  const localeSelect = el('locale-select');
  const appButton = el('app-button');
  const logList = el('log');

  const state = {
    users: [],
    user: undefined,
    theme: params.get('theme') || 'default',
    locale: params.get('locale') || 'nb-NO',
    stageUrl: undefined,
    sharedBy: undefined,
    sessionId: crypto.randomUUID(),
  };

  const channel = 'BroadcastChannel' in window ? new BroadcastChannel(`motebok-simulator-${channelKey}`) : undefined;

  function log(direction, frame, message) {
    const item = document.createElement('li');
    item.textContent = `${new Date().toISOString().slice(11, 23)} ${direction} ${frame}: ${JSON.stringify(message).slice(0, 400)}`;
    logList.append(item);
    while (logList.children.length > 300) logList.firstElementChild.remove();
  }

  // --- What Teams answers ---------------------------------------------------------------------

  /** Capabilities as a Teams web client in a meeting declares them (runtime API version 4). */
  function runtimeConfig() {
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
        // nestedAppAuth is deliberately absent: the simulator has no token broker, so MSAL falls
        // back to its standard flow against the local tenant's authority.
      },
    };
  }

  function frameContextOf(source) {
    if (source === sidePanelFrame.contentWindow) return 'sidePanel';
    if (source === stageFrame.contentWindow) return 'meetingStage';
    return undefined;
  }

  /** The "legacy" context object teams-js maps into app.Context (see getContext in app.js). */
  function legacyContext(frameContext) {
    const user = state.user;
    return {
      locale: state.locale,
      theme: state.theme,
      frameContext,
      hostClientType: 'web',
      hostName: 'Teams',
      appSessionId: state.sessionId,
      sessionId: state.sessionId,
      entityId: 'motebok-meeting',
      meetingId: teamsMeetingId,
      chatId,
      tid: tenantId,
      userObjectId: user.objectId,
      userPrincipalName: user.upn,
      loginHint: user.upn,
      userDisplayName: user.displayName,
      userLicenseType: 'Unknown',
      isFullScreen: false,
      isMultiWindow: false,
      appLaunchId: state.sessionId,
      osLocaleInfo: { platform: 'web', regionalFormat: state.locale },
    };
  }

  const mayShare = () => state.user && state.user.role !== 'Attendee';

  /** Returns the response args, or undefined for one-way messages that get no answer. */
  function answer(frameContext, func, args) {
    switch (func) {
      case 'initialize':
        return [frameContext, 'web', JSON.stringify(runtimeConfig()), '2.58.0'];
      case 'getContext':
        return [legacyContext(frameContext)];
      case 'meeting.getAppContentStageSharingCapabilities':
        return [null, { doesAppHaveSharePermission: mayShare() }];
      case 'meeting.getAppContentStageSharingState':
        return [null, { isAppSharing: Boolean(state.stageUrl) }];
      case 'meeting.shareAppContentToStage': {
        const url = String(args[0] || '');
        if (!mayShare()) return [{ errorCode: 1000, message: 'Bare arrangører og presentatører kan dele på skjermen.' }, false];
        if (!url.startsWith(appOrigin + '/')) return [{ errorCode: 4000, message: `Adressen må være i appens domene (${appOrigin}).` }, false];
        shareToStage(url, state.user.displayName, true);
        return [null, true];
      }
      case 'meeting.stopSharingAppContentToStage':
        stopSharing(true);
        return [null, true];
      case 'meeting.getMeetingDetails':
        return [null, {
          details: { id: teamsMeetingId, type: 'Scheduled', title: el('meeting-title').textContent, joinUrl: `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(chatId)}/0` },
          conversation: { id: chatId },
          organizer: { id: state.users[0] && state.users[0].objectId, tenantId },
        }];
      case 'authentication.getAuthToken':
        return [false, 'Simulatoren utsteder ikke Teams-SSO-token; appen logger inn mot den lokale tenanten.'];
      case 'app.openLink':
      case 'executeDeepLink':
        window.open(String(args[0] || ''), '_blank', 'noopener');
        return [true];
      default:
        // registerHandler, appInitialization.*, app.notify*: acknowledged; harmless if nobody waits.
        return [];
    }
  }

  window.addEventListener('message', (event) => {
    const frameContext = frameContextOf(event.source);
    const data = event.data;
    if (!frameContext || !data || typeof data !== 'object' || typeof data.func !== 'string') return;
    if (event.origin !== appOrigin) {
      log('✗', frameContext, { refused: event.origin, func: data.func });
      return;
    }
    log('→', frameContext, { func: data.func, args: data.args });
    const args = answer(frameContext, data.func, Array.isArray(data.args) ? data.args : []);
    if (args === undefined) return;
    const response = { id: data.id, uuidAsString: data.uuidAsString, args };
    event.source.postMessage(response, event.origin);
    log('←', frameContext, response);
  });

  function sendToFrames(func, args) {
    for (const frame of [sidePanelFrame, stageFrame]) {
      if (frame.contentWindow && !frame.hidden && frame.src) {
        frame.contentWindow.postMessage({ func, args }, appOrigin);
        log('⇠', frame === sidePanelFrame ? 'sidePanel' : 'meetingStage', { func, args });
      }
    }
  }

  // --- The stage, shared by everyone ------------------------------------------------------------

  function shareToStage(url, sharedBy, broadcast) {
    state.stageUrl = url;
    state.sharedBy = sharedBy;
    stageFrame.hidden = false;
    el('stage-empty').hidden = true;
    if (stageFrame.src !== url) stageFrame.src = url;
    el('sharer').hidden = false;
    el('sharer').textContent = `${sharedBy} deler Møtebok`;
    el('stop-sharing').hidden = !mayShare();
    if (broadcast && channel) channel.postMessage({ type: 'share', url, sharedBy });
  }

  function stopSharing(broadcast) {
    state.stageUrl = undefined;
    stageFrame.hidden = true;
    stageFrame.removeAttribute('src');
    el('stage-empty').hidden = false;
    el('sharer').hidden = true;
    el('stop-sharing').hidden = true;
    if (broadcast && channel) channel.postMessage({ type: 'stop' });
  }

  if (channel) {
    channel.onmessage = (event) => {
      const message = event.data || {};
      if (message.type === 'share' && typeof message.url === 'string' && message.url.startsWith(appOrigin + '/')) {
        shareToStage(message.url, String(message.sharedBy || ''), false);
      } else if (message.type === 'stop') {
        stopSharing(false);
      } else if (message.type === 'hello' && state.stageUrl) {
        // A window that joined late asks what is on the stage.
        channel.postMessage({ type: 'share', url: state.stageUrl, sharedBy: state.sharedBy });
      }
    };
  }

  // --- Chrome -------------------------------------------------------------------------------

  function setPanelOpen(open) {
    el('side-panel').hidden = !open;
    appButton.setAttribute('aria-pressed', String(open));
    if (open && !sidePanelFrame.getAttribute('src')) sidePanelFrame.src = appBase + sidePanelPath;
  }

  /** Teams restarts the app when the user or language changes; the theme it changes live. */
  function reloadFrames() {
    if (sidePanelFrame.getAttribute('src')) sidePanelFrame.src = appBase + sidePanelPath;
    if (state.stageUrl) {
      stageFrame.removeAttribute('src');
      stageFrame.src = state.stageUrl;
    }
  }

  function pickUser(key) {
    state.user = state.users.find((u) => u.key === key || u.upn === key) || state.users[0];
    userSelect.value = state.user.key;
    el('stop-sharing').hidden = !(state.stageUrl && mayShare());
  }

  appButton.addEventListener('click', () => setPanelOpen(el('side-panel').hidden));
  el('close-panel').addEventListener('click', () => {
    setPanelOpen(false);
    appButton.focus();
  });
  el('stop-sharing').addEventListener('click', () => stopSharing(true));
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
    el('clock').textContent = `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
  }, 1000);

  async function loadUsers() {
    const response = await fetch('/_tenant/meeting/users.json');
    const body = await response.json();
    return Array.isArray(body.users) ? body.users : [];
  }

  loadUsers()
    .catch(() => [])
    .then((users) => {
      state.users = users.length > 0 ? users : [{ key: 'referent', label: 'Referent', displayName: 'Referent', upn: 'referent@example.no', objectId: 'sim-referent', role: 'Organizer' }];
      for (const user of state.users) userSelect.append(new Option(user.label, user.key));
      pickUser(params.get('user') || 'referent');
      themeSelect.value = state.theme;
      localeSelect.value = state.locale;
      if (params.get('title')) el('meeting-title').textContent = params.get('title');
      setPanelOpen(params.get('panel') !== 'closed');
      if (params.get('stage')) shareToStage(new URL(params.get('stage'), appBase + '/').href, state.user.displayName, false);
      if (channel) channel.postMessage({ type: 'hello' });
      document.body.dataset.ready = 'true';
    });
})();
