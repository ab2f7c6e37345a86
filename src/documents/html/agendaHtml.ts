import { basisText, exemptionLine, publicTitleOf } from '../../domain/confidentiality';
import { formatMegabytes } from '../../domain/limits';
import { isSafeUrl } from '../../domain/safeUrl';
import { formatDateLong, formatDeadline } from '../../domain/dates';
import { writtenTreatmentWords } from '../../domain/writtenTreatmentWords';
import type { AgendaItem, AttachmentMode, LanguageForm, MeetingFile } from '../../domain/model';
import {
  ARCHIVE_REF_COLUMN,
  archiveColumnShown,
  archiveRefOf,
  archiveRefTexts,
  attachmentReferences,
  chairFact,
  committeeFact,
  documentHeading,
  kindLabels,
  labelledAttachments,
  letterClosingLines,
  letterFacts,
  minuteTakerFact,
  proposalLabel,
  subItemHeading,
  siteVisitFact,
  publicMeetingLine,
  whenAndPlaceFacts,
  type LabelledAttachment,
} from '../meetingFacts';
import { documentTexts, type DocumentTexts } from '../texts';
import { escapeHtml, safeHref } from './escapeHtml';
import { P_STYLE, pointsHtml, richTextHtml } from './richTextHtml';

/**
 * The saksliste as the body of the calendar invite. It must look right in Outlook desktop (Word's
 * HTML engine), Outlook on the web, new Outlook and Teams: one table with inline styles, no CSS
 * classes, no flex/grid, no images, no external resources, no script.
 *
 * The block is delimited by two HTML comments. Comments survive Exchange's storage of the event
 * body (Graph returns bodies that carry Exchange's own "<!-- converted from text -->" comment) and
 * are invisible to attendees, while element ids are rewritten by Outlook when it quotes a body
 * ("x_motebok-agenda"). So the add-in finds the block by the comments and replaces only what lies
 * between them (`replaceAgendaBlock`), keeping whatever the organiser wrote around it.
 */
export const AGENDA_BLOCK_START = '<!-- motebok:agenda:start -->';
export const AGENDA_BLOCK_END = '<!-- motebok:agenda:end -->';

/** Per sak id the https address of its closed folder, and the words its row says them in (the sender's: domain/writtenTreatment.ts). */
export interface ExemptLinks {
  urls: Readonly<Record<string, string>>;
  /** The saker taken from an earlier body whose exempt documents go, by their own addresses, in a mail of their own to those entitled. */
  separately?: readonly string[];
  /** `alsoSeparately`: said under the link of a sak that has exempt files both behind it and with the earlier body. */
  words: { link: string; note: string; separately: string; alsoSeparately: string };
}

export interface AgendaHtmlOptions {
  /** SharePoint links per attachment id; falls back to the attachment's own webUrl. */
  attachmentLinks?: Record<string, string>;
  /** Defaults to the committee's setting. */
  attachmentMode?: AttachmentMode;
  /** Lines for an update ("Sak 2026.04 er lagt til"), shown above the saksliste. */
  changeSummary?: string[];
  /** Vedlegg that did not go as planned (too large, not stored …), said below the saksliste. */
  attachmentNotes?: readonly AttachmentNote[];
  /** The meeting in Møtebok ("Åpne møtet i Møtebok"), last in the block; left out unless http(s). */
  meetingUrl?: string;
  /**
   * A written treatment's saker with content unntatt offentlighet: per sak id, the https address of its closed folder in
   * SharePoint (saksframlegg and exempt vedlegg; graph/writtenTreatmentSender.ts), linked in its row instead of the text,
   * and each exempt vedlegg of the sak linked to it under «Vedlegg», an open sak's too.
   */
  exemptLinks?: ExemptLinks;
  /** The møtebok PDF in the meeting folder (its SharePoint webUrl): «Møtebok (PDF)» under the facts; left out unless https. */
  boardPackUrl?: string;
}

/**
 * A vedlegg the invite could not carry as a file, and why. The caller (the Outlook add-in) decides
 * which; the words are the committee's målform, like the rest of the block.
 */
export interface AttachmentNote {
  /** "Vedlegg 2 - Sak 2026.03 …" */
  label: string;
  reason: 'tooLarge' | 'totalTooLarge' | 'cannotAttach' | 'notStored';
  /** The limit that was passed, in bytes (tooLarge, totalTooLarge). */
  limitBytes?: number;
}

function noteText(note: AttachmentNote, t: DocumentTexts): string {
  const limit = formatMegabytes(note.limitBytes ?? 0);
  switch (note.reason) {
    case 'tooLarge':
      return t.attachmentTooLarge(note.label, limit);
    case 'totalTooLarge':
      return t.attachmentsTotalTooLarge(note.label, limit);
    case 'cannotAttach':
      return t.attachmentCannotAttach(note.label);
    case 'notStored':
      return t.attachmentNotStored(note.label);
  }
}

// No text or background colours: Outlook and Teams re-colour the body for dark and high-contrast
// themes, and a fixed black text or a light cell background would defeat that.
const FONT = 'font-family:Calibri,Arial,Helvetica,sans-serif;font-size:11pt;';
const TABLE = 'border-collapse:collapse;width:100%;border:1px solid #808080;';
const TH = 'border:1px solid #808080;padding:4px 6px;text-align:left;vertical-align:top;font-weight:bold;border-bottom:2px solid #808080;';
const TD = 'border:1px solid #808080;padding:4px 6px;text-align:left;vertical-align:top;';

function attachmentLine(
  entry: LabelledAttachment,
  mode: AttachmentMode,
  links: Record<string, string>,
  t: DocumentTexts,
  form: LanguageForm,
  exemptFolder?: string,
): string {
  // Unntatt offentlighet: never attached or linked by its own address in the body every invitee reads (confidentiality.ts:
  // the address carries the file's name, which `hiddenTexts` keeps). A written treatment links it, as its exempt saker, to
  // the sak's closed folder (`AgendaHtmlOptions.exemptLinks`), which opens only for those with access.
  if (entry.attachment.exemption) {
    // Shown by the generic title («Unntatt offentlighet») the line says it already: the hjemmel alone follows, not the words twice.
    const generic = entry.attachment.title === publicTitleOf({}, form);
    const basis = `(${escapeHtml(generic ? basisText(entry.attachment.exemption, form) : exemptionLine(entry.attachment.exemption, form))})`;
    const folder = exemptFolder === undefined ? undefined : safeHref(exemptFolder);
    return folder === undefined ? `${escapeHtml(entry.label)} ${basis}` : `<a href="${folder}" style="text-decoration:underline;">${escapeHtml(entry.label)}</a> ${basis}`;
  }
  const url = links[entry.attachment.id] ?? entry.attachment.webUrl;
  const href = url === undefined ? undefined : safeHref(url);
  const label = escapeHtml(entry.label);
  const linked = href === undefined ? label : `<a href="${href}" style="text-decoration:underline;">${label}</a>`;
  // Say only what is true: a link is promised only when there is an address to follow.
  if (mode === 'file') return `${label} (${t.attachedAsFile})`;
  if (href === undefined) return mode === 'fileAndLink' ? `${label} (${t.attachedAsFile})` : label;
  return mode === 'link' ? `${linked} (${t.attachedAsLink})` : `${linked} (${t.attachedAsFileAndLink})`;
}

/** The pack's address, escaped, when it is one Møtebok links to (https; never mailto). */
function boardPackHref(url: string | undefined): string | undefined {
  return url !== undefined && isSafeUrl(url) ? escapeHtml(url) : undefined;
}

function introFor(mode: AttachmentMode, t: DocumentTexts): string {
  return mode === 'file' ? t.attachmentsIntroFile : mode === 'link' ? t.attachmentsIntroLink : t.attachmentsIntroFileAndLink;
}

function factRow(label: string, valueHtml: string): string {
  return `<tr><th scope="row" style="${TD}border:none;padding:1px 12px 1px 0;font-weight:bold;">${escapeHtml(label)}</th><td style="${TD}border:none;padding:1px 0;">${valueHtml}</td></tr>`;
}

/** A written treatment's link to a sak's closed folder (`AgendaHtmlOptions.exemptLinks`): https only, with why the sak is not in the mail. */
function exemptLinkHtml(itemId: string, exemptLinks: ExemptLinks | undefined): string {
  if (exemptLinks === undefined) return '';
  const { words } = exemptLinks;
  const url = exemptLinks.urls[itemId];
  const href = url === undefined ? undefined : safeHref(url);
  // Under the link, the carried files are those that came with the sak, not all of its exempt documents.
  const carried = href === undefined ? words.separately : words.alsoSeparately;
  const separately = exemptLinks.separately?.includes(itemId) === true ? `<p style="${P_STYLE}margin-top:6px;font-size:10pt;">${escapeHtml(carried)}</p>` : '';
  if (href === undefined) return separately;
  return `<p style="${P_STYLE}margin-top:6px;"><a href="${href}" style="text-decoration:underline;">${escapeHtml(words.link)}</a></p><p style="${P_STYLE}font-size:10pt;">${escapeHtml(words.note)}</p>${separately}`;
}

function itemRow(file: MeetingFile, item: AgendaItem, t: DocumentTexts, exemptLink = '', archiveColumn = false): string {
  const archive = archiveRefTexts(item, t, archiveColumn);
  const first =
    item.caseNumber === null
      ? archive.map(escapeHtml).join('<br>')
      : [`<b>${escapeHtml(item.caseNumber)}</b>`, ...[...attachmentReferences(item, t), ...kindLabels(item, t), ...archive].map(escapeHtml)].join('<br>');
  const archiveCell = archiveColumn ? `<td style="${TD}width:12%;">${escapeHtml(archiveRefOf(item))}</td>` : '';
  const subItems = item.subItems.map((sub, index) => `<p style="${P_STYLE}margin-top:6px;"><b>${escapeHtml(subItemHeading(sub, index, item, t))}</b></p>${richTextHtml(sub.summary)}`).join('');
  const proposal = item.proposedConclusion.length === 0 ? '' : `<p style="${P_STYLE}margin-top:6px;"><u>${escapeHtml(proposalLabel(file, item, t))}</u></p>${pointsHtml(item.proposedConclusion, file.committee.conventions)}`;
  // A sak taken from an earlier body in its saksgang says where it comes from, as the innkalling does (its behandling and
  // innstilling are in the innkalling; the innstilling is also the proposal below).
  const earlier = (item.earlierTreatments ?? [])
    .map((treatment) => `<p style="${P_STYLE}margin-top:6px;">${escapeHtml(t.treatedBy(treatment.body, formatDateLong(treatment.date), treatment.caseNumber))}</p>`)
    .join('');
  const content = `<p style="${P_STYLE}"><b>${escapeHtml(item.title)}</b></p>${richTextHtml(item.summary)}${earlier}${subItems}${proposal}${exemptLink}`;
  const presenters = item.presenters.map((person) => escapeHtml(person.name)).join('<br>');
  return `<tr><td style="${TD}width:15%;">${first}</td>${archiveCell}<td style="${TD}">${content}</td><td style="${TD}width:22%;">${presenters}</td></tr>`;
}

export function renderAgendaHtml(file: MeetingFile, options: AgendaHtmlOptions = {}): string {
  const t = documentTexts(file.committee);
  // A written treatment (domain/writtenTreatment.ts): the saker put to the board by mail, answered by the Svarfrist; no
  // time and place, and the vedlegg as links only (the mail carries no files).
  const written = file.meeting.written === undefined ? undefined : writtenTreatmentWords(file.committee.languageForm);
  const mode = written !== undefined ? 'link' : (options.attachmentMode ?? file.committee.attachmentMode);
  const links = options.attachmentLinks ?? {};
  const parts: string[] = [];

  const changes = options.changeSummary ?? [];
  if (changes.length > 0) {
    parts.push(
      `<table cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;width:100%;margin:0 0 12px 0;"><tr><td style="border-left:4px solid #C55A11;padding:6px 10px;">` +
        `<p style="${P_STYLE}"><b>${escapeHtml(t.changesSinceLast)}</b></p><ul style="margin:0;padding-left:20px;">${changes.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul></td></tr></table>`,
    );
  }

  const heading = written === undefined ? documentHeading(file) : `${written.putTitle} ${written.in} ${file.committee.name}`;
  parts.push(`<p style="${P_STYLE}font-size:14pt;"><b>${escapeHtml(heading)}</b></p>`);
  const whenRows: [string, string][] = written === undefined ? whenAndPlaceFacts(file, t) : [[written.deadline, formatDeadline(file.meeting)]];
  const when = whenRows.map(([label, value]) => factRow(label, escapeHtml(value)));
  // «Utvalg: …» first where the committee's innkalling prints it (`conventions.noticeCommittee`), as the .docx does.
  const committee = committeeFact(file, t);
  const facts = [...(committee === undefined ? [] : [committee]), ...letterFacts(file, t)].map(([label, value]) => factRow(label, escapeHtml(value)));
  facts.push(...when);
  const visit = siteVisitFact(file, t);
  if (visit !== undefined) facts.push(factRow(visit[0], escapeHtml(visit[1])));
  // The innkalling's words (innkallingDocx.ts): for an årsmøte the one who opens it, not a «Møteleder» (`chairFact`).
  for (const fact of [chairFact(file, t, false), minuteTakerFact(file, t, false)]) if (fact !== undefined) facts.push(factRow(fact[0], escapeHtml(fact[1])));
  const attachments = labelledAttachments(file);
  if (attachments.length > 0) facts.push(factRow(t.attachments, attachments.map((entry) => attachmentLine(entry, mode, links, t, file.committee.languageForm, options.exemptLinks?.urls[entry.item.id])).join('<br>')));
  parts.push(`<table cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;margin:0 0 6px 0;">${facts.join('')}</table>`);
  if (attachments.length > 0) parts.push(`<p style="${P_STYLE}">${escapeHtml(introFor(mode, t))}</p>`);
  const publicLine = publicMeetingLine(file, t);
  if (publicLine !== undefined) parts.push(`<p style="${P_STYLE}">${escapeHtml(publicLine)}</p>`);
  if (written !== undefined) parts.push(`<p style="${P_STYLE}"><b>${escapeHtml(written.ask(formatDeadline(file.meeting)))}</b></p>`);
  const packHref = boardPackHref(options.boardPackUrl);
  if (packHref !== undefined) parts.push(`<p style="${P_STYLE}"><a href="${packHref}" style="text-decoration:underline;">${escapeHtml(t.boardPackLink)}</a></p>`);
  // The vedlegg's sharing links and the pack open only for an account in the organisation that owns the folder:
  // a member from another organisation is told so, and whom to ask (web pages linked as vedlegg are public).
  const folderLinked = mode !== 'file' && attachments.some((entry) => !entry.attachment.exemption && links[entry.attachment.id] !== undefined && safeHref(links[entry.attachment.id] ?? '') !== undefined);
  if (folderLinked || packHref !== undefined) parts.push(`<p style="${P_STYLE}font-size:10pt;">${escapeHtml(t.linksNeedAccount)}</p>`);
  parts.push(richTextHtml(file.meeting.letter?.ingress ?? []));
  const absenceNotice = file.meeting.absenceNotice?.trim() ?? '';
  if (absenceNotice !== '') parts.push(`<p style="${P_STYLE}">${escapeHtml(absenceNotice)}</p>`);

  if (file.meeting.items.length === 0) {
    parts.push(`<p style="${P_STYLE}">${escapeHtml(t.noItems)}</p>`);
  } else {
    const archiveColumn = archiveColumnShown(file);
    const archiveHeader = archiveColumn ? `<th scope="col" style="${TH}">${escapeHtml(ARCHIVE_REF_COLUMN)}</th>` : '';
    const header = `<tr><th scope="col" style="${TH}">${escapeHtml(t.caseNumberColumn)}</th>${archiveHeader}<th scope="col" style="${TH}">${escapeHtml(t.contentColumn)}</th><th scope="col" style="${TH}">${escapeHtml(t.responsible)}</th></tr>`;
    // The list's name as the table's caption, whatever `noticeAgendaHeading` says: the invite prints no heading above the
    // table, so the caption is its one visible name and its accessible name, read once. With a heading above it too, a screen
    // reader would read the name twice; a heading naming the table by `aria-labelledby` would hang on an id that the mail's
    // rewriting need not keep (Outlook shows and re-saves a body through Word's HTML engine), while a caption names its table
    // by standing in it.
    parts.push(`<table cellpadding="0" cellspacing="0" border="0" style="${TABLE}"><caption style="text-align:left;font-weight:bold;padding:6px 0;">${escapeHtml(t.agenda)}</caption>${header}${file.meeting.items.map((item) => itemRow(file, item, t, exemptLinkHtml(item.id, options.exemptLinks), archiveColumn)).join('')}</table>`);
  }

  const closing = letterClosingLines(file);
  if (closing.length > 0) parts.push(`<p style="${P_STYLE}margin-top:12px;">${closing.map(escapeHtml).join('<br>')}</p>`);

  // Smaller than the agenda, without a colour of their own (themes re-colour the body).
  const noteStyle = `${P_STYLE}font-size:10pt;margin-top:6px;`;
  for (const note of options.attachmentNotes ?? []) parts.push(`<p style="${noteStyle}">${escapeHtml(noteText(note, t))}</p>`);
  const meetingHref = options.meetingUrl === undefined ? undefined : safeHref(options.meetingUrl);
  if (meetingHref !== undefined) parts.push(`<p style="${noteStyle}"><a href="${meetingHref}" style="text-decoration:underline;">${escapeHtml(t.openInMotebok)}</a></p>`);

  const lang = file.committee.languageForm === 'nn' ? 'nn' : 'nb';
  return `${AGENDA_BLOCK_START}<div lang="${lang}" style="${FONT}">${parts.join('')}</div>${AGENDA_BLOCK_END}`;
}

/**
 * Replaces Møtebok's block in an existing body, keeping what the organiser wrote around it; when
 * the body has no block (or a damaged one), the new block is appended after the body's content.
 */
export function replaceAgendaBlock(body: string, block: string): string {
  const start = body.indexOf(AGENDA_BLOCK_START);
  const end = start < 0 ? -1 : body.indexOf(AGENDA_BLOCK_END, start);
  if (start >= 0 && end >= 0) return body.slice(0, start) + block + body.slice(end + AGENDA_BLOCK_END.length);
  const closingBody = body.search(/<\/body>/i);
  return closingBody >= 0 ? body.slice(0, closingBody) + block + body.slice(closingBody) : body + block;
}
