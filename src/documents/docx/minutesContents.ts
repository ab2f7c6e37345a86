import { HeadingLevel, Paragraph, TextRun } from 'docx';
import type { MeetingFile } from '../../domain/model';
import { ARCHIVE_REF_COLUMN, archiveColumnShown, archiveRefOf } from '../meetingFacts';
import type { DocumentTexts } from '../texts';
import { columnWidthFor } from './measure';
import { CONTENT_WIDTH } from './page';
import type { BodyElement } from './richTextDocx';
import { caseColumnWidth, gridTable } from './tables';

/**
 * The list of saker at the head of a referat or protokoll (`conventions.minutesContents`), as a long protokoll opens
 * with its saksliste before the first sak: a Heading 2 with the committee's word for the list («Saksliste», «Sakliste»,
 * «Sakskart»), then «Saksnr. | Sak», with «Arkivsaksnr.» between where the saksliste has that column. Every row the body
 * records, in its order, the unnumbered ones too. Titles as the file has them: the public version's file has an exempt
 * sak's public title already (domain/confidentiality.ts `publicVersion`), so the list never says more than the body.
 */
export function minutesContents(file: MeetingFile, t: DocumentTexts): BodyElement[] {
  const items = file.meeting.items;
  if (file.committee.conventions?.minutesContents !== true || items.length === 0) return [];
  const archive = archiveColumnShown(file);
  const first = caseColumnWidth(t.caseNumberShort, items.map((item) => ({ caseNumber: item.caseNumber, facts: [] })));
  const archiveTexts = [{ text: ARCHIVE_REF_COLUMN, bold: true }, ...items.map((item) => ({ text: archiveRefOf(item) }))];
  const archiveWidth = archive ? columnWidthFor(archiveTexts, 0.08, 0.2) : 0;
  const widths = archive ? [first, archiveWidth, CONTENT_WIDTH - first - archiveWidth] : [first, CONTENT_WIDTH - first];
  const headers = archive ? [t.caseNumberShort, ARCHIVE_REF_COLUMN, t.contentColumn] : [t.caseNumberShort, t.contentColumn];
  const rows = items.map((item) => ({ cells: archive ? [item.caseNumber ?? '', archiveRefOf(item), item.title] : [item.caseNumber ?? '', item.title] }));
  const heading = new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, spacing: { before: 120, after: 80 }, children: [new TextRun(t.agenda)] });
  return [heading, gridTable(headers, widths, rows), new Paragraph({})];
}
