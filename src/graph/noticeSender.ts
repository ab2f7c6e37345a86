import { attachmentFileName, innkallingFileName } from '../domain/attachments';
import { summariseAgendaChanges } from '../domain/changeSummary';
import { detailsOf, meetingChangesSinceNotice } from '../domain/meetingFacts';
import { formatDateShort } from '../domain/dates';
import { DomainError } from '../domain/errors';
import { INLINE_EVENT_ATTACHMENT_MAX_BYTES, validateAttachmentSize } from '../domain/limits';
import { canTransition } from '../domain/meetingStatus';
import type { Attachment, AgendaItem, Committee, DocumentRef, Meeting, Person, SentNotice } from '../domain/model';
import { ConflictError, type UploadProgress, type Versioned } from '../domain/ports';
import { DOCX_CONTENT_TYPE, renderAgendaHtml as defaultRenderAgendaHtml, renderInnkallingDocx as defaultRenderInnkallingDocx, type AgendaHtmlOptions } from '../documents';
import { answerOrThrow, runBatch } from './batch';
import type { CalendarGateway, InviteeAddress, NoticeEvent } from './calendarGateway';
import { SharingLinkSchema } from './graphSchemas';
import type { SharePointMeetingRepository } from './sharePointMeetingRepository';

/**
 * Sending the innkalling as a calendar invite, exactly once, resumable after a failure at any step:
 *
 * 1. render the innkalling .docx and store it in the meeting folder (replace: same name, same place);
 * 2. SharePoint links for the vedlegg when the committee shares by link ($batch of createLink —
 *    Graph returns the existing link for the same type and scope);
 * 3. create the event WITHOUT attendees (Exchange sends when attendees are set, and attachments
 *    cannot be sent inline on create). The transactionId is derived from the meeting id, so a
 *    repeated create returns the event made the first time instead of a second one;
 * 4. list the event's attachments and add only the missing ones (≤ 3 MB as one request, larger
 *    through the attachment upload session);
 * 5. set the attendees — now Exchange sends, and every invitation carries its vedlegg;
 * 6. record the notice (event id, transactionId, version, agenda snapshot) and status noticeSent.
 *
 * `sendUpdatedNotice` updates the same event: body with a short summary of what changed since the
 * last version sent, attachments added/removed/replaced to match, attendees re-set.
 */

export type NoticeStep = 'innkalling' | 'links' | 'event' | 'attachment' | 'attendees' | 'saved';

export interface NoticeProgress {
  step: NoticeStep;
  /** Norwegian text for the progress line. */
  message: string;
  fileName?: string;
  index?: number;
  count?: number;
  bytesSent?: number;
  totalBytes?: number;
}

export interface NoticeRenderers {
  renderInnkallingDocx(file: { committee: Committee; meeting: Meeting }): Promise<Uint8Array>;
  renderAgendaHtml(file: { committee: Committee; meeting: Meeting }, options: AgendaHtmlOptions): string;
}

export interface NoticeSenderDeps {
  repository: SharePointMeetingRepository;
  calendar: CalendarGateway;
  renderers?: NoticeRenderers;
  now?: () => Date;
}

const DEFAULT_RENDERERS: NoticeRenderers = { renderInnkallingDocx: defaultRenderInnkallingDocx, renderAgendaHtml: defaultRenderAgendaHtml };

/** Stable per meeting: the same meeting always asks Exchange for the same event. */
export function noticeTransactionId(meetingId: string): string {
  return `motebok-${meetingId}`.slice(0, 200);
}

export async function sendNotice(deps: NoticeSenderDeps, committee: Committee, stored: Versioned<Meeting>, onProgress?: (progress: NoticeProgress) => void): Promise<Versioned<Meeting>> {
  const meeting = stored.value;
  if (meeting.status === 'noticeSent' && meeting.notice) return stored; // already done: exactly once
  if (!canTransition(meeting.status, 'noticeSent')) {
    throw new DomainError('transitionNotAllowed', 'Innkallingen kan bare sendes fra et møte som er under arbeid (utkast).');
  }
  const transactionId = noticeTransactionId(meeting.id);
  const prepared = await prepare(deps, committee, meeting, [], onProgress);
  onProgress?.({ step: 'event', message: 'Oppretter møteinnkallingen i kalenderen …' });
  const event = await deps.calendar.createEvent({ ...prepared.event, transactionId });
  await syncAttachments(deps, event.id, prepared.files, new Set(), onProgress);
  onProgress?.({ step: 'attendees', message: 'Sender innkallingen til deltakerne …' });
  await deps.calendar.setAttendees(event.id, invitees(committee, meeting));
  const notice: SentNotice = {
    eventId: event.id,
    transactionId,
    sentAt: (deps.now?.() ?? new Date()).toISOString(),
    version: 1,
    items: snapshotOf(meeting.items),
    details: detailsOf(meeting),
    attachmentIds: allAttachments(meeting).map(({ attachment }) => attachment.id),
  };
  const joinUrl = event.onlineMeeting?.joinUrl ?? undefined;
  const sent: Meeting = { ...meeting, status: 'noticeSent', notice, innkalling: prepared.innkalling, ...(joinUrl ? { onlineMeetingJoinUrl: joinUrl } : {}) };
  const saved = await saveOrFindRecorded(deps, sent, stored.version, notice);
  onProgress?.({ step: 'saved', message: 'Innkallingen er sendt.' });
  return saved;
}

export async function sendUpdatedNotice(deps: NoticeSenderDeps, committee: Committee, stored: Versioned<Meeting>, onProgress?: (progress: NoticeProgress) => void): Promise<Versioned<Meeting>> {
  const meeting = stored.value;
  const previous = meeting.notice;
  if (!previous) throw new DomainError('transitionNotAllowed', 'Innkallingen er ikke sendt ennå, så det finnes ingen innkalling å oppdatere.');
  // Date, time, place and Teams first: those are what an attendee must act on.
  const changes = [...meetingChangesSinceNotice(meeting, committee.languageForm), ...summariseAgendaChanges(previous.items, meeting.items, committee.languageForm)];
  const prepared = await prepare(deps, committee, meeting, changes, onProgress);
  // Attachments first, then one PATCH with body and attendees: that PATCH is the update every
  // attendee receives, carrying the new agenda, the change summary and the final set of files.
  await syncAttachments(deps, previous.eventId, prepared.files, changedAttachmentNames(previous.items, meeting.items), onProgress);
  onProgress?.({ step: 'attendees', message: 'Sender oppdatert innkalling til deltakerne …' });
  await deps.calendar.updateEvent(previous.eventId, prepared.event, invitees(committee, meeting));
  const notice: SentNotice = {
    ...previous,
    sentAt: (deps.now?.() ?? new Date()).toISOString(),
    version: previous.version + 1,
    items: snapshotOf(meeting.items),
    details: detailsOf(meeting),
    attachmentIds: allAttachments(meeting).map(({ attachment }) => attachment.id),
  };
  const saved = await saveOrFindRecorded(deps, { ...meeting, notice, innkalling: prepared.innkalling }, stored.version, notice);
  onProgress?.({ step: 'saved', message: 'Oppdatert innkalling er sendt.' });
  return saved;
}

/**
 * Records the notice. If the save is refused as a conflict because an earlier attempt already
 * recorded this very notice (its answer was lost), the stored meeting is the result; any other
 * conflict is a real one and goes to the caller.
 */
async function saveOrFindRecorded(deps: NoticeSenderDeps, meeting: Meeting, version: string, notice: SentNotice): Promise<Versioned<Meeting>> {
  try {
    return await deps.repository.saveMeeting(meeting, version);
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    const stored = await deps.repository.getMeeting(meeting.id);
    const recorded = stored?.value.notice;
    if (stored && recorded?.eventId === notice.eventId && recorded.version === notice.version) return stored;
    throw error;
  }
}

/** A file the invite should carry: its name on the event and where to get the bytes. */
interface InviteFile {
  name: string;
  ref: DocumentRef;
  /** Bytes already in hand (the innkalling we just rendered). */
  content?: Blob;
}

interface Prepared {
  innkalling: DocumentRef;
  event: Omit<NoticeEvent, 'transactionId'>;
  files: InviteFile[];
}

async function prepare(deps: NoticeSenderDeps, committee: Committee, meeting: Meeting, changeSummary: string[], onProgress?: (progress: NoticeProgress) => void): Promise<Prepared> {
  const renderers = deps.renderers ?? DEFAULT_RENDERERS;
  // Vedlegg stored in the library are attached and/or linked; a vedlegg that is only a web address
  // (a page on siv.no) is listed with its link and never attached.
  const all = allAttachments(meeting);
  for (const { attachment } of all) {
    if (!attachment.driveItemId && !attachment.webUrl) throw new DomainError('invalidFileName', `Vedlegget «${attachment.title}» er ikke lastet opp til SharePoint ennå. Last det opp før innkallingen sendes.`);
  }
  const vedlegg = all.filter(({ attachment }) => attachment.driveItemId !== undefined);
  const mode = committee.attachmentMode;
  onProgress?.({ step: 'innkalling', message: 'Lager og lagrer innkallingen (Word) …' });
  const innkallingName = innkallingFileName(committee, meeting);
  const docx = new Blob([copyBytes(await renderers.renderInnkallingDocx({ committee, meeting }))], { type: DOCX_CONTENT_TYPE });
  const innkalling = await deps.repository.uploadDocument(committee, meeting, innkallingName, docx);

  let links: Record<string, string> = {};
  if (mode !== 'file' && vedlegg.length > 0) {
    onProgress?.({ step: 'links', message: 'Lager delingslenker til vedleggene …' });
    links = await createLinks(deps.repository, vedlegg.map(({ attachment }) => attachment));
  }
  const bodyHtml = renderers.renderAgendaHtml({ committee, meeting }, { attachmentLinks: links, attachmentMode: mode, changeSummary });
  const files: InviteFile[] = [{ name: innkallingName, ref: innkalling, content: docx }];
  if (mode !== 'link') {
    for (const { attachment, item } of vedlegg) {
      const size = attachment.size;
      if (size !== undefined) {
        const check = validateAttachmentSize(size, committee.languageForm);
        if (!check.ok) throw new DomainError('invalidFileName', `${attachment.title}: ${check.message}`);
      }
      files.push({ name: attachmentFileName(attachment, item), ref: attachment });
    }
  }
  return {
    innkalling,
    files,
    event: {
      subject: `${meeting.theme ?? committee.name} ${formatDateShort(meeting.date)}`,
      start: `${meeting.date}T${meeting.start}:00`,
      end: `${meeting.date}T${meeting.end}:00`,
      // Exchange adds the Teams link itself when isOnlineMeeting is set; the place stays the room.
      location: meeting.place,
      online: meeting.online,
      bodyHtml,
    },
  };
}

/** Adds the files the event lacks, removes those it should no longer carry, replaces changed ones. */
async function syncAttachments(deps: NoticeSenderDeps, eventId: string, files: readonly InviteFile[], replace: ReadonlySet<string>, onProgress?: (progress: NoticeProgress) => void): Promise<void> {
  const existing = await deps.calendar.listAttachments(eventId);
  const wanted = new Map(files.map((file) => [file.name, file]));
  const present = new Set<string>();
  for (const attachment of existing) {
    const name = attachment.name ?? '';
    if (wanted.has(name) && !replace.has(name) && !present.has(name)) {
      present.add(name);
      continue;
    }
    // Not wanted any more, a duplicate, or its content changed: take it off.
    await deps.calendar.deleteAttachment(eventId, attachment.id);
  }
  const missing = files.filter((file) => !present.has(file.name));
  const count = missing.length;
  let done = 0;
  const small: { name: string; content: Blob }[] = [];
  const large: { name: string; content: Blob }[] = [];
  for (const file of missing) {
    const content = file.content ?? new Blob([copyBytes(await deps.repository.downloadDocument(file.ref))], { type: file.ref.contentType ?? 'application/octet-stream' });
    (content.size <= INLINE_EVENT_ATTACHMENT_MAX_BYTES ? small : large).push({ name: file.name, content });
  }
  const sizes = new Map([...small, ...large].map((file) => [file.name, file.content.size]));
  const report = (name: string, index: number, progress: UploadProgress) =>
    onProgress?.({ step: 'attachment', message: `Legger ved ${name} (${index + 1} av ${count}) …`, fileName: name, index, count, ...progress });
  // Small files share $batch requests; large ones go through their own upload session.
  await deps.calendar.addSmallAttachments(eventId, small, (name) => {
    const size = sizes.get(name) ?? 0;
    report(name, done++, { bytesSent: size, totalBytes: size });
  });
  for (const file of large) {
    const index = done++;
    await deps.calendar.addAttachment(eventId, file.name, file.content, (progress) => report(file.name, index, progress));
  }
}

/** Names of vedlegg whose file changed (new eTag) since the last notice: they are attached again. */
function changedAttachmentNames(sent: readonly AgendaItem[], current: readonly AgendaItem[]): Set<string> {
  const before = new Map(sent.flatMap((item) => item.attachments.map((attachment) => [attachment.id, attachment.eTag] as const)));
  const names = new Set<string>();
  for (const item of current) {
    for (const attachment of item.attachments) {
      const previousETag = before.get(attachment.id);
      if (previousETag !== undefined && attachment.eTag !== undefined && previousETag !== attachment.eTag) names.add(attachmentFileName(attachment, item));
    }
  }
  return names;
}

async function createLinks(repository: SharePointMeetingRepository, attachments: readonly Attachment[]): Promise<Record<string, string>> {
  const driveId = await repository.files.driveId();
  const answers = await runBatch(
    repository.storageClient,
    attachments.map((attachment, index) => ({ id: String(index), method: 'POST', url: `/drives/${driveId}/items/${attachment.driveItemId ?? ''}/createLink`, body: { type: 'view', scope: 'organization' } })),
  );
  const links: Record<string, string> = {};
  attachments.forEach((attachment, index) => {
    links[attachment.id] = answerOrThrow(answers, String(index), SharingLinkSchema).link.webUrl;
  });
  return links;
}

/**
 * The agenda as sent, kept on the meeting row for the next "what changed" summary. The memo
 * background and what the meeting records are not part of the notice and not compared, so they
 * are left out: the row's data column must stay well under SharePoint's text column limit.
 */
export function snapshotOf(items: readonly AgendaItem[]): AgendaItem[] {
  return items.map((item) => ({ ...item, background: [], proceedings: [], conclusion: [] }));
}

function allAttachments(meeting: Meeting): { attachment: Attachment; item: AgendaItem }[] {
  return meeting.items.flatMap((item) => item.attachments.map((attachment) => ({ attachment, item })));
}

/** Standing members (internal and external addresses), plus chair and referent, each once. */
export function invitees(committee: Pick<Committee, 'members'>, meeting: Pick<Meeting, 'chair' | 'minuteTaker'>): InviteeAddress[] {
  const people: Person[] = [...committee.members, ...(meeting.chair ? [meeting.chair] : []), ...(meeting.minuteTaker ? [meeting.minuteTaker] : [])];
  const seen = new Set<string>();
  const result: InviteeAddress[] = [];
  for (const person of people) {
    const address = person.email?.trim();
    if (!address || seen.has(address.toLowerCase())) continue;
    seen.add(address.toLowerCase());
    result.push({ address, name: person.name });
  }
  return result;
}

/** A fresh ArrayBuffer-backed copy: Blob parts must not be views on a shared or resizable buffer. */
function copyBytes(bytes: Uint8Array): ArrayBuffer {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy.buffer;
}
