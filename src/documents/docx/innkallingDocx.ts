import { ExternalHyperlink, HeadingLevel, Paragraph, TextRun } from 'docx';
import type { AgendaItem, MeetingFile } from '../../domain/model';
import { isSafeUrl } from '../../domain/safeUrl';
import { plainTextOf } from '../../domain/richText';
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
  noticeAgendaHeading,
  proposalLabel,
  recipientsOf,
  responsibleLine,
  subItemHeading,
  themeOf,
  siteVisitFact,
  publicMeetingLine,
  whenAndPlaceFacts,
} from '../meetingFacts';
import { documentTexts, type DocumentTexts } from '../texts';
import { buildDocument, packDocument } from './documentShell';
import { ListInstances } from './numbering';
import { conclusionPoints, richTextToDocx, type BodyElement, type ParagraphKeep } from './richTextDocx';
import { columnWidthFor, estimatedLines } from './measure';
import { earlierTreatmentBlocks, earlierTreatmentTexts } from './earlierTreatmentDocx';
import { CONTENT_WIDTH } from './page';
import { attendanceTable, noticeMemberGroups } from './attendanceTableDocx';
import { caseCell, caseColumnWidth, factsTable, gridTable, keepWithLastRow, underlinedLabel, type CellContent } from './tables';

/**
 * The innkalling as the seeds lay it out: a label/value block ((Utvalg,) Til, Tema, Dato/sted or Møtested/Møtedato/Tid, Vedlegg,
 * Møteleder, Referent), the heading "Innkalling <møteorgan> <dd.mm.yy>", then (under «Saksliste» where the committee's papers
 * head it so) the saksliste in
 * three columns: number, vedlegg and kinds | title, summary, proposed conclusion | presenters; four where the committee prints
 * the arkivsak in a column of its own after the number (`conventions.archiveColumn`).
 */

function headerBlock(file: MeetingFile, t: DocumentTexts) {
  const rows: [string, CellContent][] = [];
  const recipients = recipientsOf(file);
  // «Utvalg: Formannskapet» first, as a kommune's møteinnkallinger head their facts (`conventions.noticeCommittee`).
  const committee = committeeFact(file, t);
  if (committee !== undefined) rows.push(committee);
  rows.push(...letterFacts(file, t));
  if (recipients !== undefined) rows.push([t.to, recipients]);
  const copy = file.committee.copyLine?.trim() ?? '';
  if (copy !== '') rows.push([t.copy, copy]);
  rows.push([t.theme, themeOf(file)]);
  rows.push(...whenAndPlaceFacts(file, t));
  const visit = siteVisitFact(file, t);
  if (visit !== undefined) rows.push(visit);
  const joinUrl = file.meeting.onlineMeetingJoinUrl;
  if (joinUrl !== undefined && /^https:\/\//i.test(joinUrl)) {
    rows.push([t.teamsMeeting, [new Paragraph({ children: [new ExternalHyperlink({ link: joinUrl, children: [new TextRun({ text: t.joinTeamsMeeting, style: 'Hyperlink' })] })] })]]);
  }
  // Labels link to the vedlegg when their address is known, so the filed innkalling opens them.
  const attachments = labelledAttachments(file).map(({ label, attachment }) => {
    const url = attachment.webUrl;
    return new Paragraph({
      children: !linkable(url) ? [new TextRun(label)] : [new ExternalHyperlink({ link: url, children: [new TextRun({ text: label, style: 'Hyperlink' })] })],
    });
  });
  if (attachments.length > 0) rows.push([t.attachments, attachments]);
  const chair = chairFact(file, t, false);
  if (chair !== undefined) rows.push(chair);
  const minuteTaker = minuteTakerFact(file, t, false);
  if (minuteTaker !== undefined) rows.push(minuteTaker);
  return factsTable(rows);
}

/** Case number, vedlegg and kinds (and the arkivsak, where it has no column of its own): the texts of the first column. */
function firstColumnTexts(item: AgendaItem, t: DocumentTexts, archiveColumn: boolean): string[] {
  const archive = archiveRefTexts(item, t, archiveColumn);
  return item.caseNumber === null ? archive : [...attachmentReferences(item, t), ...kindLabels(item, t), ...archive];
}

/** The content cell as plain paragraphs, to estimate the row's height. */
function contentTexts(file: MeetingFile, item: AgendaItem, t: DocumentTexts): string[] {
  const summary = plainTextOf(item.summary);
  const subItems = item.subItems.flatMap((sub, index) => [subItemHeading(sub, index, item, t), ...plainTextOf(sub.summary).split('\n').filter((line) => line !== '')]);
  const earlier = earlierTreatmentTexts(item, t, file.committee.languageForm);
  return [item.title, ...(summary === '' ? [] : summary.split('\n')), ...subItems, ...earlier, ...(item.proposedConclusion.length > 0 ? [proposalLabel(file, item, t), ...item.proposedConclusion] : [])];
}

/**
 * Column widths: the first and the Ansvar column as wide as their longest text (a presenter's
 * full name stays on one line), the content column takes the rest.
 */
function columnWidths(file: MeetingFile, t: DocumentTexts, archiveColumn: boolean): number[] {
  const items = file.meeting.items;
  const first = caseColumnWidth(t.caseNumberColumn, items.map((item) => ({ caseNumber: item.caseNumber, facts: firstColumnTexts(item, t, archiveColumn) })));
  const responsibleTexts = [
    { text: t.responsible, bold: true },
    ...items.flatMap((item) => item.presenters.map((person) => ({ text: responsibleLine(person, file) }))),
  ];
  // Beside a column of arkivsaker the Ansvar column gives up room, so the sak keeps the widest column.
  const responsible = columnWidthFor(responsibleTexts, 0.14, archiveColumn ? 0.24 : 0.38);
  if (!archiveColumn) return [first, CONTENT_WIDTH - first - responsible, responsible];
  // «Arkivsaksnr.» as wide as its header and its longest arkivsak, each on one line.
  const archive = columnWidthFor([{ text: ARCHIVE_REF_COLUMN, bold: true }, ...items.map((item) => ({ text: archiveRefOf(item) }))], 0.08, 0.2);
  return [first, archive, CONTENT_WIDTH - first - archive - responsible, responsible];
}

function contentCell(file: MeetingFile, item: AgendaItem, t: DocumentTexts, lists: ListInstances, keep: ParagraphKeep): BodyElement[] {
  // Item titles are Heading 2 so Word's navigation pane lists the saksliste.
  const elements: BodyElement[] = [new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(item.title)] })];
  elements.push(...richTextToDocx(item.summary, lists, keep));
  // Bundled orienteringer: each with its own title, presenters and vedlegg.
  item.subItems.forEach((sub, index) => {
    elements.push(new Paragraph({ ...keep, spacing: { before: 120 }, children: [new TextRun({ text: subItemHeading(sub, index, item, t), bold: true })] }));
    elements.push(...richTextToDocx(sub.summary, lists, keep));
  });
  elements.push(...earlierTreatmentBlocks(item, t, file.committee, lists, keep));
  if (item.proposedConclusion.length > 0) {
    elements.push(underlinedLabel(proposalLabel(file, item, t)));
    elements.push(...conclusionPoints(item.proposedConclusion, lists, file.committee.conventions, keep));
  }
  return elements;
}

export interface InnkallingOptions {
  /** The møtebok PDF in the meeting folder: «Møtebok (PDF)» under the facts, linked; left out unless https. */
  boardPackUrl?: string;
}

function boardPackParagraph(url: string | undefined, t: DocumentTexts): Paragraph[] {
  if (url === undefined || !isSafeUrl(url)) return [];
  return [new Paragraph({ spacing: { before: 120 }, children: [new ExternalHyperlink({ link: url, children: [new TextRun({ text: t.boardPackLink, style: 'Hyperlink' })] })] })];
}

/** A label links a vedlegg when its address is known (headerBlock). */
const linkable = (url: string | undefined): url is string => url !== undefined && /^https?:\/\//i.test(url);

/**
 * The invite body's line (agendaHtml.ts, `linksNeedAccount`) where the document links into the meeting folder: a
 * stored vedlegg's label or the møtebok PDF open only for an account in the organisation that owns the folder. A
 * vedlegg that is only a web page is public.
 */
function linksNeedAccountParagraph(file: MeetingFile, options: InnkallingOptions, t: DocumentTexts): Paragraph[] {
  const folderLinked = labelledAttachments(file).some(({ attachment }) => attachment.driveItemId !== undefined && linkable(attachment.webUrl));
  if (!folderLinked && boardPackParagraph(options.boardPackUrl, t).length === 0) return [];
  return [new Paragraph({ spacing: { before: 120 }, children: [new TextRun({ text: t.linksNeedAccount, size: 20 })] })];
}

/**
 * «Saksliste» over the table as the papers print it (`noticeAgendaHeading`); none as the seeds. A Heading 2, kept with the table,
 * so Word's navigation pane and a screen reader's list of headings have it beside the saker (their titles are Heading 2 too).
 */
function agendaHeadingParagraph(heading: string | undefined): Paragraph[] {
  if (heading === undefined) return [];
  return [new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 120, after: 80 }, children: [new TextRun(heading)] })];
}

export function innkallingBody(file: MeetingFile, options: InnkallingOptions = {}): BodyElement[] {
  const t = documentTexts(file.committee);
  const lists = new ListInstances();
  const archiveColumn = archiveColumnShown(file);
  const widths = columnWidths(file, t, archiveColumn);
  const contentWidth = widths[archiveColumn ? 2 : 1] ?? 0;
  const items = file.meeting.items;
  const rows = items.map((item, index) => {
    const first = firstColumnTexts(item, t, archiveColumn);
    const lines = Math.max(estimatedLines(contentTexts(file, item, t), contentWidth), 1 + first.length, item.presenters.length);
    const keep = keepWithLastRow(index, items.length, lines);
    return {
      cells: [
        caseCell(item.caseNumber, first, keep),
        ...(archiveColumn ? [archiveRefOf(item)] : []),
        contentCell(file, item, t, lists, keep),
        item.presenters.map((person) => responsibleLine(person, file)),
      ],
      lines,
      keep,
    };
  });
  const headers = [t.caseNumberColumn, ...(archiveColumn ? [ARCHIVE_REF_COLUMN] : []), t.contentColumn, t.responsible];
  const absenceNotice = file.meeting.absenceNotice?.trim() ?? '';
  const publicLine = publicMeetingLine(file, t);
  return [
    headerBlock(file, t),
    ...(publicLine === undefined ? [] : [new Paragraph({ spacing: { before: 120 }, children: [new TextRun(publicLine)] })]),
    // Whom it is sent to, when the committee lists them (`conventions.noticeMembers`): each heading keeps the table off the facts'.
    ...noticeMemberGroups(file).flatMap((group) => [
      new Paragraph({ keepNext: true, spacing: { before: 160 }, children: [new TextRun({ text: group.heading, bold: true })] }),
      attendanceTable(file, group.rows),
    ]),
    ...boardPackParagraph(options.boardPackUrl, t),
    ...linksNeedAccountParagraph(file, options, t),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(documentHeading(file))] }),
    ...richTextToDocx(file.meeting.letter?.ingress ?? [], lists),
    ...(absenceNotice === '' ? [] : [new Paragraph({ spacing: { after: 120 }, children: [new TextRun(absenceNotice)] })]),
    ...agendaHeadingParagraph(noticeAgendaHeading(file, t)),
    rows.length === 0 ? new Paragraph({ children: [new TextRun(t.noItems)] }) : gridTable(headers, widths, rows),
    ...letterClosingLines(file).map((line, index) => new Paragraph({ spacing: index === 0 ? { before: 240 } : undefined, children: [new TextRun(line)] })),
  ];
}

export async function renderInnkallingDocx(file: MeetingFile, options: InnkallingOptions = {}): Promise<Uint8Array> {
  const t = documentTexts(file.committee);
  const title = documentHeading(file);
  return packDocument(buildDocument({ committee: file.committee, title, subject: t.agenda, children: innkallingBody(file, options) }));
}
