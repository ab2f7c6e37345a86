/**
 * The messages between the Outlook pane and the local tenant's appointment simulator
 * (`tenant/simulator/outlook/`), which plays Outlook on the web around the pane. Types and constants
 * only: the pane side is `simulatedOffice.ts` (development builds only), the host side the simulator.
 *
 * Outlook on the web hosts an add-in in an iframe and office.js talks to it with postMessage; the
 * simulator does the same with this small protocol instead of Office's private one. The pane says
 * `hello`; the simulator answers `ready` with the item as the form shows it; then every async
 * office.js call the pane makes is one `call` answered by one `result` carrying an Office
 * AsyncResult. Dates travel as Date objects (postMessage uses structured clone).
 */
import type { AsyncResultLike, AttachmentDetailsLike, EmailAddressLike, OfficeThemeLike } from './officeApi';

export const SIMULATOR_PROTOCOL = 'motebok-outlook-simulator/1';

/** The query parameter (and value) with which the simulator loads outlook.html. */
export const SIMULATOR_QUERY = { name: '_host', value: 'motebok-simulator' } as const;

/** Office.js methods the simulator answers; names as `<member>.<method>` on the item. */
export type SimulatorMethod =
  | 'subject.getAsync'
  | 'subject.setAsync'
  | 'location.getAsync'
  | 'location.setAsync'
  | 'start.getAsync'
  | 'start.setAsync'
  | 'end.getAsync'
  | 'end.setAsync'
  | 'requiredAttendees.getAsync'
  | 'requiredAttendees.setAsync'
  | 'body.getAsync'
  | 'body.setAsync'
  | 'saveAsync'
  | 'getItemIdAsync'
  | 'getAttachmentsAsync'
  | 'addFileAttachmentFromBase64Async'
  | 'loadCustomPropertiesAsync'
  | 'customProperties.saveAsync';

/** The appointment as Office shows it when the pane opens. */
export interface SimulatedItem {
  mode: 'compose' | 'read';
  /** Read mode: the EWS id (office.js `item.itemId`). */
  itemId?: string;
  subject: string;
  location: string;
  start: Date;
  end: Date;
  requiredAttendees: EmailAddressLike[];
  organizer?: EmailAddressLike;
  /** Read mode: the invite's attachments. */
  attachments: AttachmentDetailsLike[];
}

export interface SimulatorSnapshot {
  displayLanguage: string;
  officeTheme: OfficeThemeLike;
  /** Highest Mailbox requirement set the simulated Outlook supports. */
  mailboxVersion: string;
  userProfile: { emailAddress: string; displayName: string };
  item: SimulatedItem;
}

export type PaneMessage =
  | { protocol: typeof SIMULATOR_PROTOCOL; kind: 'hello' }
  | { protocol: typeof SIMULATOR_PROTOCOL; kind: 'call'; id: number; method: SimulatorMethod; args: unknown[] };

export type HostMessage =
  | { protocol: typeof SIMULATOR_PROTOCOL; kind: 'ready'; snapshot: SimulatorSnapshot }
  | { protocol: typeof SIMULATOR_PROTOCOL; kind: 'result'; id: number; result: AsyncResultLike<unknown> }
  | { protocol: typeof SIMULATOR_PROTOCOL; kind: 'event'; eventType: 'officeThemeChanged'; args: { officeTheme: OfficeThemeLike } };

export function isSimulatorMessage(data: unknown): data is { protocol: typeof SIMULATOR_PROTOCOL; kind: string } {
  return typeof data === 'object' && data !== null && 'protocol' in data && data.protocol === SIMULATOR_PROTOCOL && 'kind' in data && typeof data.kind === 'string';
}

/** Office's documented mapping of an EWS item id to the REST (Graph) id, and back. */
export function ewsToRestId(ewsId: string): string {
  return ewsId.replace(/\//g, '-').replace(/\+/g, '_');
}

export function restToEwsId(restId: string): string {
  return restId.replace(/-/g, '/').replace(/_/g, '+');
}
