import { ExternalHyperlink, HeadingLevel, Paragraph, TextRun } from 'docx';
import type { AgendaItem, MeetingFile } from '../../domain/model';
import {
  attachmentReferences,
  chairOf,
  documentHeading,
  kindLabels,
  labelledAttachments,
  minuteTakerOf,
  recipientsOf,
  themeOf,
  whenAndPlace,
} from '../meetingFacts';
import { documentTexts, type DocumentTexts } from '../texts';
import { buildDocument, packDocument } from './documentShell';
import { ListInstances } from './numbering';
import { conclusionPoints, richTextToDocx, type BodyElement } from './richTextDocx';
import { factsTable, gridTable, underlinedLabel, type CellContent } from './tables';

/**
 * The innkalling as the seeds lay it out: a label/value block (Til, Tema, Dato/sted, Vedlegg,
 * Møteleder, Referent), the heading "Innkalling <møteorgan> <dd.mm.yy>", then the saksliste in
 * three columns: number, vedlegg and kinds | title, summary, proposed conclusion | presenters.
 */

function headerBlock(file: MeetingFile, t: DocumentTexts) {
  const rows: [string, CellContent][] = [];
  const recipients = recipientsOf(file);
  if (recipients !== undefined) rows.push([t.to, recipients]);
  rows.push([t.theme, themeOf(file, t)]);
  rows.push([t.dateAndPlace, whenAndPlace(file)]);
  const joinUrl = file.meeting.onlineMeetingJoinUrl;
  if (joinUrl !== undefined && /^https:\/\//i.test(joinUrl)) {
    rows.push([t.teamsMeeting, [new Paragraph({ children: [new ExternalHyperlink({ link: joinUrl, children: [new TextRun({ text: t.joinTeamsMeeting, style: 'Hyperlink' })] })] })]]);
  }
  // Labels link to the vedlegg when their address is known, so the filed innkalling opens them.
  const attachments = labelledAttachments(file).map(({ label, attachment }) => {
    const url = attachment.webUrl;
    return new Paragraph({
      children: url === undefined || !/^https?:\/\//i.test(url) ? [new TextRun(label)] : [new ExternalHyperlink({ link: url, children: [new TextRun({ text: label, style: 'Hyperlink' })] })],
    });
  });
  if (attachments.length > 0) rows.push([t.attachments, attachments]);
  const chair = chairOf(file);
  if (chair !== undefined) rows.push([t.chair, chair.name]);
  const minuteTaker = minuteTakerOf(file);
  if (minuteTaker !== undefined) rows.push([t.minuteTaker, minuteTaker.name]);
  return factsTable(rows);
}

function firstCell(item: AgendaItem, t: DocumentTexts): CellContent {
  if (item.caseNumber === null) return [];
  return [
    new Paragraph({ children: [new TextRun({ text: item.caseNumber, bold: true })] }),
    ...[...attachmentReferences(item, t), ...kindLabels(item, t)].map((text) => new Paragraph({ children: [new TextRun(text)] })),
  ];
}

function contentCell(item: AgendaItem, t: DocumentTexts, lists: ListInstances): BodyElement[] {
  // Item titles are Heading 2 so Word's navigation pane lists the saksliste.
  const elements: BodyElement[] = [new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(item.title)] })];
  elements.push(...richTextToDocx(item.summary, lists));
  if (item.proposedConclusion.length > 0) {
    elements.push(underlinedLabel(t.proposedConclusion));
    elements.push(...conclusionPoints(item.proposedConclusion, lists, false));
  }
  return elements;
}

export function innkallingBody(file: MeetingFile): BodyElement[] {
  const t = documentTexts(file.committee.languageForm);
  const lists = new ListInstances();
  const rows = file.meeting.items.map((item): CellContent[] => [
    firstCell(item, t),
    contentCell(item, t, lists),
    item.presenters.map((person) => person.name),
  ]);
  return [
    headerBlock(file, t),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(documentHeading(t.innkalling, file))] }),
    rows.length === 0
      ? new Paragraph({ children: [new TextRun(t.noItems)] })
      : gridTable([t.caseNumberColumn, t.contentColumn, t.responsible], [0.19, 0.6, 0.21], rows),
  ];
}

export async function renderInnkallingDocx(file: MeetingFile): Promise<Uint8Array> {
  const t = documentTexts(file.committee.languageForm);
  const title = documentHeading(t.innkalling, file);
  return packDocument(buildDocument({ committee: file.committee, title, subject: t.agenda, children: innkallingBody(file) }));
}
