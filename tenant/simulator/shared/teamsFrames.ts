// How a simulated Teams window answers the teams-js of the app frames it holds: the meeting window
// (side panel, stage) and the personal app (a static tab). One listener per page; which frame asked
// decides the frame context, the page's host decides the answers (teamsHostProtocol.ts, shared with
// the unit tests' fake Teams parent).
import {
  answerLiveShareRequest,
  answerTeamsRequest,
  isTeamsRequest,
  NESTED_APP_AUTH_EXECUTE,
  nestedAppAuthResponse,
  nestedAppInitContext,
  responseTo,
  type LiveShareHostImitation,
  type TeamsMeetingHost,
} from '../../../src/hosts/teams/testing/teamsHostProtocol';

/** Someone the simulators can act as (`meeting/users.json`). */
export interface SimulatedUser {
  key: string;
  label: string;
  displayName: string;
  upn: string;
  objectId: string;
  /** Organisers and presenters may share to a meeting's stage; attendees may not. */
  role: 'Organizer' | 'Presenter' | 'Attendee';
}

/** The people of the local tenant the simulators act as; one file for both Teams windows. */
export async function loadUsers(): Promise<SimulatedUser[]> {
  const response = await fetch('/_tenant/meeting/users.json');
  const body = (await response.json()) as { users?: unknown };
  return Array.isArray(body.users) ? (body.users as SimulatedUser[]) : []; // our own file, served by the tenant
}

export interface TeamsFrames {
  /** The app's origin: requests from any other are refused, answers go only there. */
  appOrigin: string;
  /** The frame context of the frame that sent a message, undefined for a window that is not ours. */
  frameContextOf(source: MessageEventSource | null): string | undefined;
  host: TeamsMeetingHost;
  /** `naa=1`: a Teams client with nested app authentication. */
  nestedAppAuth: boolean;
  user(): SimulatedUser;
  tenantId: string;
  /** Live Share, in a meeting only. */
  live?: LiveShareHostImitation;
  log(direction: string, frame: string, message: unknown): void;
}

/** Answers every teams-js request of the page's app frames, as Teams does. */
export function answerTeamsFrames(frames: TeamsFrames): void {
  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    const frameContext = frames.frameContextOf(event.source);
    const data = event.data;
    if (!frameContext || !isTeamsRequest(data)) return;
    if (event.origin !== frames.appOrigin) {
      frames.log('✗', frameContext, { refused: event.origin, func: data.func });
      return;
    }
    frames.log('→', frameContext, { func: data.func, args: data.args });
    const source = event.source as Window; // frameContextOf matched it to one of our frames
    const reply = (args: unknown[]) => {
      const response = responseTo(data, args);
      source.postMessage(response, event.origin);
      frames.log('←', frameContext, response);
    };
    const requestArgs = Array.isArray(data.args) ? data.args : [];
    if (data.func === NESTED_APP_AUTH_EXECUTE && frames.nestedAppAuth) {
      void answerNestedAppAuth(frames, (data as { data?: unknown }).data).then((response) => {
        source.postMessage(nestedAppAuthResponse(response), event.origin);
        frames.log('←', frameContext, { nestedAppAuth: { requestId: response.requestId, success: response.success, error: response.error } });
      });
      return;
    }
    const liveAnswer = frames.live ? answerLiveShareRequest(frames.live, data.func, requestArgs) : undefined;
    if (liveAnswer) {
      void liveAnswer.then(reply);
      return;
    }
    // registerHandler, appInitialization.*, app.notify*: acknowledged; harmless if nobody waits.
    reply(answerTeamsRequest(frames.host, frameContext, data.func, requestArgs) ?? []);
  });
}

/** The Teams host's side of nested app auth: who is signed in from memory, tokens from the tenant's broker. */
async function answerNestedAppAuth(frames: TeamsFrames, request: unknown): Promise<{ requestId?: unknown; success?: unknown; error?: unknown }> {
  const user = frames.user();
  const initContext = nestedAppInitContext(request, user, frames.tenantId, location.host);
  if (initContext) return initContext;
  const response = await fetch('/_tenant/naa', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ user: user.upn, request }) });
  return (await response.json()) as { requestId?: unknown; success?: unknown; error?: unknown };
}

/** The simulator's message log at the bottom of its page. */
export function messageLog(list: HTMLOListElement): TeamsFrames['log'] {
  return (direction, frame, message) => {
    const item = document.createElement('li');
    item.textContent = `${new Date().toISOString().slice(11, 23)} ${direction} ${frame}: ${JSON.stringify(message).slice(0, 400)}`;
    list.append(item);
    while (list.children.length > 300) list.firstElementChild?.remove();
  };
}
