// Test helper (jsdom only): teams-js keeps module-global state, so use one initialisation per test file.
import { answerTeamsRequest, legacyContext, meetingRuntimeConfig, personalTabContext, responseTo, type TeamsMeetingHost, type TeamsRequest } from './teamsHostProtocol';

/**
 * A fake Teams parent window, as teams-js's own test utils do it: it records what the app posts and
 * answers like the Teams web client, with the protocol the meeting simulator uses too
 * (`teamsHostProtocol.ts`).
 */
export type PostedMessage = TeamsRequest;

export function fakeTeamsParent(options: {
  frameContext: string;
  /** A personal app's static tab with this `entityId` (no meeting, no chat) instead of a meeting's tab. */
  personalTab?: string;
  theme?: string;
  locale?: string;
  silent?: boolean;
  canShare?: boolean;
  /** Functions whose answers wait until `release(func)` (a slow host, to see what the app does meanwhile). */
  hold?: string[];
}) {
  const posted: PostedMessage[] = [];
  const holding = new Set(options.hold ?? []);
  const held = new Map<string, (() => void)[]>();
  /** Sends the answers held back for `func`, and answers later calls at once. */
  function release(func: string) {
    const waiting = held.get(func) ?? [];
    held.delete(func);
    holding.delete(func);
    waiting.forEach((answer) => answer());
  }
  let sharing = false;
  const host: TeamsMeetingHost = {
    runtimeConfig: meetingRuntimeConfig,
    context: (frameContext) => {
      const facts = {
        locale: options.locale ?? 'nb-no',
        theme: options.theme ?? 'default',
        sessionId: 'session-1',
        user: { objectId: 'user-1', upn: 'sekretar@vestfold.test', displayName: 'Sekretær' },
      };
      if (options.personalTab) return personalTabContext({ ...facts, entityId: options.personalTab });
      return legacyContext({ ...facts, frameContext, entityId: 'motebok', meetingId: 'meeting-42', chatId: '19:meeting_abc@thread.v2' });
    },
    mayShare: () => options.canShare ?? true,
    isSharing: () => sharing,
    share: () => {
      sharing = true;
      return undefined;
    },
    stopSharing: () => {
      sharing = false;
    },
  };
  const parent = {
    closed: false,
    postMessage(message: PostedMessage) {
      posted.push(message);
      if (options.silent) return;
      const args = answerTeamsRequest(host, options.frameContext, message.func, message.args);
      if (!args) return;
      const answer = () => deliver(responseTo(message, args));
      if (holding.has(message.func)) held.set(message.func, [...(held.get(message.func) ?? []), answer]);
      else queueMicrotask(answer);
    },
  };
  /** A message from the parent to the app (a response, or a host event such as themeChange). */
  function deliver(data: unknown) {
    const event = new Event('message');
    Object.defineProperties(event, {
      data: { value: data },
      source: { value: parent },
      origin: { value: window.location.origin },
    });
    window.dispatchEvent(event);
  }
  return { parent, posted, deliver, release };
}

/** Makes teams-js in jsdom talk to the fake (jsdom's window is not framed; teams-js then uses window.opener, as Teams does for pop-outs). */
export function installFakeTeamsParent(options: Parameters<typeof fakeTeamsParent>[0]): ReturnType<typeof fakeTeamsParent> {
  const fake = fakeTeamsParent(options);
  Object.defineProperty(window, 'opener', { value: fake.parent, configurable: true, writable: true });
  return fake;
}
