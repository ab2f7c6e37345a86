import { caseMemoFileName, innkallingFileName, meetingFolderPath, referatFileName } from '../domain/attachments';
import { publicFileName, publicVersion } from '../domain/confidentiality';
import type { Committee, Meeting, MeetingFile } from '../domain/model';
import { renderInnkallingDocx, renderReferatDocx, renderSaksframleggDocx } from '../documents';
import type { FilesGateway } from './filesGateway';

/**
 * «Lag offentlig versjon»: the public versions (domain/confidentiality.ts `publicVersion`) of the
 * innkalling, each saksframlegg and, once the meeting is held, the referat, stored as PDF in the
 * meeting's «Offentlig» folder, ready for the body's website or eInnsyn. Each is rendered as .docx
 * from the public view, uploaded, converted by SharePoint (`GET …/content?format=pdf`), and the
 * .docx removed again, so the folder holds only what may be published.
 */

export const PUBLIC_FOLDER_NAME = 'Offentlig';

export interface PublicDocumentPlan {
  kind: 'innkalling' | 'saksframlegg' | 'referat';
  /** The sak of a saksframlegg. */
  itemId?: string;
  /** "Innkalling Partnerskapsmøtet 11.06.26 - offentlig versjon.pdf" */
  fileName: string;
}

export interface PublicVersionProgress {
  done: number;
  total: number;
  /** The file being made, or undefined when all are stored. */
  current?: string;
}

export const publicFolderPath = (committee: Committee, meeting: Meeting): string => `${meetingFolderPath(committee, meeting)}/${PUBLIC_FOLDER_NAME}`;

/**
 * What «Lag offentlig versjon» stores. File names come from the public view, so an exempt sak's
 * saksframlegg is named by its public title, never its real one.
 */
export function publicDocumentPlan(file: MeetingFile): PublicDocumentPlan[] {
  const { committee, meeting } = publicVersion(file);
  const form = committee.languageForm;
  const name = (full: string): string => publicFileName(full, form);
  const plan: PublicDocumentPlan[] = [{ kind: 'innkalling', fileName: name(innkallingFileName(committee, meeting, 'pdf')) }];
  for (const item of file.meeting.items) {
    if (item.caseMemo === undefined) continue;
    const shown = meeting.items.find((entry) => entry.id === item.id) ?? item;
    plan.push({ kind: 'saksframlegg', itemId: item.id, fileName: name(caseMemoFileName(shown, committee, meeting).replace(/\.docx$/, '.pdf')) });
  }
  if (meeting.status === 'held' || meeting.status === 'minutesApproved') plan.push({ kind: 'referat', fileName: name(referatFileName(committee, meeting, 'pdf')) });
  return plan;
}

function render(view: MeetingFile, entry: PublicDocumentPlan): Promise<Uint8Array> {
  switch (entry.kind) {
    case 'innkalling':
      return renderInnkallingDocx(view);
    case 'saksframlegg':
      return renderSaksframleggDocx(view, entry.itemId ?? '');
    case 'referat':
      return renderReferatDocx(view);
  }
}

export type PublicFiles = Pick<FilesGateway, 'upload' | 'downloadAsPdf' | 'delete' | 'findFolder' | 'children'>;

/** The names of the files «Lag offentlig versjon» would replace (asked about before it runs). */
export async function existingPublicFiles(files: PublicFiles, file: MeetingFile): Promise<string[]> {
  const folderId = await files.findFolder(publicFolderPath(file.committee, file.meeting));
  if (folderId === undefined) return [];
  const present = new Set((await files.children(folderId)).filter((child) => !child.folder).map((child) => child.name.toLowerCase()));
  return publicDocumentPlan(file)
    .map((entry) => entry.fileName)
    .filter((name) => present.has(name.toLowerCase()));
}

/** Renders, converts and stores each public version; returns the stored PDF names. */
export async function storePublicVersions(files: PublicFiles, file: MeetingFile, onProgress?: (progress: PublicVersionProgress) => void): Promise<string[]> {
  const view = publicVersion(file);
  const folder = publicFolderPath(file.committee, file.meeting);
  const plan = publicDocumentPlan(file);
  const stored: string[] = [];
  for (const [index, entry] of plan.entries()) {
    onProgress?.({ done: index, total: plan.length, current: entry.fileName });
    const docxName = entry.fileName.replace(/\.pdf$/, '.docx');
    const docx = await files.upload(folder, docxName, await render(view, entry), { conflictBehavior: 'replace' });
    try {
      const pdf = await files.downloadAsPdf(docx);
      await files.upload(folder, entry.fileName, pdf, { conflictBehavior: 'replace' });
    } finally {
      await files.delete(docx);
    }
    stored.push(entry.fileName);
  }
  onProgress?.({ done: plan.length, total: plan.length });
  return stored;
}
