import { innkallingFileName } from '../domain/attachments';
import { boardPackFileName } from '../domain/boardPack';
import { changesSinceNotice } from '../domain/pendingUpdate';
import { detailsOf } from '../domain/meetingFacts';
import { formatDateShort } from '../domain/dates';
import { DomainError, isDomainError } from '../domain/errors';
import { eventStart, invitees, inviteVedlegg, meetingAttachments, sentAttachmentMode, vedleggChangedSinceNotice } from '../domain/invitation';
import { INLINE_ATTACHMENT_MAX_BYTES } from '../domain/limits';
import { validateAttachmentSize } from '../domain/attachmentSize';
import { inviteCarriedBytes, inviteMailFit, InviteTooLargeError } from '../domain/inviteSize';
import { canTransition } from '../domain/meetingStatus';
import { meetingLink } from '../domain/meetingLink';
import type { Attachment, AgendaItem, Committee, DocumentRef, Meeting, SentNotice } from '../domain/model';
import { ConflictError, OfflineError, type UploadProgress, type Versioned } from '../domain/ports';
import { DOCX_CONTENT_TYPE, replaceAgendaBlock, renderAgendaHtml as defaultRenderAgendaHtml, renderInnkallingDocx as defaultRenderInnkallingDocx, type AgendaHtmlOptions, type InnkallingOptions, documentTexts } from '../documents';
import type { BoardPackBuildProgress, BoardPackService } from './boardPackService';
import { isSafeUrl } from '../domain/safeUrl';
import { answerOrThrow, runBatch, type BatchStep } from './batch';
import type { CalendarGateway, NoticeEvent } from './calendarGateway';
import { assertNoExemptContentLeaves, checkExemptPermissions, sendExemptLinks } from './confidentialNotice';
import { publicVersion } from '../domain/confidentiality';
import { exemptStub, hasClosedRow } from '../domain/exemptRowAccess';
import { DriveItemSchema, SharingLinkSchema } from './graphSchemas';
import { failureReason } from './graphError';
import type { MailSender } from './mailGateway';
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
 * last version sent, attachments added/removed/replaced to match, attendees re-set. The event
 * carries the files as they are now: the innkalling is rendered again and always replaces the one
 * attached before (its content follows the meeting); a vedlegg is replaced when its file in the
 * library changed since it was sent (eTag) or it is new; vedlegg no longer on the agenda go.
 */

/** Loaded with the sender (graphServices.ts), like the rest of what sending needs. */
export { protectExempt } from './exemptFilePermissions';

export type NoticeStep = NoticeProgress['step'];

/**
 * Where the send is, as data: the step and what the line names (a file, how far), worded by the
 * screen in the user's language (`ui/workspace/noticeProgressText.ts`).
 */
export type NoticeProgress =
  /** Storing the innkalling (Word); making the event in the calendar. */
  | { step: 'innkalling' | 'event' }
  /** Reading the vedlegg in the library; `sharing`: and making their sharing links. */
  | { step: 'links'; sharing: boolean }
  /** Sending to the attendees, then done; `update`: an updated notice. */
  | { step: 'attendees' | 'saved'; update: boolean }
  /** The møtebok PDF: document `index` (from 0) of `count`, then storing it in the meeting folder. */
  | { step: 'pack'; phase: 'document' | 'store'; index: number; count: number }
  /** Attaching `fileName`, the `index`th (from 0) of `count`, with its bytes sent so far when known. */
  | ({ step: 'attachment'; fileName: string; index: number; count: number } & Partial<UploadProgress>);

export interface NoticeRenderers {
  renderInnkallingDocx(file: { committee: Committee; meeting: Meeting }, options?: InnkallingOptions): Promise<Uint8Array>;
  renderAgendaHtml(file: { committee: Committee; meeting: Meeting }, options: AgendaHtmlOptions): string;
}

export interface NoticeSenderDeps {
  repository: SharePointMeetingRepository;
  calendar: CalendarGateway;
  renderers?: NoticeRenderers;
  now?: () => Date;
  /** Mail for the links to exempt vedlegg (confidentialNotice.ts); asked for only when there are any. */
  mail?: () => MailSender;
  /** Moves exempt vedlegg to their sak's folder with unique permissions and closes exempt saker's rows (exemptFilePermissions.ts `protectExempt`) before anything is checked or sent; returns the meeting with the vedlegg's new addresses. A failure stops the send. */
  protectExempt?: (
    file: { committee: Committee; meeting: Meeting },
    laterBodyReaders?: Map<string, Set<string>>,
    builtInRead?: Set<string>,
  ) => Promise<Meeting>;
  /** Where the app is served: the body then carries «Åpne møtet i Møtebok», which the Outlook read pane finds the meeting by (domain/meetingLink.ts). */
  appUrl?: string;
  /** The organiser's message limit when the build sets one (config `maxSendBytes`, MOTEBOK_MAX_SEND_SIZE_MB); else Exchange Online's default 35 MB (domain/limits.ts). */
  maxSendBytes?: number;
}

/** What the secretary chose for this send (the send dialog). */
export interface NoticeOptions {
  /**
   * Make the møtebok PDF as part of sending and link to it («Møtebok (PDF)») from the invite body
   * and the innkalling. It is built after the innkalling is stored, so the pack holds the very
   * innkalling sent; the pack follows the public version when not every reader may see every
   * exempt sak (`domain/boardPack.ts` packViewer: the folder's readers are every invitee).
   * Without it, an update keeps linking to the pack the previous version linked to.
   */
  boardPack?: Pick<BoardPackService, 'build'>;
  /**
   * The committee shares vedlegg by link only, and someone invited cannot open those links (no
   * account in the tenant, `domain/recipientReach.ts`): this send attaches them as files as well,
   * as `fileAndLink` would. The committee's setting is not changed; an update without it takes the
   * files off the event again. The notice remembers it (`SentNotice.attachedLinked`) for the next update's dialog.
   */
  attachLinked?: boolean;
  /**
   * The committee attaches vedlegg, and attached they would pass Exchange's message limit (domain/inviteSize.ts
   * `inviteMailFit`; Graph answers `ErrorMessageSizeExceeded`): this send links them to the committee's library instead,
   * as `link` would. The send dialog offers it. Without it such a send is refused before anything is written or sent.
   * The committee's setting is not changed: an update whose vedlegg fit attaches them again.
   */
  linkInstead?: boolean;
}

/** The committee as this send carries vedlegg (`NoticeOptions.attachLinked`, `linkInstead`; domain/invitation.ts `sentAttachmentMode`). */
function asSent(committee: Committee, options: NoticeOptions): Committee {
  const attachmentMode = sentAttachmentMode(committee.attachmentMode, options.attachLinked, options.linkInstead);
  return attachmentMode === committee.attachmentMode ? committee : { ...committee, attachmentMode };
}

/** Kept on the notice when this send attached what the committee only links: the next update is offered the same (`SentNotice.attachedLinked`). */
function attachedLinked(settings: Committee, sent: Committee): Pick<SentNotice, 'attachedLinked'> {
  return settings.attachmentMode === 'link' && sent.attachmentMode === 'fileAndLink' ? { attachedLinked: true } : {};
}

const DEFAULT_RENDERERS: NoticeRenderers = { renderInnkallingDocx: defaultRenderInnkallingDocx, renderAgendaHtml: defaultRenderAgendaHtml };

/** Stable per meeting: the same meeting always asks Exchange for the same event. */
export function noticeTransactionId(meetingId: string): string {
  return `motebok-${meetingId}`.slice(0, 200);
}

export async function sendNotice(
  deps: NoticeSenderDeps,
  settings: Committee,
  stored: Versioned<Meeting>,
  onProgress?: (progress: NoticeProgress) => void,
  options: NoticeOptions = {},
): Promise<Versioned<Meeting>> {
  const committee = asSent(settings, options);
  const meeting = stored.value;
  if (meeting.status === 'noticeSent' && meeting.notice) return stored; // already done: exactly once
  if (!canTransition(meeting.status, 'noticeSent')) {
    throw new DomainError('transitionNotAllowed', { key: 'noticeOnlyFromDraft' });
  }
  const transactionId = noticeTransactionId(meeting.id);
  const prepared = await prepare(deps, committee, meeting, [], onProgress, packChoice(options));
  const current = prepared.meeting;
  onProgress?.({ step: 'event' });
  const event = await deps.calendar.createEvent({ ...prepared.event, transactionId });
  // A first send resumes: whatever an earlier attempt attached under the right name stays.
  await syncAttachments(deps, event.id, prepared.files, new Set(), onProgress);
  onProgress?.({ step: 'attendees', update: false });
  await deps.calendar.setAttendees(event.id, invitees(committee, current));
  if (deps.mail) await sendExemptLinks(deps.mail(), { committee, meeting: current });
  const notice: SentNotice = {
    eventId: event.id,
    transactionId,
    sentAt: (deps.now?.() ?? new Date()).toISOString(),
    version: 1,
    items: snapshotOf(current.items),
    details: detailsOf(current),
    attachmentIds: meetingAttachments(current).map(({ attachment }) => attachment.id),
    ...(prepared.boardPackUrl ? { boardPackUrl: prepared.boardPackUrl } : {}),
    ...attachedLinked(settings, committee),
    ...prepared.carried,
  };
  const joinUrl = event.onlineMeeting?.joinUrl ?? undefined;
  const sent: Meeting = { ...current, status: 'noticeSent', notice, innkalling: prepared.innkalling, ...(joinUrl ? { onlineMeetingJoinUrl: joinUrl } : {}) };
  const saved = await saveOrFindRecorded(deps, sent, stored.version, notice);
  onProgress?.({ step: 'saved', update: false });
  return saved;
}

export async function sendUpdatedNotice(
  deps: NoticeSenderDeps,
  settings: Committee,
  stored: Versioned<Meeting>,
  onProgress?: (progress: NoticeProgress) => void,
  options: NoticeOptions = {},
): Promise<Versioned<Meeting>> {
  const committee = asSent(settings, options);
  const meeting = stored.value;
  const previous = meeting.notice;
  if (!previous) throw new DomainError('transitionNotAllowed', { key: 'noticeNotSentYet' });
  // Date, time, place and Teams first: those are what an attendee must act on.
  // Said in the public view (the summary goes to every invitee), today's marking applied to what was sent too.
  const file = { committee, meeting };
  // The send dialog's comparison (domain/pendingUpdate.ts), so the update says what the dialog said.
  const changes = [...changesSinceNotice(file).lines, ...boardPackChange(committee, previous, options)];
  // The link, once sent, stays: an update without a new pack links to the one sent before.
  const prepared = await prepare(deps, committee, meeting, changes, onProgress, packChoice(options, previous.boardPackUrl));
  const current = prepared.meeting;
  // The innkalling was just rendered from the meeting as it is now, and vedlegg that are new or
  // whose file changed since they were sent must not be kept under their old content.
  const changed = vedleggChangedSinceNotice(previous.items, current.items);
  const replace = new Set([prepared.files[0]?.name ?? '', ...prepared.files.filter((file) => file.attachmentId !== undefined && changed.has(file.attachmentId)).map((file) => file.name)]);
  // Attachments first, then one PATCH with body and attendees: that PATCH is the update every
  // attendee receives, carrying the new agenda, the change summary and the final set of files.
  await syncAttachments(deps, previous.eventId, prepared.files, replace, onProgress);
  onProgress?.({ step: 'attendees', update: true });
  // Only Møtebok's block is replaced: Exchange's Teams join block (and anything the organiser
  // wrote in Outlook) stays, since removing the join block would take the meeting offline.
  const bodyHtml = replaceAgendaBlock(await deps.calendar.getEventBody(previous.eventId), prepared.event.bodyHtml);
  const event = await deps.calendar.updateEvent(previous.eventId, { ...prepared.event, bodyHtml }, invitees(committee, current));
  if (deps.mail) await sendExemptLinks(deps.mail(), { committee, meeting: current });
  // A meeting that became a Teams meeting with this update has a join link only now.
  const joinUrl = event.onlineMeeting?.joinUrl ?? current.onlineMeetingJoinUrl;
  const { boardPackUrl: _previousPack, attachedLinked: _previousAttached, carriedBuiltInRead: _previousRead, ...before } = previous;
  const notice: SentNotice = {
    ...before,
    ...(prepared.boardPackUrl ? { boardPackUrl: prepared.boardPackUrl } : {}),
    ...attachedLinked(settings, committee),
    ...prepared.carried,
    sentAt: (deps.now?.() ?? new Date()).toISOString(),
    version: previous.version + 1,
    items: snapshotOf(current.items),
    details: detailsOf(current),
    attachmentIds: meetingAttachments(current).map(({ attachment }) => attachment.id),
  };
  const recorded = { ...current, notice, innkalling: prepared.innkalling, ...(joinUrl ? { onlineMeetingJoinUrl: joinUrl } : {}) };
  const saved = await saveOrFindRecorded(deps, recorded, stored.version, notice);
  onProgress?.({ step: 'saved', update: true });
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
  /** Where the bytes can be fetched without a Graph request (read with the item in `readLibrary`). */
  downloadUrl?: string;
  /** The vedlegg it is; absent for the innkalling. */
  attachmentId?: string;
}

interface Prepared {
  /** The meeting with its vedlegg as the library has them now (eTag, size). */
  meeting: Meeting;
  innkalling: DocumentRef;
  /** The møtebok PDF the invite links to, if any. */
  boardPackUrl?: string;
  event: Omit<NoticeEvent, 'transactionId'>;
  /** The innkalling first, then the vedlegg attached as files. */
  files: InviteFile[];
  /** `SentNotice.carriedBuiltInRead`, when this send granted the built-in Read on a carried sak's exempt files. */
  carried: Pick<SentNotice, 'carriedBuiltInRead'>;
}

/** Build a pack now, or link to one already sent, or neither. */
type PackChoice = { build: Pick<BoardPackService, 'build'> } | { url: string } | undefined;

function packChoice(options: NoticeOptions, sentUrl?: string): PackChoice {
  if (options.boardPack) return { build: options.boardPack };
  return sentUrl !== undefined && isSafeUrl(sentUrl) ? { url: sentUrl } : undefined;
}

/** «Møteboken (PDF) er lagt til som lenke» in an update whose invite links to a pack for the first time. */
function boardPackChange(committee: Committee, previous: SentNotice, options: NoticeOptions): string[] {
  return options.boardPack && previous.boardPackUrl === undefined ? [documentTexts(committee).boardPackAdded] : [];
}

async function prepare(
  deps: NoticeSenderDeps,
  committee: Committee,
  stored: Meeting,
  changeSummary: string[],
  onProgress?: (progress: NoticeProgress) => void,
  pack?: PackChoice,
): Promise<Prepared> {
  const renderers = deps.renderers ?? DEFAULT_RENDERERS;
  // Vedlegg stored in the library are attached and/or linked; a vedlegg that is only a web address
  // (a page on siv.no) is listed with its link and never attached.
  for (const { attachment } of meetingAttachments(stored)) {
    if (!attachment.driveItemId && !attachment.webUrl) throw new DomainError('invalidFileName', { key: 'attachmentNotUploaded', values: { attachment: attachment.title } });
  }
  const mode = committee.attachmentMode;
  // One event for every invitee, so it carries the public view (domain/confidentiality.ts): an exempt
  // sak shows its public title and hjemmel, exempt vedlegg are neither attached nor linked.
  const storedVedlegg = inviteVedlegg(publicVersion({ committee, meeting: stored }).meeting, mode)
    .filter((entry) => entry.stored)
    .map((entry) => entry.attachment);
  let links: Record<string, string> = {};
  let downloadUrls = new Map<string, string>();
  let meeting = stored;
  const sizes: Record<string, number> = {};
  if (storedVedlegg.length > 0) {
    onProgress?.({ step: 'links', sharing: mode !== 'file' });
    const library = await readLibrary(deps.repository, storedVedlegg, mode !== 'file');
    links = library.links;
    downloadUrls = library.downloadUrls;
    meeting = withCurrentFiles(stored, library.current);
    for (const [id, file] of library.current) if (file.size !== undefined) sizes[id] = file.size;
  }
  // Graph would refuse an invite past Exchange's message limit once the event is made: refused before the innkalling is stored or anything sent.
  // By the sizes the library has now (a vedlegg replaced in SharePoint may have grown since Møtebok stored its size), the
  // dialog's rule (domain/inviteSize.ts); the refusal carries them, so the dialog says the note with the true sizes.
  const meetingUrl = deps.appUrl === undefined ? {} : { meetingUrl: meetingLink(deps.appUrl, committee.id, meeting.id) };
  const carried = await carriedBytes(renderers, { committee, meeting }, { attachmentLinks: links, attachmentMode: mode, changeSummary, ...meetingUrl }, pack);
  const fit = inviteMailFit(committee, meeting, mode, deps.maxSendBytes, carried);
  if (fit.reason) throw new InviteTooLargeError({ ...fit, reason: fit.reason }, sizes);
  // Who reads a stored exempt file through a later body's grant (a sak taken into its meeting), left alone by protectExempt.
  const laterBodyReaders = new Map<string, Set<string>>();
  // The carried saker whose exempt files got the built-in Read (the committee's own level lacking): kept on the notice.
  const builtInRead = new Set<string>();
  if (deps.protectExempt) meeting = await protectedOrRefused(deps.protectExempt, { committee, meeting }, laterBodyReaders, builtInRead);
  await checkExemptPermissions(deps.repository, { committee, meeting }, [], laterBodyReaders);
  const open = publicVersion({ committee, meeting }).meeting;
  onProgress?.({ step: 'innkalling' });
  const innkallingName = innkallingFileName(committee, meeting);
  const storeInnkalling = async (boardPackUrl: string | undefined) => {
    const docx = await renderers.renderInnkallingDocx({ committee, meeting: open }, boardPackUrl === undefined ? {} : { boardPackUrl });
    const bytes = new Blob([copyBytes(docx)], { type: DOCX_CONTENT_TYPE });
    return { docx: bytes, ref: await deps.repository.uploadDocument(committee, meeting, innkallingName, bytes) };
  };
  const safe = (url: string | undefined) => (url !== undefined && isSafeUrl(url) ? url : undefined);
  let boardPackUrl = pack && 'url' in pack ? pack.url : undefined;
  // A pack made now: the innkalling is stored once, already linking to where the pack will be (its
  // address in the meeting folder is known before it is stored), and the pack holds that very innkalling.
  const packAddress = pack && 'build' in pack ? safe(await deps.repository.documentAddress(committee, meeting, boardPackFileName({ committee, meeting }))) : undefined;
  let { docx, ref: innkalling } = await storeInnkalling(packAddress ?? boardPackUrl);
  if (pack && 'build' in pack) {
    const built = await pack.build.build({ committee, meeting: { ...meeting, innkalling } }, (progress) => onProgress?.(packProgress(progress)));
    boardPackUrl = safe(built.ref.webUrl);
    // Only should SharePoint have given the pack another address is the innkalling stored again, with
    // that one (same name, same place: replaced), so the invite and the innkalling link alike.
    if (boardPackUrl !== packAddress) ({ docx, ref: innkalling } = await storeInnkalling(boardPackUrl));
  }

  const bodyHtml = renderers.renderAgendaHtml({ committee, meeting: open }, {
    attachmentLinks: links,
    attachmentMode: mode,
    changeSummary,
    ...meetingUrl,
    ...(boardPackUrl === undefined ? {} : { boardPackUrl }),
  });
  const files: InviteFile[] = [{ name: innkallingName, ref: innkalling, content: docx }];
  for (const { attachment, name } of inviteVedlegg(open, mode).filter((entry) => entry.attached)) {
    const size = attachment.size;
    if (size !== undefined) {
      const check = validateAttachmentSize(size);
      if (!check.ok) throw new DomainError('invalidFileName', { key: 'attachmentRefused', values: { attachment: attachment.title, problem: check.reason } });
    }
    const downloadUrl = downloadUrls.get(attachment.id);
    files.push({ name, ref: attachment, attachmentId: attachment.id, ...(downloadUrl ? { downloadUrl } : {}) });
  }
  assertNoExemptContentLeaves({ committee, meeting }, { bodyHtml, fileNames: files.map((file) => file.name) });
  return {
    meeting,
    innkalling,
    ...(boardPackUrl === undefined ? {} : { boardPackUrl }),
    files,
    carried: builtInRead.size === 0 ? {} : { carriedBuiltInRead: [...builtInRead] },
    event: {
      subject: `${meeting.theme ?? committee.name} ${formatDateShort(meeting.date)}`,
      start: `${meeting.date}T${eventStart(meeting)}:00`,
      end: `${meeting.date}T${meeting.end}:00`,
      // Exchange makes the Teams meeting and appends its join block to the body every attendee
      // receives when isOnlineMeeting is set, so Møtebok adds no link of its own; the place stays the room.
      location: meeting.place,
      online: meeting.online,
      bodyHtml,
    },
  };
}

/**
 * What the message carries besides its vedlegg (domain/inviteSize.ts `inviteCarriedBytes`): the innkalling and the body
 * rendered as they will go, before anything is stored, to be counted with the vedlegg. Rendered again once exempt files
 * are protected (their addresses change); only when vedlegg are attached, since only then can the message near the limit.
 * A pack made in this send has no address yet: two link allowances stand in for it (body and innkalling).
 */
async function carriedBytes(
  renderers: NoticeRenderers,
  file: { committee: Committee; meeting: Meeting },
  body: AgendaHtmlOptions,
  pack: PackChoice,
): Promise<number> {
  const open = { committee: file.committee, meeting: publicVersion(file).meeting };
  const attaches = inviteVedlegg(open.meeting, file.committee.attachmentMode).some((entry) => entry.attached);
  if (!attaches) return 0;
  const packUrl = pack && 'url' in pack ? { boardPackUrl: pack.url } : {};
  const docx = await renderers.renderInnkallingDocx(open, packUrl);
  return inviteCarriedBytes(docx.byteLength, renderers.renderAgendaHtml(open, { ...body, ...packUrl }), pack && 'build' in pack ? 2 : 0);
}

/**
 * The permission step (exempt vedlegg into their sak's folder, unique permissions) failed: nothing
 * goes out, since the library might still let someone without access open them. Said as such, with
 * Graph's reason; an offline failure stays what it is (the screen offers to try again).
 */
async function protectedOrRefused(
  protect: NonNullable<NoticeSenderDeps['protectExempt']>,
  file: { committee: Committee; meeting: Meeting },
  laterBodyReaders: Map<string, Set<string>>,
  builtInRead: Set<string>,
): Promise<Meeting> {
  try {
    return await protect(file, laterBodyReaders, builtInRead);
  } catch (error) {
    if (isDomainError(error) || error instanceof OfflineError) throw error;
    throw new DomainError('exemptContentExposed', { key: 'exempt.notProtected', values: { failure: failureReason(error) } }, undefined, { cause: error });
  }
}

/** The pack's progress as a line of the sending progress: document by document, then storing. */
function packProgress(progress: BoardPackBuildProgress): NoticeProgress {
  if (progress.phase === 'store') return { step: 'pack', phase: 'store', index: progress.total, count: progress.total };
  return { step: 'pack', phase: 'document', index: progress.done, count: progress.total };
}

/** Adds the files the event lacks, removes those it should no longer carry, replaces changed ones. */
async function syncAttachments(
  deps: NoticeSenderDeps,
  eventId: string,
  files: readonly InviteFile[],
  replace: ReadonlySet<string>,
  onProgress?: (progress: NoticeProgress) => void,
): Promise<void> {
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
    const bytes = file.content
      ? undefined
      : file.downloadUrl
        ? await deps.repository.files.downloadFrom(file.downloadUrl)
        : await deps.repository.downloadDocument(file.ref);
    const content = file.content ?? new Blob([copyBytes(bytes ?? new Uint8Array())], { type: file.ref.contentType ?? 'application/octet-stream' });
    (content.size < INLINE_ATTACHMENT_MAX_BYTES ? small : large).push({ name: file.name, content });
  }
  const sizes = new Map([...small, ...large].map((file) => [file.name, file.content.size]));
  const report = (name: string, index: number, progress: UploadProgress) =>
    onProgress?.({ step: 'attachment', fileName: name, index, count, ...progress });
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

/**
 * One $batch: each stored vedlegg as the library has it now (its eTag says whether the file changed
 * since it was sent; its size is what will be attached; its pre-authenticated download URL, so the
 * bytes cost one request each and no id or URL lookup) and, when the committee shares by link, its
 * sharing link (Graph returns the existing link for the same type and scope). Items are addressed
 * through the site's library (`/sites/{site}/drive/items/{id}`): no drive id is looked up first.
 */
async function readLibrary(
  repository: SharePointMeetingRepository,
  attachments: readonly Attachment[],
  withLinks: boolean,
): Promise<{ current: Map<string, { eTag?: string; size?: number }>; links: Record<string, string>; downloadUrls: Map<string, string> }> {
  const steps: BatchStep[] = attachments.flatMap((attachment, index) => {
    const item = `/sites/${repository.siteId}/drive/items/${encodeURIComponent(attachment.driveItemId ?? '')}`;
    const read: BatchStep = { id: `file-${index}`, method: 'GET', url: `${item}?$select=id,name,eTag,size,@microsoft.graph.downloadUrl` };
    return withLinks ? [read, { id: `link-${index}`, method: 'POST', url: `${item}/createLink`, body: { type: 'view', scope: 'organization' } }] : [read];
  });
  const answers = await runBatch(repository.storageClient, steps);
  const current = new Map<string, { eTag?: string; size?: number }>();
  const links: Record<string, string> = {};
  const downloadUrls = new Map<string, string>();
  attachments.forEach((attachment, index) => {
    const file = answerOrThrow(answers, `file-${index}`, DriveItemSchema());
    current.set(attachment.id, { ...(file.eTag ? { eTag: file.eTag } : {}), ...(file.size !== undefined ? { size: file.size } : {}) });
    const downloadUrl = file['@microsoft.graph.downloadUrl'];
    if (typeof downloadUrl === 'string' && downloadUrl.startsWith('https:')) downloadUrls.set(attachment.id, downloadUrl);
    if (withLinks) links[attachment.id] = answerOrThrow(answers, `link-${index}`, SharingLinkSchema()).link.webUrl;
  });
  return { current, links, downloadUrls };
}

/** The meeting with each vedlegg's eTag and size as the library has them now. */
function withCurrentFiles(meeting: Meeting, current: ReadonlyMap<string, { eTag?: string; size?: number }>): Meeting {
  return {
    ...meeting,
    items: meeting.items.map((item) => ({
      ...item,
      attachments: item.attachments.map((attachment) => {
        const now = current.get(attachment.id);
        return now ? { ...attachment, ...now } : attachment;
      }),
    })),
  };
}

/**
 * The agenda as sent, kept on the meeting row for the next "what changed" summary. The memo
 * background and what the meeting records are not part of the notice and not compared, so they
 * are left out: the row's data column must stay well under SharePoint's text column limit.
 */
export function snapshotOf(items: readonly AgendaItem[]): AgendaItem[] {
  // The meeting row is read by everyone with access to the meeting: a sak whose row is closed is kept
  // as its public stub (the change summary compares public versions anyway, confidentiality.ts `publicItems`).
  return items.map((item) => {
    const { voting: _voting, ...kept } = hasClosedRow(item) ? exemptStub(item) : item;
    return { ...kept, background: [], proceedings: [], conclusion: [] };
  });
}

/** A fresh ArrayBuffer-backed copy: Blob parts must not be views on a shared or resizable buffer. */
function copyBytes(bytes: Uint8Array): ArrayBuffer {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy.buffer;
}
