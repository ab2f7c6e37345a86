// The personal app simulator: plays the part of Teams with Møtebok's personal app open, the static
// tab of the manifest (`staticTabs`: entityId `motebok-workspace`, contentUrl `/workspace.html?locale={app.locale}&theme={app.theme}`,
// scope `personal`). It frames the tab and answers its teams-js as Teams does for a personal tab:
// frame context `content`, no meeting or chat (`personalTabContext`), nested app auth with `naa=1`.
import { hostEvent, meetingRuntimeConfig, personalTabContext, substituteUrlPlaceholders, type TeamsMeetingHost } from '../../../src/hosts/teams/testing/teamsHostProtocol';
import { appBase as appBaseOf, element, tenantInfo } from '../shared/page';
import { answerTeamsFrames, loadUsers, messageLog, type SimulatedUser } from '../shared/teamsFrames';

/** The manifest's static tab (manifest/manifest.template.json). */
export const STATIC_TAB = { entityId: 'motebok-workspace', contentUrl: '/workspace.html?locale={app.locale}&theme={app.theme}' };

/** teams-js's ErrorCode.NOT_SUPPORTED_IN_CURRENT_CONTEXT: a meeting's functions outside a meeting. */
const NOT_IN_A_MEETING = { errorCode: 501, message: 'En personlig fane er ikke i et møte.' };

async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const info = await tenantInfo();
  const appBase = appBaseOf(params, info);
  const appOrigin = new URL(appBase).origin;
  // `tab`: the tab's address below the app (a deep link's, or the bench's with the meeting named); default the manifest's contentUrl.
  const tabPath = params.get('tab') ?? STATIC_TAB.contentUrl;
  const tenantId = params.get('tid') ?? info.tenantId;
  const nestedAppAuth = params.get('naa') === '1';

  const tabFrame = element<HTMLIFrameElement>('tab-frame');
  const userSelect = element<HTMLSelectElement>('user-select');
  const themeSelect = element<HTMLSelectElement>('theme-select');
  const localeSelect = element<HTMLSelectElement>('locale-select');
  const log = messageLog(element<HTMLOListElement>('log'));

  const fallbackUser: SimulatedUser = { key: 'referent', label: 'Referent', displayName: 'Referent', upn: 'referent@example.no', objectId: 'sim-referent', role: 'Organizer' };
  const state = { users: [fallbackUser], user: fallbackUser, theme: params.get('theme') ?? 'default', locale: params.get('locale') ?? 'nb-NO', sessionId: crypto.randomUUID() };

  const host: TeamsMeetingHost = {
    // The Teams web client's capabilities, the same as in a meeting (a judgement: Microsoft documents no list per
    // context); what tells the app it is in no meeting is the context, and the meeting's functions are refused.
    runtimeConfig: meetingRuntimeConfig,
    nestedAppAuth: () => nestedAppAuth,
    context: () =>
      personalTabContext({
        locale: state.locale,
        theme: state.theme,
        sessionId: state.sessionId,
        entityId: STATIC_TAB.entityId,
        tenantId,
        user: { objectId: state.user.objectId, upn: state.user.upn, displayName: state.user.displayName },
      }),
    mayShare: () => false,
    isSharing: () => false,
    share: () => NOT_IN_A_MEETING,
    stopSharing: () => undefined,
    openLink: (url) => void window.open(url, '_blank', 'noopener'),
  };
  const frameContextOf = (source: MessageEventSource | null) => (source && source === tabFrame.contentWindow ? 'content' : undefined);
  answerTeamsFrames({ appOrigin, frameContextOf, host, nestedAppAuth, user: () => state.user, tenantId, log });

  /** Teams restarts the app when the user or language changes; the theme it changes live. */
  const loadTab = () => {
    tabFrame.removeAttribute('src');
    // As Teams opens a tab: its URL with the context's placeholders replaced (`{locale}`, `{theme}` …).
    tabFrame.src = new URL(substituteUrlPlaceholders(tabPath, host.context('content')), appBase + '/').href;
  };
  themeSelect.addEventListener('change', () => {
    state.theme = themeSelect.value;
    tabFrame.contentWindow?.postMessage(hostEvent('themeChange', [state.theme]), appOrigin);
    log('⇠', 'content', { func: 'themeChange', args: [state.theme] });
  });
  localeSelect.addEventListener('change', () => {
    state.locale = localeSelect.value;
    loadTab();
  });
  userSelect.addEventListener('change', () => {
    state.user = state.users.find((user) => user.key === userSelect.value) ?? state.user;
    loadTab();
  });

  const users = await loadUsers().catch((): SimulatedUser[] => []);
  if (users.length > 0) state.users = users;
  for (const user of state.users) userSelect.append(new Option(user.label, user.key));
  const wanted = params.get('user') ?? 'referent';
  state.user = state.users.find((user) => user.key === wanted || user.upn === wanted) ?? state.users[0] ?? fallbackUser;
  userSelect.value = state.user.key;
  themeSelect.value = state.theme;
  localeSelect.value = state.locale;
  loadTab();
  document.body.dataset.ready = 'true';
}

void start();
