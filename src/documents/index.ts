/**
 * src/documents: the meeting model → Word documents and the invite's HTML. Pure: no React, no
 * Graph, no DOM; the bytes are handed to whoever stores or sends them.
 */
export { renderInnkallingDocx } from './docx/innkallingDocx';
export { renderSaksframleggDocx, findItem, UnknownItemError } from './docx/saksframleggDocx';
export { renderReferatDocx } from './docx/referatDocx';
export { renderAgendaHtml, replaceAgendaBlock, AGENDA_BLOCK_START, AGENDA_BLOCK_END, type AgendaHtmlOptions } from './html/agendaHtml';
export { escapeHtml, safeHref } from './html/escapeHtml';
export { renderMinutesMail, type MinutesMail } from './html/minutesMailHtml';
export { documentTexts, languageTag, type DocumentTexts } from './texts';
export { whenAndPlace, documentHeading, labelledAttachments, attachmentReferences, attendeeLine, type LabelledAttachment } from './meetingFacts';

/** MIME type of the .docx files the renderers produce (upload content type). */
export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
