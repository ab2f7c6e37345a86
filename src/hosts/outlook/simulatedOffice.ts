/**
 * Development builds only (main.tsx loads it behind `process.env.NODE_ENV !== 'production'`): the
 * Office object of the local tenant's appointment simulator. When outlook.html is loaded by the
 * simulator (`?_host=motebok-simulator`, framed by the trusted tenant origin), every office.js call
 * the pane makes goes to the simulator as a message and comes back as an AsyncResult, as Outlook on
 * the web answers an add-in frame. The pane code runs unchanged on top of it.
 */
import type {
  AppointmentItemLike,
  AsyncResultLike,
  CustomPropertiesLike,
  MailboxLike,
  OfficeCallback,
  OfficeLike,
  OfficeThemeLike,
} from './officeApi';
import {
  ewsToRestId,
  isSimulatorMessage,
  SIMULATOR_PROTOCOL,
  SIMULATOR_QUERY,
  type HostMessage,
  type PaneMessage,
  type SimulatorMethod,
  type SimulatorSnapshot,
} from './simulatorProtocol';

const THEME_EVENT = 'officeThemeChanged';

/**
 * The simulator's Office, or undefined when this page was not opened by the simulator (or by a
 * frame from another origin than `trustedOrigin`, the local tenant the build talks to).
 */
export async function officeFromSimulator(win: Window, trustedOrigin: string, timeoutMs = 5_000): Promise<OfficeLike | undefined> {
  if (new URLSearchParams(win.location.search).get(SIMULATOR_QUERY.name) !== SIMULATOR_QUERY.value) return undefined;
  if (win.parent === win) return undefined;
  const parent = win.parent;
  const pending = new Map<number, OfficeCallback<unknown>>();
  const themeHandlers = new Set<(args: { officeTheme?: OfficeThemeLike }) => void>();
  let nextId = 1;
  let resolveReady: (snapshot: SimulatorSnapshot) => void = () => undefined;
  const ready = new Promise<SimulatorSnapshot>((resolve) => (resolveReady = resolve));

  win.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (event.source !== parent || event.origin !== trustedOrigin || !isSimulatorMessage(event.data)) return;
    const message = event.data as HostMessage; // protocol checked just above; the sender is the trusted tenant
    if (message.kind === 'ready') resolveReady(message.snapshot);
    else if (message.kind === 'result') {
      const callback = pending.get(message.id);
      pending.delete(message.id);
      callback?.(message.result);
    } else if (message.kind === 'event') for (const handler of themeHandlers) handler(message.args);
  });
  const post = (message: PaneMessage): void => parent.postMessage(message, trustedOrigin);
  const call =
    <T>(method: SimulatorMethod) =>
    (...params: unknown[]): void => {
      const callback = params.pop() as OfficeCallback<T>; // office.js convention: the callback comes last
      const id = nextId++;
      pending.set(id, callback as OfficeCallback<unknown>);
      post({ protocol: SIMULATOR_PROTOCOL, kind: 'call', id, method, args: params });
    };

  post({ protocol: SIMULATOR_PROTOCOL, kind: 'hello' });
  const snapshot = await Promise.race([ready, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), timeoutMs))]);
  if (!snapshot) return undefined;

  const property = (name: 'subject' | 'location' | 'start' | 'end' | 'requiredAttendees') => ({
    getAsync: call(`${name}.getAsync`),
    setAsync: call(`${name}.setAsync`),
  });
  const loadCustomPropertiesAsync = (callback: OfficeCallback<CustomPropertiesLike>): void =>
    call<Record<string, string>>('loadCustomPropertiesAsync')((result: AsyncResultLike<Record<string, string>>) => {
      if (result.status !== 'succeeded') return callback({ ...result, value: undefined as never });
      const values = { ...result.value };
      callback({
        status: 'succeeded',
        value: {
          get: (name) => values[name],
          set: (name, value) => void (values[name] = value),
          getAll: () => ({ ...values }),
          saveAsync: (done) => call<void>('customProperties.saveAsync')({ ...values }, done),
        },
      });
    });

  const { item: simulated } = snapshot;
  const item: AppointmentItemLike =
    simulated.mode === 'compose'
      ? {
          itemType: 'appointment',
          subject: property('subject'),
          location: property('location'),
          start: property('start'),
          end: property('end'),
          requiredAttendees: property('requiredAttendees'),
          body: { getAsync: call('body.getAsync'), setAsync: call('body.setAsync') },
          loadCustomPropertiesAsync,
          saveAsync: call('saveAsync'),
          getItemIdAsync: call('getItemIdAsync'),
          getAttachmentsAsync: call('getAttachmentsAsync'),
          addFileAttachmentFromBase64Async: call('addFileAttachmentFromBase64Async'),
        }
      : {
          itemType: 'appointment',
          ...(simulated.itemId ? { itemId: simulated.itemId } : {}),
          subject: simulated.subject,
          location: simulated.location,
          start: simulated.start,
          end: simulated.end,
          requiredAttendees: simulated.requiredAttendees,
          organizer: simulated.organizer,
          attachments: simulated.attachments,
          body: { getAsync: call('body.getAsync') },
          loadCustomPropertiesAsync,
        };
  const mailbox: MailboxLike = {
    item,
    convertToRestId: (itemId) => ewsToRestId(itemId),
    userProfile: snapshot.userProfile,
    addHandlerAsync: (eventType, handler) => {
      if (eventType === THEME_EVENT) themeHandlers.add(handler);
    },
    removeHandlerAsync: (eventType) => {
      if (eventType === THEME_EVENT) themeHandlers.clear();
    },
  };
  const [major = 0, minor = 0] = snapshot.mailboxVersion.split('.').map(Number);
  return {
    onReady: () => Promise.resolve({ host: 'Outlook', platform: 'OfficeOnline' }),
    context: {
      displayLanguage: snapshot.displayLanguage,
      officeTheme: snapshot.officeTheme,
      requirements: {
        isSetSupported: (name, minVersion = '1.1') => {
          const [wantMajor = 0, wantMinor = 0] = minVersion.split('.').map(Number);
          return name === 'Mailbox' && (major > wantMajor || (major === wantMajor && minor >= wantMinor));
        },
      },
      mailbox,
    },
    MailboxEnums: { RestVersion: { v2_0: 'v2.0' } },
  };
}
