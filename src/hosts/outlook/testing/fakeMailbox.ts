import type {
  AsyncResultLike,
  AttachmentDetailsLike,
  CustomPropertiesLike,
  EmailAddressLike,
  OfficeCallback,
  OfficeLike,
} from '../officeApi';
import { ewsToRestId } from '../simulatorProtocol';

/**
 * A fake Outlook mailbox for tests: one appointment in compose (organiser) or read (attendee)
 * mode, answering the office.js calls Møtebok makes and enforcing Outlook's limits the way
 * Outlook does (errors by name). Plain objects and closures only, so vitest wraps it in
 * office-addin-mock's OfficeMockObject and the browser test installs it as `window.Office`.
 */
export interface FakeMailboxOptions {
  /** What Office.onReady reports; null = a page outside Office. */
  host?: 'Outlook' | 'Word' | null;
  mode?: 'compose' | 'read';
  itemType?: 'appointment' | 'message';
  subject?: string;
  location?: string;
  start?: Date;
  end?: Date;
  bodyHtml?: string;
  requiredAttendees?: EmailAddressLike[];
  /** Read mode: files attached to the invite. */
  attachments?: AttachmentDetailsLike[];
  /** Highest Mailbox requirement set supported, "1.8" by default. */
  mailboxVersion?: string;
  /** Every async call fails as when Outlook has lost its server. */
  offline?: boolean;
  displayLanguage?: string;
  bodyBackgroundColor?: string;
  /** EWS id the item gets when saved (compose) or has (read). */
  ewsItemId?: string;
  customProperties?: Record<string, string>;
  /** Outlook's limit on Body.setAsync data, 1,000,000 characters. */
  bodyLimitChars?: number;
  /** Outlook's limit on one attached file, 25 MB. */
  attachmentLimitBytes?: number;
}

export interface FakeMailboxState {
  subject: string;
  location: string;
  start: Date;
  end: Date;
  bodyHtml: string;
  requiredAttendees: EmailAddressLike[];
  attachments: (AttachmentDetailsLike & { base64?: string })[];
  customProperties: Record<string, string>;
  saveCount: number;
  offline: boolean;
  /** Registered event handlers by event type (officeThemeChanged). */
  handlers: Record<string, ((args: { officeTheme?: { bodyBackgroundColor?: string } }) => void) | undefined>;
  calls: string[];
}

export interface FakeMailbox {
  office: OfficeLike;
  state: FakeMailboxState;
}

export function createFakeMailbox(options: FakeMailboxOptions = {}): FakeMailbox {
  const mode = options.mode ?? 'compose';
  const version = options.mailboxVersion ?? '1.8';
  const bodyLimit = options.bodyLimitChars ?? 1_000_000;
  const attachmentLimit = options.attachmentLimitBytes ?? 25 * 1024 * 1024;
  const ewsId = options.ewsItemId ?? 'AAMkAGI2TG93AAA=';
  let saved = mode === 'read';
  let attachmentCount = (options.attachments ?? []).length;
  const state: FakeMailboxState = {
    subject: options.subject ?? '',
    location: options.location ?? '',
    start: options.start ?? new Date('2026-06-11T08:00:00Z'),
    end: options.end ?? new Date('2026-06-11T11:00:00Z'),
    bodyHtml: options.bodyHtml ?? '<html><body><p>Velkommen til møtet.</p></body></html>',
    requiredAttendees: options.requiredAttendees ?? [],
    attachments: (options.attachments ?? []).map((a) => ({ ...a })),
    customProperties: { ...(options.customProperties ?? {}) },
    saveCount: 0,
    offline: options.offline ?? false,
    handlers: {},
    calls: [],
  };

  const versionAtLeast = (wanted: string): boolean => {
    const [wMajor = 0, wMinor = 0] = wanted.split('.').map(Number);
    const [hMajor = 0, hMinor = 0] = version.split('.').map(Number);
    return hMajor > wMajor || (hMajor === wMajor && hMinor >= wMinor);
  };
  const ok = <T>(value: T): AsyncResultLike<T> => ({ status: 'succeeded', value });
  const fail = <T>(name: string, message: string, code: number): AsyncResultLike<T> => ({
    status: 'failed',
    value: undefined as T,
    error: { name, message, code },
  });
  /** Answers asynchronously like Outlook; fails every call while offline. */
  const answer = <T>(call: string, callback: OfficeCallback<T>, produce: () => AsyncResultLike<T>): void => {
    state.calls.push(call);
    setTimeout(() => callback(state.offline ? fail<T>('NetworkError', 'The server is unavailable.', 9017) : produce()), 0);
  };
  const property = <K extends 'subject' | 'location' | 'start' | 'end'>(key: K) => ({
    getAsync: (callback: OfficeCallback<FakeMailboxState[K]>) => answer(`${key}.getAsync`, callback, () => ok(state[key])),
    setAsync: (value: FakeMailboxState[K], callback: OfficeCallback<void>) =>
      answer(`${key}.setAsync`, callback, () => {
        state[key] = value;
        return ok(undefined);
      }),
  });

  const customProperties = (): CustomPropertiesLike => {
    const pending = { ...state.customProperties };
    return {
      get: (name: string) => pending[name],
      set: (name: string, value: string) => {
        pending[name] = value;
      },
      getAll: () => ({ ...pending }),
      saveAsync: (callback: OfficeCallback<void>) =>
        answer('customProperties.saveAsync', callback, () => {
          if (JSON.stringify(pending).length > 2500) return fail('CustomPropertiesTooLarge', 'Custom properties exceed 2,500 characters.', 9050);
          state.customProperties = { ...pending };
          return ok(undefined);
        }),
    };
  };

  const body = {
    getAsync: (_coercion: string, callback: OfficeCallback<string>) => answer('body.getAsync', callback, () => ok(state.bodyHtml)),
    ...(mode === 'compose'
      ? {
          setAsync: (data: string, _options: { coercionType: string }, callback: OfficeCallback<void>) =>
            answer('body.setAsync', callback, () => {
              if (data.length > bodyLimit) return fail('DataExceedsMaximumSize', 'The data exceeds the maximum size.', 1000);
              state.bodyHtml = data;
              return ok(undefined);
            }),
        }
      : {}),
  };

  const composeItem = {
    itemType: options.itemType ?? 'appointment',
    subject: property('subject'),
    location: property('location'),
    start: property('start'),
    end: property('end'),
    requiredAttendees: {
      getAsync: (callback: OfficeCallback<EmailAddressLike[]>) => answer('requiredAttendees.getAsync', callback, () => ok(state.requiredAttendees)),
      setAsync: (value: EmailAddressLike[], callback: OfficeCallback<void>) =>
        answer('requiredAttendees.setAsync', callback, () => {
          state.requiredAttendees = value.map((v) => ({ ...v }));
          return ok(undefined);
        }),
    },
    body,
    loadCustomPropertiesAsync: (callback: OfficeCallback<CustomPropertiesLike>) => answer('loadCustomPropertiesAsync', callback, () => ok(customProperties())),
    saveAsync: (callback: OfficeCallback<string>) =>
      answer('saveAsync', callback, () => {
        saved = true;
        state.saveCount++;
        return ok(ewsId);
      }),
    ...(versionAtLeast('1.8')
      ? {
          getItemIdAsync: (callback: OfficeCallback<string>) =>
            answer('getItemIdAsync', callback, () => (saved ? ok(ewsId) : fail('ItemNotSaved', 'The item has not been saved.', 9052))),
          getAttachmentsAsync: (callback: OfficeCallback<AttachmentDetailsLike[]>) =>
            answer('getAttachmentsAsync', callback, () => ok(state.attachments.map(({ base64: _b, ...a }) => a))),
          removeAttachmentAsync: (attachmentId: string, callback: OfficeCallback<void>) =>
            answer('removeAttachmentAsync', callback, () => {
              const index = state.attachments.findIndex((a) => a.id === attachmentId);
              if (index < 0) return fail('InvalidAttachmentId', 'The attachment ID was not found.', 9017);
              state.attachments.splice(index, 1);
              return ok(undefined);
            }),
          addFileAttachmentFromBase64Async: (base64: string, name: string, _options: { isInline: boolean }, callback: OfficeCallback<string>) =>
            answer('addFileAttachmentFromBase64Async', callback, () => {
              const size = Math.floor((base64.length * 3) / 4);
              if (size > attachmentLimit) return fail('AttachmentSizeExceeded', 'The attachment exceeds the size limit.', 9007);
              const id = `att-${++attachmentCount}`;
              state.attachments.push({ id, name, size, attachmentType: 'file', isInline: false, base64 });
              return ok(id);
            }),
        }
      : {}),
  };

  const readItem = {
    itemType: options.itemType ?? 'appointment',
    itemId: ewsId,
    subject: state.subject,
    location: state.location,
    start: state.start,
    end: state.end,
    requiredAttendees: state.requiredAttendees,
    attachments: state.attachments,
    body,
    loadCustomPropertiesAsync: composeItem.loadCustomPropertiesAsync,
  };

  const host = options.host === undefined ? 'Outlook' : options.host;
  const office: OfficeLike = {
    onReady: () => Promise.resolve({ host, platform: host ? 'OfficeOnline' : null }),
    context: {
      displayLanguage: options.displayLanguage ?? 'nb-NO',
      officeTheme: { bodyBackgroundColor: options.bodyBackgroundColor ?? '#ffffff' },
      requirements: { isSetSupported: (name: string, minVersion?: string) => name === 'Mailbox' && versionAtLeast(minVersion ?? '1.1') },
      ...(host === 'Outlook'
        ? {
            mailbox: {
              item: mode === 'compose' ? composeItem : readItem,
              // The REST id is the EWS id with '/' → '-' and '+' → '_' (what office.js does).
              convertToRestId: (itemId: string) => ewsToRestId(itemId),
              userProfile: { emailAddress: 'sekretariat@siv.no', displayName: 'Sekretariatet' },
              addHandlerAsync: (eventType: string, handler: (args: { officeTheme?: { bodyBackgroundColor?: string } }) => void) => {
                state.handlers[eventType] = handler;
              },
              removeHandlerAsync: (eventType: string) => {
                state.handlers[eventType] = undefined;
              },
            },
          }
        : {}),
    },
    MailboxEnums: { RestVersion: { v2_0: 'v2.0' } },
  };
  return { office, state };
}
