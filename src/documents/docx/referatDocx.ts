import { HeadingLevel, Paragraph, TextRun } from 'docx';
import type { AgendaItem, MeetingFile } from '../../domain/model';
import {
  absentAttendees,
  attachmentReferences,
  attendeeLine,
  chairOf,
  documentHeading,
  kindLabels,
  minuteTakerOf,
  presentAttendees,
  whenAndPlace,
} from '../meetingFacts';
import { documentTexts, type DocumentTexts } from '../texts';
import { buildDocument, packDocument } from './documentShell';
import { ListInstances } from './numbering';
import { conclusionPoints, richTextToDocx, type BodyElement } from './richTextDocx';
import { factsTable, gridTable, underlinedLabel, type CellContent } from './tables';

/**
 * The referat (minutes), laid out as the 2024 minutes bound into the 2025 seed: meeting facts and
 * attendance, then "Saksnr." | "Møtebehandling og konklusjon" with, per item, the title, what was
 * said (proceedings) and "Konklusjon:" with its points.
 */

function factsBlock(file: MeetingFile, t: DocumentTexts) {
  const rows: [string, CellContent][] = [[t.committee, file.committee.name], [t.dateAndPlace, whenAndPlace(file)]];
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

function treatment(item: AgendaItem, t: DocumentTexts, lists: ListInstances): BodyElement[] {
  const elements: BodyElement[] = [new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(item.title)] })];
  elements.push(...richTextToDocx(item.proceedings, lists));
  if (item.outcome === 'postponed') elements.push(new Paragraph({ children: [new TextRun({ text: t.postponed, italics: true })] }));
  if (item.conclusion.length > 0) {
    elements.push(underlinedLabel(t.conclusion));
    elements.push(...conclusionPoints(item.conclusion, lists, false));
  }
  return elements;
}

/** The closing row appears only when something was recorded under it. */
function belongsInMinutes(item: AgendaItem): boolean {
  return !item.closing || item.proceedings.length > 0 || item.conclusion.length > 0;
}

export function referatBody(file: MeetingFile): BodyElement[] {
  const t = documentTexts(file.committee.languageForm);
  const lists = new ListInstances();
  const rows = file.meeting.items.filter(belongsInMinutes).map((item): CellContent[] => [
    item.caseNumber === null
      ? []
      : [new Paragraph({ children: [new TextRun({ text: item.caseNumber, bold: true })] }), ...[...kindLabels(item, t), ...attachmentReferences(item, t)].map((text) => new Paragraph({ children: [new TextRun(text)] }))],
    treatment(item, t, lists),
  ]);
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(documentHeading(t.referat, file))] }),
    factsBlock(file, t),
    new Paragraph({}),
    rows.length === 0 ? new Paragraph({ children: [new TextRun(t.noItems)] }) : gridTable([t.caseNumberShort, t.proceedingsAndConclusion], [0.18, 0.82], rows),
  ];
}

export async function renderReferatDocx(file: MeetingFile): Promise<Uint8Array> {
  const t = documentTexts(file.committee.languageForm);
  const title = documentHeading(t.referat, file);
  return packDocument(buildDocument({ committee: file.committee, title, subject: t.referat, children: referatBody(file) }));
}
