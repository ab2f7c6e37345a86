/**
 * The slice of office.js that Møtebok's Outlook host uses, typed by us. The real `Office` global and
 * the test mocks (office-addin-mock, the browser fake) both fit it; nothing outside src/hosts/outlook
 * sees it. Members that exist only in compose or only in read mode, or only from a later Mailbox
 * requirement set, are optional and checked before use.
 */
export interface OfficeErrorLike {
  name?: string;
  message?: string;
  code?: number;
}

export interface AsyncResultLike<T> {
  /** "succeeded" | "failed" (Office.AsyncResultStatus). */
  status: string | number;
  value: T;
  error?: OfficeErrorLike;
}

export type OfficeCallback<T> = (result: AsyncResultLike<T>) => void;

/** A compose-mode property: subject, location, start, end, requiredAttendees. */
export interface ComposeProperty<T, S = T> {
  getAsync(callback: OfficeCallback<T>): void;
  setAsync(value: S, callback: OfficeCallback<void>): void;
}

export interface BodyLike {
  getAsync(coercionType: string, callback: OfficeCallback<string>): void;
  setAsync?(data: string, options: { coercionType: string }, callback: OfficeCallback<void>): void;
}

export interface EmailAddressLike {
  displayName?: string;
  emailAddress?: string;
}

export interface CustomPropertiesLike {
  get(name: string): unknown;
  set(name: string, value: string): void;
  getAll?(): Record<string, unknown>;
  saveAsync(callback: OfficeCallback<void>): void;
}

export interface AttachmentDetailsLike {
  id?: string;
  name: string;
  size?: number;
  attachmentType?: string;
  isInline?: boolean;
}

/** Office.AppointmentCompose and Office.AppointmentRead merged; mode decides which members exist. */
export interface AppointmentItemLike {
  itemType?: string;
  /** Read mode only. */
  itemId?: string;
  subject?: string | ComposeProperty<string>;
  location?: string | ComposeProperty<string>;
  start?: Date | ComposeProperty<Date>;
  end?: Date | ComposeProperty<Date>;
  requiredAttendees?: EmailAddressLike[] | ComposeProperty<EmailAddressLike[], EmailAddressLike[]>;
  organizer?: EmailAddressLike | unknown;
  body?: BodyLike;
  /** Read mode: the attachments of the invite. */
  attachments?: AttachmentDetailsLike[];
  loadCustomPropertiesAsync?(callback: OfficeCallback<CustomPropertiesLike>): void;
  saveAsync?(callback: OfficeCallback<string>): void;
  /** Mailbox 1.8. */
  getItemIdAsync?(callback: OfficeCallback<string>): void;
  /** Mailbox 1.8, compose. */
  getAttachmentsAsync?(callback: OfficeCallback<AttachmentDetailsLike[]>): void;
  /** Mailbox 1.1, compose. */
  removeAttachmentAsync?(attachmentId: string, callback: OfficeCallback<void>): void;
  /** Mailbox 1.8, compose. */
  addFileAttachmentFromBase64Async?(base64: string, name: string, options: { isInline: boolean }, callback: OfficeCallback<string>): void;
}

export interface MailboxLike {
  item?: AppointmentItemLike | null;
  convertToRestId?(itemId: string, restVersion: string): string;
  userProfile?: { emailAddress?: string; displayName?: string };
  /** Mailbox 1.5+: item changes; "officeThemeChanged" where Outlook supports it. */
  addHandlerAsync?(eventType: string, handler: (args: { officeTheme?: OfficeThemeLike }) => void, callback?: OfficeCallback<void>): void;
  removeHandlerAsync?(eventType: string, callback?: OfficeCallback<void>): void;
}

export interface OfficeThemeLike {
  bodyBackgroundColor?: string;
  isDarkTheme?: boolean;
}

export interface OfficeLike {
  onReady(): Promise<{ host: string | null; platform: string | null }>;
  context: {
    displayLanguage?: string;
    officeTheme?: OfficeThemeLike;
    requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
    mailbox?: MailboxLike;
  };
  MailboxEnums?: { RestVersion?: { v2_0?: string } };
}

/** The office.js global as loaded by outlook.html's script tag, or undefined outside an Office page. */
export function officeGlobal(): OfficeLike | undefined {
  const candidate: unknown = Reflect.get(globalThis, 'Office');
  return isOfficeLike(candidate) ? candidate : undefined;
}

export function succeeded(result: AsyncResultLike<unknown>): boolean {
  return String(result.status).toLowerCase() === 'succeeded' || result.status === 0;
}

/** office.js defines `Office` on window; members beyond these are checked where they are used. */
export function isOfficeLike(value: unknown): value is OfficeLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    'onReady' in value &&
    typeof value.onReady === 'function' &&
    'context' in value &&
    typeof value.context === 'object' &&
    value.context !== null
  );
}
