import { caseLabel } from './caseNumbering';
import { wordingOf } from './conventions';
import { formatDateShort } from './dates';
import { extensionOf, suggestSafeFileName, suggestSafeFolderName } from './fileNames';
import type { AgendaItem, Attachment, Committee, Meeting } from './model';

/**
 * Vedlegg numbering and the names of the files Møtebok writes to the meeting folder, following
 * the seeds: "Vedlegg 1 - Sak 2026.02 Referat fra partnerskapsmøtet 05.06.25",
 * "2025.04 Saksgrunnlag Status handlingsplan 2025 PM 05.06.25.docx",
 * "Innkalling Partnerskapsmøtet 11.06.26.docx", folder "Partnerskapsmøtet/2026-06-11 PM".
 * The words are the same in bokmål and nynorsk, so no language form is needed.
 *
 * Item titles often contain ':' or '/' ("Sak: Handlingsplan 2025/2026"). These are names we
 * build, not names the user typed, so they are made safe with suggestSafeFileName directly
 * rather than refused.
 */

/**
 * Generated names are kept to this length although SharePoint allows 255: the whole decoded
 * path (site, library, committee folder, meeting folder, name) must stay under 400 characters.
 */
export const GENERATED_NAME_MAX_LENGTH = 150;

/**
 * Meeting-wide running numbers 1, 2, 3 … in agenda order (item by item, then within the item).
 *
 * With `keepExisting` (once the notice is sent) numbers already given stay — invitees and the
 * stored file names ("Vedlegg 2 - Sak …") use them — and new vedlegg get the next number after the
 * highest in the meeting, as case numbers do.
 */
export function numberAttachments(items: readonly AgendaItem[], keepExisting = false): AgendaItem[] {
  if (!keepExisting) {
    let number = 1;
    return items.map((item) => ({
      ...item,
      attachments: item.attachments.map((attachment) => ({ ...attachment, number: number++ })),
    }));
  }
  let next = Math.max(0, ...items.flatMap((item) => item.attachments.map((attachment) => attachment.number ?? 0))) + 1;
  return items.map((item) => ({
    ...item,
    attachments: item.attachments.map((attachment) => (attachment.number === undefined ? { ...attachment, number: next++ } : attachment)),
  }));
}

/** "Vedlegg 1 - Sak 2026.02 Referat fra partnerskapsmøtet 05.06.25", "Vedlegg 1 - Sak 03-26 …" (number and case number left out when missing). */
export function attachmentLabel(attachment: Attachment, item: AgendaItem): string {
  const vedlegg = attachment.number === undefined ? 'Vedlegg' : `Vedlegg ${attachment.number}`;
  const sak = item.caseNumber === null ? '' : `${caseLabel(item.caseNumber)} `;
  return `${vedlegg} - ${sak}${attachment.title.trim()}`;
}

/** Joins a fixed head and tail around a title, shortening only the title, and makes the result safe. */
function generatedName(head: string, title: string, tail: string, extension: string): string {
  const separators = [head, tail].filter((part) => part !== '').length;
  const room = GENERATED_NAME_MAX_LENGTH - [...head].length - [...tail].length - [...extension].length - separators;
  const titleChars = [...title.replace(/\s+/g, ' ').trim()];
  const shortTitle = titleChars.length > room ? titleChars.slice(0, Math.max(1, room - 1)).join('').trimEnd() + '…' : titleChars.join('');
  const parts = [head, shortTitle, tail].filter((part) => part !== '').join(' ');
  return suggestSafeFileName(`${parts}${extension}`);
}

/** "2025.04 Saksgrunnlag Status handlingsplan 2025 PM 05.06.25.docx" — the saksframlegg of an item. */
export function caseMemoFileName(item: AgendaItem, committee: Committee, meeting: Meeting): string {
  const head = item.caseNumber === null ? 'Saksgrunnlag' : `${item.caseNumber} Saksgrunnlag`;
  return generatedName(head, item.title, `${committee.shortName} ${formatDateShort(meeting.date)}`, '.docx');
}

/**
 * "Vedlegg 1 - Sak 2026.02 Referat fra partnerskapsmøtet 05.06.25.pdf" — the name an uploaded
 * vedlegg is stored under in the meeting folder; the extension comes from the uploaded file.
 */
export function attachmentFileName(attachment: Attachment, item: AgendaItem): string {
  const extension = extensionOf(attachment.fileName);
  const title = extension !== '' && attachment.title.toLowerCase().endsWith(extension.toLowerCase())
    ? attachment.title.slice(0, -extension.length)
    : attachment.title;
  const head = attachmentLabel({ ...attachment, title: '' }, item).trim();
  return generatedName(head, title, '', extension);
}

export type DocumentExtension = 'docx' | 'pdf';

/** "Innkalling Partnerskapsmøtet 11.06.26.docx" */
export function innkallingFileName(committee: Committee, meeting: Meeting, extension: DocumentExtension = 'docx'): string {
  return generatedName('Innkalling', committee.name, formatDateShort(meeting.date), `.${extension}`);
}

/**
 * The record's title in its parts: the committee's word for its record (`conventions.minutes`: Referat, Protokoll,
 * Møteprotokoll; «Protokoll fra møte i» when `conventions.recordFromMeeting`), its name and the meeting's date. The one place the title is decided: the referat's heading
 * and document title (`documents/docx/referatDocx.ts`) say `recordTitle`, its file in the meeting folder (and so in
 * Teams and SharePoint) is named `referatFileName`, and the referat mail's subject names the record by the same word.
 */
function recordTitleParts(committee: Pick<Committee, 'conventions' | 'languageForm' | 'name'>, meeting: Pick<Meeting, 'date'>): [string, string, string] {
  return [recordHeadOf(committee), committee.name, formatDateShort(meeting.date)];
}

/** What the record's heading says before the committee's name: «Protokoll», or «Protokoll fra møte i» (nn «frå») when `conventions.recordFromMeeting`. */
export function recordHeadOf(committee: Pick<Committee, 'conventions' | 'languageForm'>): string {
  const record = wordingOf(committee.conventions, committee.languageForm).minutes.word;
  return committee.conventions?.recordFromMeeting === true ? `${record} ${committee.languageForm === 'nn' ? 'frå' : 'fra'} møte i` : record;
}

/** «Referat Partnerskapsmøtet 11.06.26», «Møteprotokoll Dømevik kommunestyre 10.12.24»: the record's heading. */
export function recordTitle(committee: Pick<Committee, 'conventions' | 'languageForm' | 'name'>, meeting: Pick<Meeting, 'date'>): string {
  return recordTitleParts(committee, meeting).join(' ');
}

/** "Referat Partnerskapsmøtet 11.06.26.docx"; the record's title (`recordTitle`, "Protokoll Styret … .docx") made a file name. */
export function referatFileName(committee: Committee, meeting: Meeting, extension: DocumentExtension = 'docx'): string {
  const [record, name, date] = recordTitleParts(committee, meeting);
  return generatedName(record, name, date, `.${extension}`);
}

/** "Partnerskapsmøtet/2026-06-11 PM": one folder per committee, one per meeting (ISO date sorts by time). */
/** The committee's folder in the library: every meeting folder is in it (and inherits its permissions). */
export function committeeFolderName(committee: Committee): string {
  return suggestSafeFolderName(committee.name, true, 100);
}

export function meetingFolderPath(committee: Committee, meeting: Meeting): string {
  const committeeFolder = committeeFolderName(committee);
  const meetingFolder = suggestSafeFolderName(`${meeting.date} ${committee.shortName}`, false, 100);
  return `${committeeFolder}/${meetingFolder}`;
}

/** The meeting's folder for content unntatt offentlighet: one subfolder per sak, each with its own permissions. */
export const EXEMPT_FOLDER_NAME = 'Unntatt offentlighet';

/**
 * "Partnerskapsmøtet/2026-06-11 PM/Unntatt offentlighet/Referat" ("…/Protokoll"): the closed folder
 * where the referat of a meeting with content unntatt offentlighet is kept (`referatAccess.ts`),
 * named by the committee's word for its record. Beside the saks' folders ("Sak 2026.04"), never one of them.
 */
export function referatFolderPath(committee: Committee, meeting: Meeting): string {
  const record = wordingOf(committee.conventions, committee.languageForm).minutes.word;
  return `${meetingFolderPath(committee, meeting)}/${EXEMPT_FOLDER_NAME}/${suggestSafeFolderName(record, false, 100)}`;
}

/** "Partnerskapsmøtet/2026-06-11 PM/Unntatt offentlighet/Sak 2026.04": where a sak's exempt vedlegg are kept. */
export function exemptFolderPath(committee: Committee, meeting: Meeting, item: Pick<AgendaItem, 'id' | 'caseNumber'>): string {
  return `${meetingFolderPath(committee, meeting)}/${EXEMPT_FOLDER_NAME}/${suggestSafeFolderName(item.caseNumber === null ? item.id : `Sak ${item.caseNumber}`, false, 100)}`;
}
