import { numberAttachments } from '../../domain/attachments';
import { suggestSafeFileName, validateFileName, type FileNameProblem } from '../../domain/fileNames';
import { validateAttachmentSize } from '../../domain/attachmentSize';
import type { DomainReason } from '../../domain/errors';
import type { Attachment, AttachmentMode, DocumentRef, Meeting } from '../../domain/model';

/** What to do with a file the user dropped, before anything is sent anywhere. */
export type UploadCheck =
  | { ok: true; fileName: string }
  | { ok: false; reason: 'name'; problems: FileNameProblem[]; suggestion: string }
  | { ok: false; reason: 'size'; size: DomainReason };

/**
 * Checks a vedlegg: a name SharePoint refuses gets the rules' problems and a safe suggestion the
 * user may accept; a size that cannot go with the invite (when vedlegg are attached as files) is
 * refused with the limit. Both as data, worded by the screen in the user's language.
 */
export function checkUpload(name: string, size: number, mode: AttachmentMode): UploadCheck {
  if (mode !== 'link') {
    const sizeCheck = validateAttachmentSize(size);
    if (!sizeCheck.ok) return { ok: false, reason: 'size', size: sizeCheck.reason };
  }
  const nameCheck = validateFileName(name);
  if (!nameCheck.ok) return { ok: false, reason: 'name', problems: nameCheck.problems, suggestion: suggestSafeFileName(name) };
  return { ok: true, fileName: nameCheck.name };
}

/** "Referat PM 05.06.25.pdf" → "Referat PM 05.06.25": what the agenda calls the vedlegg. */
export function titleFromFileName(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  const title = (dot > 0 ? fileName.slice(0, dot) : fileName).trim();
  return title === '' ? fileName : title;
}

/** Adds an uploaded file to an item as a vedlegg, numbering vedlegg meeting-wide (kept once sent). */
export function withAttachment(meeting: Meeting, itemId: string, ref: DocumentRef, id: string): Meeting {
  const attachment: Attachment = { ...ref, id, title: titleFromFileName(ref.fileName) };
  const items = meeting.items.map((item) => (item.id === itemId ? { ...item, attachments: [...item.attachments, attachment] } : item));
  return { ...meeting, items: numberAttachments(items, meeting.status !== 'draft') };
}

export function withoutAttachment(meeting: Meeting, itemId: string, attachmentId: string): Meeting {
  const items = meeting.items.map((item) => (item.id === itemId ? { ...item, attachments: item.attachments.filter((a) => a.id !== attachmentId) } : item));
  return { ...meeting, items: numberAttachments(items, meeting.status !== 'draft') };
}
