import type { MeetingFile } from '../../../domain/model';
import { numberAttachments } from '../../../domain/attachments';

/**
 * The 2026 seed as it would be once its documents are in SharePoint: every vedlegg numbered and
 * with a drive item, a link and a size (the fixture itself has none, it is a transcription).
 */
export function withStoredDocuments(file: MeetingFile, sizes: Record<string, number> = {}): MeetingFile {
  const items = numberAttachments(file.meeting.items).map((item) => ({
    ...item,
    attachments: item.attachments.map((attachment) => ({
      ...attachment,
      driveItemId: attachment.driveItemId ?? `drive-${attachment.id}`,
      webUrl: attachment.webUrl ?? `https://siv.sharepoint.com/sites/pm/Delte%20dokumenter/${encodeURIComponent(attachment.fileName)}`,
      size: sizes[attachment.id] ?? attachment.size ?? 12,
    })),
  }));
  return { ...file, meeting: { ...file.meeting, items } };
}
