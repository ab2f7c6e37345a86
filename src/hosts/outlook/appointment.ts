import type {
  AppointmentItemLike,
  AsyncResultLike,
  AttachmentDetailsLike,
  ComposeProperty,
  CustomPropertiesLike,
  EmailAddressLike,
  OfficeCallback,
  OfficeLike,
} from './officeApi';
import { succeeded } from './officeApi';
import { fromOfficeError, OutlookHostError, type OutlookErrorCode } from './outlookErrors';
import { ATTACHMENT_MAX_BYTES, BODY_MAX_CHARS, CUSTOM_PROPERTIES_MAX_CHARS } from './outlookLimits';
import { replaceBlock, extractBlock, type BlockMarkers } from './agendaBlock';
import { ewsToRestId } from './simulatorProtocol';

/** Turns one office.js callback call into a promise; a failure becomes an OutlookHostError. */
export function officeCall<T>(invoke: (callback: OfficeCallback<T>) => void, fallback: OutlookErrorCode = 'failed'): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      invoke((result: AsyncResultLike<T>) => (succeeded(result) ? resolve(result.value) : reject(fromOfficeError(result.error, fallback))));
    } catch (error) {
      reject(error instanceof OutlookHostError ? error : new OutlookHostError(fallback, error instanceof Error ? error.message : String(error)));
    }
  });
}

function composeProperty<T, S = T>(value: unknown): ComposeProperty<T, S> | undefined {
  return value !== null && typeof value === 'object' && 'getAsync' in value && 'setAsync' in value
    ? (value as ComposeProperty<T, S>) // shape checked just above; office.js objects are not network data
    : undefined;
}

export interface Attendee {
  name: string;
  email: string;
}

export interface AttachmentResult {
  added: boolean;
  /** Why the file went as a link instead (Norwegian message). */
  reason?: OutlookErrorCode;
}

/** The organiser's appointment in compose mode. */
export class ComposeAppointment {
  readonly mode = 'compose';

  constructor(
    private readonly office: OfficeLike,
    private readonly item: AppointmentItemLike,
    readonly supportsItemIdAndAttachments: boolean,
  ) {}

  private prop<T, S = T>(name: 'subject' | 'location' | 'start' | 'end' | 'requiredAttendees'): ComposeProperty<T, S> {
    const property = composeProperty<T, S>(this.item[name]);
    if (!property) throw new OutlookHostError('notCompose', `${name} is not writable`);
    return property;
  }

  getSubject(): Promise<string> {
    return officeCall((cb) => this.prop<string>('subject').getAsync(cb));
  }
  setSubject(value: string): Promise<void> {
    return officeCall((cb) => this.prop<string>('subject').setAsync(value, cb));
  }
  getLocation(): Promise<string> {
    return officeCall((cb) => this.prop<string>('location').getAsync(cb));
  }
  setLocation(value: string): Promise<void> {
    return officeCall((cb) => this.prop<string>('location').setAsync(value, cb));
  }
  getStart(): Promise<Date> {
    return officeCall((cb) => this.prop<Date>('start').getAsync(cb));
  }
  getEnd(): Promise<Date> {
    return officeCall((cb) => this.prop<Date>('end').getAsync(cb));
  }
  /** End is set after start: Outlook moves the end when the start moves, keeping the duration. */
  async setTimes(start: Date, end: Date): Promise<void> {
    await officeCall<void>((cb) => this.prop<Date>('start').setAsync(start, cb));
    await officeCall<void>((cb) => this.prop<Date>('end').setAsync(end, cb));
  }
  async getRequiredAttendees(): Promise<Attendee[]> {
    const list = await officeCall<EmailAddressLike[]>((cb) => this.prop<EmailAddressLike[]>('requiredAttendees').getAsync(cb));
    return list.map((a) => ({ name: a.displayName ?? a.emailAddress ?? '', email: a.emailAddress ?? '' }));
  }
  setRequiredAttendees(attendees: readonly Attendee[]): Promise<void> {
    const value = attendees.map((a) => ({ displayName: a.name, emailAddress: a.email }));
    return officeCall((cb) => this.prop<EmailAddressLike[]>('requiredAttendees').setAsync(value, cb));
  }

  getBodyHtml(): Promise<string> {
    const body = this.item.body;
    if (!body) throw new OutlookHostError('notCompose', 'no body');
    return officeCall((cb) => body.getAsync('html', cb));
  }

  /** Refuses before calling Outlook when the body would pass Outlook's limit, so nothing is half-written. */
  setBodyHtml(html: string): Promise<void> {
    const body = this.item.body;
    if (!body?.setAsync) return Promise.reject(new OutlookHostError('notCompose', 'body not writable'));
    if (html.length > BODY_MAX_CHARS) return Promise.reject(new OutlookHostError('bodyTooLarge', `${html.length} characters`));
    const setAsync = body.setAsync.bind(body);
    return officeCall((cb) => setAsync(html, { coercionType: 'html' }, cb));
  }

  /** Reads the body, replaces (or inserts) only Møtebok's block and writes it back. */
  async writeBlock(blockHtml: string, markers: BlockMarkers): Promise<void> {
    const current = await this.getBodyHtml();
    await this.setBodyHtml(replaceBlock(current, blockHtml, markers));
  }

  async readBlock(markers: BlockMarkers): Promise<string | undefined> {
    return extractBlock(await this.getBodyHtml(), markers);
  }

  async listAttachments(): Promise<AttachmentDetailsLike[]> {
    const get = this.item.getAttachmentsAsync;
    if (!this.supportsItemIdAndAttachments || !get) return [];
    return officeCall((cb) => get.call(this.item, cb));
  }

  /**
   * Attaches a file when Outlook can take it; otherwise says why, so the caller links it instead.
   * Offline is thrown, not returned: a link would not help then either.
   */
  async addFileAttachment(name: string, base64: string, sizeBytes: number): Promise<AttachmentResult> {
    const add = this.item.addFileAttachmentFromBase64Async;
    if (!this.supportsItemIdAndAttachments || !add) return { added: false, reason: 'requirementMissing' };
    if (sizeBytes > ATTACHMENT_MAX_BYTES) return { added: false, reason: 'attachmentTooLarge' };
    try {
      await officeCall<string>((cb) => add.call(this.item, base64, name, { isInline: false }, cb));
      return { added: true };
    } catch (error) {
      if (error instanceof OutlookHostError && error.code === 'attachmentTooLarge') return { added: false, reason: 'attachmentTooLarge' };
      throw error;
    }
  }

  /** Takes a file off the appointment (one Møtebok attached earlier and that is now stale). */
  async removeAttachment(attachmentId: string): Promise<void> {
    const remove = this.item.removeAttachmentAsync;
    if (!remove) throw new OutlookHostError('requirementMissing', 'removeAttachmentAsync');
    await officeCall<void>((cb) => remove.call(this.item, attachmentId, cb));
  }

  async loadCustomProperties(): Promise<AppointmentProperties> {
    const load = this.item.loadCustomPropertiesAsync;
    if (!load) throw new OutlookHostError('requirementMissing', 'loadCustomPropertiesAsync');
    return new AppointmentProperties(await officeCall<CustomPropertiesLike>((cb) => load.call(this.item, cb)));
  }

  /**
   * The Graph id of this appointment. A new appointment has no id until it is saved as a draft,
   * so it is saved first; the EWS id from getItemIdAsync is converted to the REST v2 id Graph uses.
   */
  async graphEventId(): Promise<string> {
    const getId = this.item.getItemIdAsync;
    if (!this.supportsItemIdAndAttachments || !getId) throw new OutlookHostError('requirementMissing', 'getItemIdAsync');
    const save = this.item.saveAsync;
    if (!save) throw new OutlookHostError('requirementMissing', 'saveAsync');
    await officeCall<string>((cb) => save.call(this.item, cb), 'itemNotSaved');
    const ewsId = await officeCall<string>((cb) => getId.call(this.item, cb), 'itemNotSaved');
    return toRestId(this.office, ewsId);
  }
}

/** Office's conversion when available; otherwise the documented mapping of EWS to REST ids. */
export function toRestId(office: OfficeLike, ewsId: string): string {
  const convert = office.context.mailbox?.convertToRestId;
  const v2 = office.MailboxEnums?.RestVersion?.v2_0 ?? 'v2.0';
  if (convert) return convert.call(office.context.mailbox, ewsId, v2);
  return ewsToRestId(ewsId);
}

/** Møtebok's custom properties on the appointment (kept tiny: 2,500 characters for all). */
export class AppointmentProperties {
  constructor(private readonly properties: CustomPropertiesLike) {}

  get(name: string): string | undefined {
    const value = this.properties.get(name);
    return typeof value === 'string' ? value : undefined;
  }

  async save(values: Record<string, string>): Promise<void> {
    const size = JSON.stringify({ ...(this.properties.getAll?.() ?? {}), ...values }).length;
    if (size > CUSTOM_PROPERTIES_MAX_CHARS) throw new OutlookHostError('customPropertiesTooLarge', `${size} characters`);
    for (const [name, value] of Object.entries(values)) this.properties.set(name, value);
    await officeCall<void>((cb) => this.properties.saveAsync(cb));
  }
}

/** An attendee's invite in read mode. */
export class ReadAppointment {
  readonly mode = 'read';

  constructor(
    private readonly office: OfficeLike,
    private readonly item: AppointmentItemLike,
  ) {}

  get subject(): string {
    return typeof this.item.subject === 'string' ? this.item.subject : '';
  }
  get location(): string {
    return typeof this.item.location === 'string' ? this.item.location : '';
  }
  get start(): Date | undefined {
    return this.item.start instanceof Date ? this.item.start : undefined;
  }
  get end(): Date | undefined {
    return this.item.end instanceof Date ? this.item.end : undefined;
  }
  /** Files attached to the invite, as the attendee sees them (inline images left out). */
  get attachments(): AttachmentDetailsLike[] {
    return (this.item.attachments ?? []).filter((a) => !a.isInline);
  }
  get graphEventId(): string | undefined {
    return this.item.itemId ? toRestId(this.office, this.item.itemId) : undefined;
  }
  getBodyHtml(): Promise<string> {
    const body = this.item.body;
    if (!body) return Promise.reject(new OutlookHostError('failed', 'no body'));
    return officeCall((cb) => body.getAsync('html', cb));
  }
  async readBlock(markers: BlockMarkers): Promise<string | undefined> {
    return extractBlock(await this.getBodyHtml(), markers);
  }
}

export type Appointment = ComposeAppointment | ReadAppointment;
