import { HeadingLevel, Paragraph, TextRun } from 'docx';
import type { AgendaItem, MeetingFile } from '../../domain/model';
import { plainTextOf } from '../../domain/richText';
import {
  absentAttendees,
  archiveRefTexts,
  attachmentReferences,
  attendeeLine,
  chairOf,
  documentHeading,
  kindLabels,
  letterFacts,
  minuteTakerOf,
  presentAttendees,
  subItemHeading,
  whenAndPlace,
} from '../meetingFacts';
import { documentTexts, type DocumentTexts } from '../texts';
import { buildDocument, packDocument } from './documentShell';
import { ListInstances } from './numbering';
import { conclusionPoints, richTextToDocx, type BodyElement, type ParagraphKeep } from './richTextDocx';
import { estimatedLines } from './measure';
import { CONTENT_WIDTH } from './page';
import { caseCell, caseColumnWidth, factsTable, gridTable, keepWithLastRow, underlinedLabel, type CellContent } from './tables';

/**
 * The referat (minutes), laid out as the 2024 minutes bound into the 2025 seed: meeting facts and
 * attendance, then "Saksnr." | "Møtebehandling og konklusjon" with, per item, the title, what was
 * said (proceedings) and "Konklusjon:" with its points.
 */

function factsBlock(file: MeetingFile, t: DocumentTexts) {
  const rows: [string, CellContent][] = [[t.committee, file.committee.name], ...letterFacts(file, t).slice(0, 1), [t.dateAndPlace, whenAndPlace(file)]];
  const chair = chairOf(file);
  if (chair !== undefined) rows.push([t.chair, chair.name]);
  const minuteTaker = minuteTakerOf(file);
  if (minuteTaker !== undefined) rows.push([t.minuteTaker, minuteTaker.name]);
  const present = presentAttendees(file).map((a) => attendeeLine(a, t, file.meeting.items));
  if (present.length > 0) rows.push([t.present, present]);
  const absent = absentAttendees(file).map((a) => attendeeLine(a, t));
  if (absent.length > 0) rows.push([t.absent, absent]);
  return factsTable(rows);
}

function treatment(item: AgendaItem, t: DocumentTexts, lists: ListInstances, keep: ParagraphKeep): BodyElement[] {
  const elements: BodyElement[] = [new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(item.title)] })];
  // A section heading ("Orienteringssaker") only groups the rows under it: nothing is concluded on it.
  if (item.row === 'heading') return elements;
  elements.push(...item.subItems.map((sub, index) => new Paragraph({ ...keep, children: [new TextRun({ text: subItemHeading(sub, index, item, t), bold: true })] })));
  elements.push(...richTextToDocx(item.proceedings, lists, keep));
  if (item.outcome === 'postponed') elements.push(new Paragraph({ ...keep, children: [new TextRun({ text: t.postponed, italics: true })] }));
  if (item.conclusion.length > 0) {
    elements.push(underlinedLabel(t.conclusion));
    elements.push(...conclusionPoints(item.conclusion, lists, false, keep));
  } else if (item.outcome !== 'postponed') {
    // Said outright, so a reader does not take a bare heading for a lost conclusion.
    elements.push(new Paragraph({ ...keep, children: [new TextRun({ text: t.noConclusion, italics: true })] }));
  }
  return elements;
}

/** Case number, kinds and vedlegg: the texts of the first column. */
function firstColumnTexts(item: AgendaItem, t: DocumentTexts): string[] {
  return item.caseNumber === null ? archiveRefTexts(item, t) : [...kindLabels(item, t), ...attachmentReferences(item, t), ...archiveRefTexts(item, t)];
}

/** The treatment cell as plain paragraphs, to estimate the row's height. */
function treatmentTexts(item: AgendaItem, t: DocumentTexts): string[] {
  if (item.row === 'heading') return [item.title];
  const proceedings = plainTextOf(item.proceedings);
  const outcome = item.conclusion.length > 0 ? [t.conclusion, ...item.conclusion] : [item.outcome === 'postponed' ? t.postponed : t.noConclusion];
  return [item.title, ...(proceedings === '' ? [] : proceedings.split('\n')), ...outcome];
}

/** Every row of the saksliste, the unnumbered ones included: the referat accounts for all of it. */
export function referatBody(file: MeetingFile): BodyElement[] {
  const t = documentTexts(file.committee);
  const lists = new ListInstances();
  const items = file.meeting.items;
  const first = caseColumnWidth(t.caseNumberShort, items.map((item) => ({ caseNumber: item.caseNumber, facts: firstColumnTexts(item, t) })));
  const widths = [first, CONTENT_WIDTH - first];
  const rows = items.map((item, index) => {
    const lines = Math.max(estimatedLines(treatmentTexts(item, t), widths[1] ?? 0), 1 + firstColumnTexts(item, t).length);
    const keep = keepWithLastRow(index, items.length, lines);
    return { cells: [caseCell(item.caseNumber, firstColumnTexts(item, t), keep), treatment(item, t, lists, keep)], lines, keep };
  });
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(documentHeading(t.referat, file))] }),
    factsBlock(file, t),
    new Paragraph({}),
    rows.length === 0 ? new Paragraph({ children: [new TextRun(t.noItems)] }) : gridTable([t.caseNumberShort, t.proceedingsAndConclusion], widths, rows),
  ];
}

export async function renderReferatDocx(file: MeetingFile): Promise<Uint8Array> {
  const t = documentTexts(file.committee);
  const title = documentHeading(t.referat, file);
  return packDocument(buildDocument({ committee: file.committee, title, subject: t.referat, children: referatBody(file) }));
}
