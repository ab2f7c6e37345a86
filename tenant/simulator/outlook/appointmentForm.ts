// The appointment form of the Outlook simulator, without the page: a Graph event turned into what
// Outlook's form holds, what the pane's office.js calls do to it, and the Graph body that saves it.
// Outlook keeps compose changes in the form until it saves; so does the simulator.
import { restToEwsId, type SimulatorMethod } from '../../../src/hosts/outlook/simulatorProtocol';

export interface Person {
  displayName: string;
  emailAddress: string;
}

export interface FormAttachment {
  /** Graph attachment id once saved; a local id until then. */
  id: string;
  name: string;
  size: number;
  isInline: boolean;
  /** Added by the pane and not saved yet. */
  pendingBase64?: string;
}

export interface AppointmentForm {
  /** The Graph event id; absent until a new appointment is first saved. */
  eventId?: string;
  mode: 'compose' | 'read';
  subject: string;
  location: string;
  start: Date;
  end: Date;
  requiredAttendees: Person[];
  organizer?: Person;
  bodyHtml: string;
  attachments: FormAttachment[];
  /** Møtebok's custom properties on the item (Outlook keeps them on the item; see README). */
  customProperties: Record<string, string>;
  /** Attendees as last sent; the form's list is sent only by "Send". */
  sentAttendees: Person[];
}

/** Outlook's limits the pane meets: Body.setAsync 1,000,000 characters, 25 MB a file, 2,500 characters of custom properties. */
export const OUTLOOK_LIMITS = { bodyChars: 1_000_000, attachmentBytes: 25 * 1024 * 1024, customPropertiesChars: 2_500 } as const;

/** Under this a file goes in one POST; from it, an upload session (Graph's documented 3 MB). */
export const POSTED_ATTACHMENT_MAX = 3 * 1024 * 1024;

interface GraphDateTime {
  dateTime?: unknown;
  timeZone?: unknown;
}

interface GraphAttendee {
  type?: unknown;
  emailAddress?: { name?: unknown; address?: unknown };
}

/** The slice of a Graph event (asked for with Prefer: outlook.timezone="UTC") the form shows. */
export interface GraphEvent {
  id: string;
  subject?: unknown;
  isOrganizer?: unknown;
  body?: { contentType?: unknown; content?: unknown };
  start?: GraphDateTime;
  end?: GraphDateTime;
  location?: { displayName?: unknown };
  attendees?: GraphAttendee[];
  organizer?: { emailAddress?: { name?: unknown; address?: unknown } };
  attachments?: Array<{ id?: unknown; name?: unknown; size?: unknown; isInline?: unknown }>;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Graph's dateTime (no offset) in UTC, the zone the simulator asks for. */
export function utcDate(value: GraphDateTime | undefined): Date {
  const raw = text(value?.dateTime);
  const zone = text(value?.timeZone);
  if (!raw) return new Date(Number.NaN);
  if (zone !== '' && zone !== 'UTC') throw new Error(`Ventet tid i UTC fra Graph, fikk «${zone}»`);
  return new Date(`${raw.replace(/(\.\d{3})\d*$/, '$1')}Z`);
}

function person(address: { name?: unknown; address?: unknown } | undefined): Person {
  return { displayName: text(address?.name), emailAddress: text(address?.address) };
}

export function formFromEvent(event: GraphEvent, mode: 'compose' | 'read', customProperties: Record<string, string> = {}): AppointmentForm {
  const attendees = (event.attendees ?? []).filter((a) => a.type !== 'resource').map((a) => person(a.emailAddress));
  return {
    eventId: event.id,
    mode,
    subject: text(event.subject),
    location: text(event.location?.displayName),
    start: utcDate(event.start),
    end: utcDate(event.end),
    requiredAttendees: attendees,
    ...(event.organizer ? { organizer: person(event.organizer.emailAddress) } : {}),
    bodyHtml: text(event.body?.content),
    attachments: (event.attachments ?? []).map((a) => ({ id: text(a.id), name: text(a.name), size: typeof a.size === 'number' ? a.size : 0, isInline: a.isInline === true })),
    customProperties: { ...customProperties },
    sentAttendees: attendees,
  };
}

/** A new appointment as Outlook opens it: the next whole hour, one hour long, the user as organiser. */
export function newForm(organizer: Person, now: Date): AppointmentForm {
  const start = new Date(now);
  start.setUTCMinutes(0, 0, 0);
  start.setUTCHours(start.getUTCHours() + 1);
  return {
    mode: 'compose',
    subject: '',
    location: '',
    start,
    end: new Date(start.getTime() + 60 * 60 * 1000),
    requiredAttendees: [],
    organizer,
    bodyHtml: '',
    attachments: [],
    customProperties: {},
    sentAttendees: [],
  };
}

const graphTime = (date: Date) => ({ dateTime: date.toISOString().slice(0, 19), timeZone: 'UTC' });

/** The Graph body that saves the form; attendees only when sending (saving does not invite anyone in Outlook). */
export function eventBody(form: AppointmentForm, options: { withAttendees: boolean }): Record<string, unknown> {
  return {
    subject: form.subject,
    body: { contentType: 'html', content: form.bodyHtml },
    start: graphTime(form.start),
    end: graphTime(form.end),
    location: { displayName: form.location },
    ...(options.withAttendees ? { attendees: form.requiredAttendees.map((a) => ({ type: 'required', emailAddress: { name: a.displayName, address: a.emailAddress } })) } : {}),
  };
}

/** An Office AsyncResult, as office.js hands it to a callback. */
export type OfficeResult = { status: 'succeeded'; value: unknown } | { status: 'failed'; value: undefined; error: { name: string; message: string; code: number } };

export const ok = (value: unknown): OfficeResult => ({ status: 'succeeded', value });
export const fail = (name: string, message: string, code: number): OfficeResult => ({ status: 'failed', value: undefined, error: { name, message, code } });

function toPeople(value: unknown): Person[] {
  if (!Array.isArray(value)) return [];
  return value.map((entry: unknown) => {
    const record = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    return { displayName: text(record.displayName), emailAddress: text(record.emailAddress) };
  });
}

function htmlToText(html: string): string {
  return html.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
}

let localIds = 0;

/**
 * Applies one of the pane's office.js calls that only touch the form (everything but saving and
 * custom properties, which the page does since they reach Graph or storage). Returns undefined
 * for a method this function does not handle.
 */
export function applyFormCall(form: AppointmentForm, method: SimulatorMethod, args: unknown[]): OfficeResult | undefined {
  const compose = form.mode === 'compose';
  const readOnly = (): OfficeResult => fail('InvalidOperation', 'Avtalen er åpnet for lesing.', 5001);
  switch (method) {
    case 'subject.getAsync':
      return ok(form.subject);
    case 'location.getAsync':
      return ok(form.location);
    case 'start.getAsync':
      return ok(new Date(form.start));
    case 'end.getAsync':
      return ok(new Date(form.end));
    case 'requiredAttendees.getAsync':
      return ok(form.requiredAttendees.map((a) => ({ ...a })));
    case 'body.getAsync':
      return ok(args[0] === 'text' ? htmlToText(form.bodyHtml) : form.bodyHtml);
    case 'subject.setAsync':
    case 'location.setAsync':
      if (!compose) return readOnly();
      form[method === 'subject.setAsync' ? 'subject' : 'location'] = text(args[0]);
      return ok(undefined);
    case 'start.setAsync':
    case 'end.setAsync': {
      if (!compose) return readOnly();
      const value = args[0] instanceof Date ? args[0] : new Date(Number.NaN);
      if (Number.isNaN(value.getTime())) return fail('InvalidDate', 'Ugyldig tidspunkt.', 9000);
      if (method === 'start.setAsync') {
        // Outlook keeps the duration when the start moves.
        const duration = form.end.getTime() - form.start.getTime();
        form.start = value;
        form.end = new Date(value.getTime() + duration);
      } else form.end = value;
      return ok(undefined);
    }
    case 'requiredAttendees.setAsync':
      if (!compose) return readOnly();
      form.requiredAttendees = toPeople(args[0]);
      return ok(undefined);
    case 'body.setAsync': {
      if (!compose) return readOnly();
      const data = text(args[0]);
      if (data.length > OUTLOOK_LIMITS.bodyChars) return fail('DataExceedsMaximumSize', 'The data exceeds the maximum size.', 1000);
      form.bodyHtml = data;
      return ok(undefined);
    }
    case 'getItemIdAsync':
      return form.eventId ? ok(restToEwsId(form.eventId)) : fail('ItemNotSaved', 'The item has not been saved.', 9052);
    case 'getAttachmentsAsync':
      return ok(form.attachments.map((a) => ({ id: a.id, name: a.name, size: a.size, attachmentType: 'file', isInline: a.isInline })));
    case 'addFileAttachmentFromBase64Async': {
      if (!compose) return readOnly();
      const base64 = text(args[0]);
      const size = Math.floor((base64.length * 3) / 4) - (base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0);
      if (size > OUTLOOK_LIMITS.attachmentBytes) return fail('AttachmentSizeExceeded', 'The attachment exceeds the size limit.', 9007);
      const id = `ny-${++localIds}`;
      form.attachments.push({ id, name: text(args[1]), size, isInline: false, pendingBase64: base64 });
      return ok(id);
    }
    case 'loadCustomPropertiesAsync':
      return ok({ ...form.customProperties });
    case 'customProperties.saveAsync': {
      const values = (typeof args[0] === 'object' && args[0] !== null ? args[0] : {}) as Record<string, unknown>;
      const clean = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, text(v)]));
      if (JSON.stringify(clean).length > OUTLOOK_LIMITS.customPropertiesChars) return fail('CustomPropertiesTooLarge', 'Custom properties exceed 2,500 characters.', 9050);
      form.customProperties = clean;
      return ok(undefined);
    }
    case 'saveAsync':
      return undefined;
  }
}
