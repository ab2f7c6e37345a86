// Test helper (jsdom only): teams-js keeps module-global state, so use one initialisation per test file.
/**
 * A fake Teams parent window, as teams-js's own test utils do it: it records what the app posts and
 * answers like the Teams web client (the legacy context object that app.getContext maps).
 */
export interface PostedMessage {
  id: number;
  uuidAsString?: string;
  func: string;
  args: unknown[];
}

export function fakeTeamsParent(options: { frameContext: string; theme?: string; locale?: string; silent?: boolean; canShare?: boolean }) {
  const posted: PostedMessage[] = [];
  const parent = {
    closed: false,
    postMessage(message: PostedMessage) {
      posted.push(message);
      if (options.silent) return;
      const args = answer(message);
      if (args) queueMicrotask(() => deliver({ id: message.id, uuidAsString: message.uuidAsString, args }));
    },
  };
  function answer(message: PostedMessage): unknown[] | undefined {
    switch (message.func) {
      case 'initialize':
        return [options.frameContext, 'web', JSON.stringify({ apiVersion: 4, supports: { meeting: {}, pages: { config: {} }, app: {} } }), '2.58.0'];
      case 'getContext':
        return [
          {
            locale: options.locale ?? 'nb-no',
            theme: options.theme ?? 'default',
            frameContext: options.frameContext,
            meetingId: 'meeting-42',
            chatId: '19:meeting_abc@thread.v2',
            userObjectId: 'user-1',
            userPrincipalName: 'sekretar@vestfold.test',
            userDisplayName: 'Sekretær',
            entityId: 'motebok',
            hostClientType: 'web',
            appSessionId: 'session-1',
          },
        ];
      case 'meeting.getAppContentStageSharingCapabilities':
        return [null, { doesAppHaveSharePermission: options.canShare ?? true }];
      case 'meeting.shareAppContentToStage':
        return [null, true];
      default:
        return undefined;
    }
  }
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
  return { parent, posted, deliver };
}


/** Makes teams-js in jsdom talk to the fake (jsdom's window is not framed; teams-js then uses window.opener, as Teams does for pop-outs). */
export function installFakeTeamsParent(options: Parameters<typeof fakeTeamsParent>[0]): ReturnType<typeof fakeTeamsParent> {
  const fake = fakeTeamsParent(options);
  Object.defineProperty(window, 'opener', { value: fake.parent, configurable: true, writable: true });
  return fake;
}
