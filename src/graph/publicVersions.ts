import type { DocumentRef, MeetingFile } from '../domain/model';
import { publicDocumentPlan, publicFolderPath, publishedView, type PublicDocumentPlan, type PublicVersionProgress } from '../domain/publicDocuments';
import { renderInnkallingDocx, renderReferatDocx, renderSaksframleggDocx } from '../documents';
import type { FilesGateway } from './filesGateway';

/**
 * «Lag offentlig versjon»: the public versions (domain/confidentiality.ts `publicVersion`) of the
 * innkalling, each saksframlegg and, once the meeting is held, the referat (`publishedView`: no join link), stored as PDF in the
 * meeting's «Offentlig» folder, ready for the body's website or eInnsyn. Each is rendered as .docx
 * from the public view, uploaded, converted by SharePoint (`GET …/content?format=pdf`), and the
 * .docx removed again, so the folder holds only what may be published. What is made and its names:
 * domain/publicDocuments.ts.
 */

export type { PublicVersionProgress };

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

/** Renders, converts and stores each public version; returns the stored PDFs (with their addresses, for the dialog to link). */
export async function storePublicVersions(
  files: PublicFiles,
  file: MeetingFile,
  onProgress?: (progress: PublicVersionProgress) => void,
): Promise<DocumentRef[]> {
  const view = publishedView(file);
  const folder = publicFolderPath(file.committee, file.meeting);
  const plan = publicDocumentPlan(file);
  const stored: DocumentRef[] = [];
  for (const [index, entry] of plan.entries()) {
    onProgress?.({ done: index, total: plan.length, current: entry.fileName });
    const docxName = entry.fileName.replace(/\.pdf$/, '.docx');
    const docx = await files.upload(folder, docxName, await render(view, entry), { conflictBehavior: 'replace' });
    try {
      const pdf = await files.downloadAsPdf(docx);
      stored.push(await files.upload(folder, entry.fileName, pdf, { conflictBehavior: 'replace' }));
    } finally {
      await files.delete(docx);
    }
  }
  onProgress?.({ done: plan.length, total: plan.length });
  return stored;
}
