/**
 * src/documents: the meeting model → Word documents and the invite's HTML. Pure: no React, no
 * Graph, no DOM; the bytes are handed to whoever stores or sends them.
 */
import type { MeetingFile } from '../domain/model';
import type { InnkallingOptions } from './docx/innkallingDocx';

// The Word renderers load `docx` (about 70 KB gzip) only when a document is made: each is an
// `import()` of its module, so no page carries docx in its initial JavaScript (docs/performance-history.md).
// The three share one chunk ("documents").

/** The innkalling .docx (with «Møtebok (PDF)» linked when `options.boardPackUrl` is given). */
export async function renderInnkallingDocx(file: MeetingFile, options: InnkallingOptions = {}): Promise<Uint8Array> {
  const { renderInnkallingDocx: render } = await import(/* webpackChunkName: "documents" */ './docx/innkallingDocx');
  return render(file, options);
}
export type { InnkallingOptions } from './docx/innkallingDocx';

/** The saksframlegg .docx of one item (by id or case number). */
export async function renderSaksframleggDocx(file: MeetingFile, itemIdOrCaseNumber: string): Promise<Uint8Array> {
  const { renderSaksframleggDocx: render } = await import(/* webpackChunkName: "documents" */ './docx/saksframleggDocx');
  return render(file, itemIdOrCaseNumber);
}

/** The referat .docx. */
export async function renderReferatDocx(file: MeetingFile, options?: import('./docx/referatDocx').ReferatOptions): Promise<Uint8Array> {
  const { renderReferatDocx: render } = await import(/* webpackChunkName: "documents" */ './docx/referatDocx');
  return render(file, options);
}

/**
 * The møtebok PDF (board pack): loads pdf-lib (its own chunk, "board-pack") only when a pack is built,
 * never with a page.
 */
export async function buildBoardPackPdf(...args: Parameters<typeof import('./pdf/boardPackPdf').buildBoardPackPdf>): ReturnType<typeof import('./pdf/boardPackPdf').buildBoardPackPdf> {
  const { buildBoardPackPdf: build } = await import(/* webpackChunkName: "board-pack" */ './pdf/boardPackPdf');
  return build(...args);
}
export type { PackProgress, PackSource, BuiltBoardPack } from './pdf/boardPackPdf';

export { findItem, UnknownItemError } from './findItem';
export { renderAgendaHtml, replaceAgendaBlock, AGENDA_BLOCK_START, AGENDA_BLOCK_END, type AgendaHtmlOptions, type AttachmentNote } from './html/agendaHtml';
export { escapeHtml, safeHref } from './html/escapeHtml';
export { renderMinutesMail, type MinutesMail } from './html/minutesMailHtml';
export { documentTexts, languageTag, type DocumentTexts } from './texts';
export { whenAndPlace, documentHeading, labelledAttachments, attachmentReferences, attendeeLine, type LabelledAttachment } from './meetingFacts';

/** MIME type of the .docx files the renderers produce (upload content type). */
export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
