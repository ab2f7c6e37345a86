// The appointment simulator: plays Outlook on the web around Møtebok's real Outlook pane
// (outlook.html from the app, in a frame). The form is an appointment of the chosen user's
// calendar in the local tenant, read and saved through Graph; the pane's office.js calls arrive as
// messages (src/hosts/outlook/simulatorProtocol.ts) and are answered from the form.
import {
  isSimulatorMessage,
  restToEwsId,
  SIMULATOR_PROTOCOL,
  SIMULATOR_QUERY,
  type HostMessage,
  type PaneMessage,
  type SimulatorSnapshot,
} from '../../../src/hosts/outlook/simulatorProtocol';
import { applyFormCall, eventBody, fail, formFromEvent, newForm, ok, POSTED_ATTACHMENT_MAX, type AppointmentForm, type GraphEvent, type OfficeResult, type Person } from './appointmentForm';
import { GraphFailure, graphAs, type UserGraph } from './tenantGraph';
import { appBase as appBaseOf, element, tenantInfo } from '../shared/page';

const SECRETARY = 'hilde.kari.maugesten@siv.example.no';
const UPLOAD_CHUNK = 10 * 327_680; // a multiple of 320 KiB, under the 4 MB a PUT may carry
const THEMES: Record<string, { bodyBackgroundColor: string; isDarkTheme: boolean }> = {
  default: { bodyBackgroundColor: '#ffffff', isDarkTheme: false },
  dark: { bodyBackgroundColor: '#1f1f1f', isDarkTheme: true },
};

const params = new URLSearchParams(location.search);
const status = element<HTMLParagraphElement>('status');
const say = (message: string): void => void (status.textContent = message);

/** A query string for this page with some parameters changed (undefined removes one). */
function pageUrl(changes: Record<string, string | undefined>): string {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) next.delete(key);
    else next.set(key, value);
  }
  return `${location.pathname}?${next.toString()}`;
}

/** datetime-local shows the browser's time zone, as Outlook shows the user's. */
function toLocalInput(date: Date): string {
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

function fromLocalInput(value: string): Date {
  return new Date(value);
}

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

function storageKey(upn: string, eventId: string): string {
  return `motebok-outlook-simulator:${upn}:${eventId}`;
}

function storedProperties(upn: string, eventId: string): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(storageKey(upn, eventId)) ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

async function showCalendar(graph: UserGraph, upn: string): Promise<void> {
  element('picker').hidden = false;
  const list = element<HTMLUListElement>('calendar');
  const events = await graph.request<{ value: GraphEvent[] }>('GET', '/me/events?$orderby=start/dateTime&$top=100&$select=subject,start,end,isOrganizer');
  list.replaceChildren(
    ...events.value.map((event) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      const form = formFromEvent(event, 'read');
      link.href = pageUrl({ event: event.id, mode: undefined, new: undefined });
      link.textContent = `${form.start.toLocaleString('nb-NO', { dateStyle: 'short', timeStyle: 'short' })} ${form.subject || '(uten emne)'}`;
      item.append(link, document.createTextNode(event.isOrganizer === true ? ' — du er arrangør' : ' — du er invitert'));
      return item;
    }),
  );
  if (events.value.length === 0) list.append(Object.assign(document.createElement('li'), { textContent: `Ingen avtaler i kalenderen til ${upn}.` }));
  element<HTMLAnchorElement>('new-appointment').href = pageUrl({ new: '1', event: undefined, mode: undefined });
  document.body.dataset.ready = 'true';
}

async function start(): Promise<void> {
  const info = await tenantInfo();
  const appBase = appBaseOf(params, info);
  const appOrigin = new URL(appBase).origin;
  const members = info.users.filter((u) => u.userType === 'Member');
  const upn = members.find((u) => u.userPrincipalName === params.get('user') || u.mail === params.get('user'))?.userPrincipalName ?? SECRETARY;
  const me = members.find((u) => u.userPrincipalName === upn);
  const locale = params.get('locale') ?? 'nb-NO';
  let theme = params.get('theme') === 'dark' ? 'dark' : 'default';

  const userSelect = element<HTMLSelectElement>('user-select');
  for (const user of members) userSelect.append(new Option(`${user.displayName} (${user.userPrincipalName})`, user.userPrincipalName));
  userSelect.value = upn;
  userSelect.addEventListener('change', () => location.assign(pageUrl({ user: userSelect.value, event: undefined, mode: undefined, new: undefined })));
  const localeSelect = element<HTMLSelectElement>('locale-select');
  localeSelect.value = locale;
  localeSelect.addEventListener('change', () => location.assign(pageUrl({ locale: localeSelect.value })));
  const themeSelect = element<HTMLSelectElement>('theme-select');
  themeSelect.value = theme;

  say(`Logger inn som ${upn} …`);
  const graph = await graphAs(info, upn);
  const eventId = params.get('event');
  if (!eventId && params.get('new') !== '1') {
    say('');
    await showCalendar(graph, upn);
    return;
  }

  let form: AppointmentForm;
  if (eventId) {
    const event = await graph.request<GraphEvent>('GET', `/me/events/${encodeURIComponent(eventId)}?$expand=attachments`);
    const wanted = params.get('mode');
    const mode = wanted === 'compose' || wanted === 'read' ? wanted : event.isOrganizer === true ? 'compose' : 'read';
    form = formFromEvent(event, mode, storedProperties(upn, eventId));
  } else {
    form = newForm({ displayName: me?.displayName ?? upn, emailAddress: upn }, new Date());
  }
  const compose = form.mode === 'compose';
  document.body.dataset.mode = form.mode;
  element('appointment').hidden = false;
  element('mode-label').textContent = compose ? 'Avtale (redigering som arrangør)' : 'Møteinnkalling (lesing som deltaker)';
  element('compose-actions').hidden = !compose;
  element('attendees-hint').hidden = !compose;

  // --- The form ---------------------------------------------------------------------------------

  const subject = element<HTMLInputElement>('subject');
  const attendees = element<HTMLInputElement>('attendees');
  const startInput = element<HTMLInputElement>('start');
  const endInput = element<HTMLInputElement>('end');
  const locationInput = element<HTMLInputElement>('location');
  const attachmentList = element<HTMLUListElement>('attachments');
  const bodyFrame = element<HTMLIFrameElement>('body-frame');
  for (const input of [subject, attendees, startInput, endInput, locationInput]) input.readOnly = !compose;

  const nameOf = (address: string): string => info.users.find((u) => u.mail.toLowerCase() === address.toLowerCase())?.displayName ?? address;
  function render(): void {
    subject.value = form.subject;
    locationInput.value = form.location;
    startInput.value = toLocalInput(form.start);
    endInput.value = toLocalInput(form.end);
    attendees.value = form.requiredAttendees.map((a) => a.emailAddress).join('; ');
    element('organizer').textContent = form.organizer ? `${form.organizer.displayName} <${form.organizer.emailAddress}>` : '';
    attachmentList.replaceChildren(
      ...form.attachments.map((a) => Object.assign(document.createElement('li'), { textContent: `${a.name} (${Math.max(1, Math.round(a.size / 1024))} kB)${a.pendingBase64 ? ' – ikke lagret' : ''}` })),
    );
    if (form.attachments.length === 0) attachmentList.append(Object.assign(document.createElement('li'), { textContent: 'Ingen vedlegg' }));
    // The body may hold anything an organiser wrote: shown in a sandbox with no scripts, as the inspector does.
    if (bodyFrame.srcdoc !== form.bodyHtml) bodyFrame.srcdoc = form.bodyHtml;
    document.title = `${form.subject || 'Ny avtale'} – Outlook-simulator`;
  }
  subject.addEventListener('input', () => void (form.subject = subject.value));
  locationInput.addEventListener('input', () => void (form.location = locationInput.value));
  startInput.addEventListener('change', () => {
    const value = fromLocalInput(startInput.value);
    if (!Number.isNaN(value.getTime())) applyFormCall(form, 'start.setAsync', [value]);
    render();
  });
  endInput.addEventListener('change', () => {
    const value = fromLocalInput(endInput.value);
    if (!Number.isNaN(value.getTime())) form.end = value;
    render();
  });
  attendees.addEventListener('change', () => {
    const people: Person[] = attendees.value
      .split(/[;,]/)
      .map((part) => part.trim())
      .filter(Boolean)
      .map((address) => ({ displayName: nameOf(address), emailAddress: address }));
    form.requiredAttendees = people;
    render();
  });

  /** Writes the form to the calendar: Outlook's save, and with attendees its Send. */
  async function save(withAttendees: boolean): Promise<void> {
    const body = eventBody(form, { withAttendees });
    if (!form.eventId) {
      const created = await graph.request<GraphEvent>('POST', '/me/events', body);
      form.eventId = created.id;
      history.replaceState(null, '', pageUrl({ event: created.id, new: undefined }));
    } else {
      await graph.request('PATCH', `/me/events/${encodeURIComponent(form.eventId)}`, body);
    }
    const base = `/me/events/${encodeURIComponent(form.eventId)}/attachments`;
    for (const attachment of form.attachments) {
      if (!attachment.pendingBase64) continue;
      if (attachment.size < POSTED_ATTACHMENT_MAX) {
        const saved = await graph.request<{ id: string }>('POST', base, { '@odata.type': '#microsoft.graph.fileAttachment', name: attachment.name, contentBytes: attachment.pendingBase64 });
        attachment.id = saved.id;
      } else {
        const session = await graph.request<{ uploadUrl: string }>('POST', `${base}/createUploadSession`, { AttachmentItem: { attachmentType: 'file', name: attachment.name, size: attachment.size } });
        const bytes = bytesOf(attachment.pendingBase64);
        for (let from = 0; from < bytes.length; from += UPLOAD_CHUNK) {
          const to = Math.min(bytes.length, from + UPLOAD_CHUNK);
          await graph.put(session.uploadUrl, bytes.subarray(from, to), `bytes ${from}-${to - 1}/${bytes.length}`);
        }
      }
      delete attachment.pendingBase64;
    }
    if (withAttendees) form.sentAttendees = form.requiredAttendees.map((a) => ({ ...a }));
    localStorage.setItem(storageKey(upn, form.eventId), JSON.stringify(form.customProperties));
    render();
  }

  async function userSave(withAttendees: boolean): Promise<void> {
    try {
      await save(withAttendees);
      say(withAttendees ? `Sendt til ${form.requiredAttendees.length} deltakere.` : `Lagret ${new Date().toLocaleTimeString('nb-NO')}.`);
    } catch (error) {
      say(`Kunne ikke lagre: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  element('save').addEventListener('click', () => void userSave(false));
  element('send').addEventListener('click', () => void userSave(true));

  // --- The pane and office.js -------------------------------------------------------------------

  const pane = element('pane');
  const paneFrame = element<HTMLIFrameElement>('pane-frame');
  const paneButton = element<HTMLButtonElement>('pane-button');
  const paneSrc = (): string => {
    const url = new URL('/outlook.html', appBase);
    url.searchParams.set(SIMULATOR_QUERY.name, SIMULATOR_QUERY.value);
    url.searchParams.set('locale', locale);
    return url.href;
  };
  function setPaneOpen(open: boolean): void {
    pane.hidden = !open;
    paneButton.setAttribute('aria-pressed', String(open));
    if (open && !paneFrame.getAttribute('src')) paneFrame.src = paneSrc();
    if (!open) paneFrame.removeAttribute('src'); // Outlook closes the add-in with its pane
  }
  paneButton.addEventListener('click', () => setPaneOpen(pane.hidden !== false));
  element('close-pane').addEventListener('click', () => {
    setPaneOpen(false);
    paneButton.focus();
  });

  const post = (message: HostMessage): void => paneFrame.contentWindow?.postMessage(message, appOrigin);
  themeSelect.addEventListener('change', () => {
    theme = themeSelect.value;
    post({ protocol: SIMULATOR_PROTOCOL, kind: 'event', eventType: 'officeThemeChanged', args: { officeTheme: THEMES[theme] ?? {} } });
  });

  const snapshot = (): SimulatorSnapshot => ({
    displayLanguage: locale,
    officeTheme: THEMES[theme] ?? {},
    mailboxVersion: '1.8',
    userProfile: { emailAddress: upn, displayName: me?.displayName ?? upn },
    item: {
      mode: form.mode,
      ...(form.eventId && !compose ? { itemId: restToEwsId(form.eventId) } : {}),
      subject: form.subject,
      location: form.location,
      start: form.start,
      end: form.end,
      requiredAttendees: form.requiredAttendees.map((a) => ({ ...a })),
      ...(form.organizer ? { organizer: { ...form.organizer } } : {}),
      attachments: form.attachments.map((a) => ({ id: a.id, name: a.name, size: a.size, attachmentType: 'file', isInline: a.isInline })),
    },
  });

  async function answer(message: Extract<PaneMessage, { kind: 'call' }>): Promise<OfficeResult> {
    if (message.method === 'saveAsync') {
      if (!compose) return fail('InvalidOperation', 'Avtalen er åpnet for lesing.', 5001);
      try {
        await save(false);
        say(`Lagret av Møtebok ${new Date().toLocaleTimeString('nb-NO')}.`);
        return ok(form.eventId ? restToEwsId(form.eventId) : '');
      } catch (error) {
        const offline = error instanceof TypeError || (error instanceof GraphFailure && error.status >= 500);
        return fail(offline ? 'NetworkError' : 'ItemNotSaved', error instanceof Error ? error.message : String(error), offline ? 9017 : 9052);
      }
    }
    const result = applyFormCall(form, message.method, message.args) ?? fail('NotSupported', `${message.method} støttes ikke av simulatoren.`, 5000);
    if (message.method === 'customProperties.saveAsync' && result.status === 'succeeded' && form.eventId) {
      localStorage.setItem(storageKey(upn, form.eventId), JSON.stringify(form.customProperties));
    }
    render();
    return result;
  }

  // Outlook answers an add-in's calls one after the other; so does the simulator.
  let queue: Promise<void> = Promise.resolve();
  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (event.source !== paneFrame.contentWindow || event.origin !== appOrigin || !isSimulatorMessage(event.data)) return;
    const message = event.data as PaneMessage; // protocol checked above; the sender is the app's frame
    if (message.kind === 'hello') post({ protocol: SIMULATOR_PROTOCOL, kind: 'ready', snapshot: snapshot() });
    else if (message.kind === 'call') {
      queue = queue.then(async () => post({ protocol: SIMULATOR_PROTOCOL, kind: 'result', id: message.id, result: await answer(message) }));
    }
  });

  render();
  say('');
  setPaneOpen(params.get('pane') !== 'closed');
  document.body.dataset.ready = 'true';
}

start().catch((error: unknown) => {
  say(`Simulatoren kunne ikke starte: ${error instanceof Error ? error.message : String(error)}`);
});
