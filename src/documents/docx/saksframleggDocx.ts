import { ExternalHyperlink, HeadingLevel, Paragraph, TextRun } from 'docx';
import type { AgendaItem, MeetingFile } from '../../domain/model';
import { committeeFact, labelledAttachments } from '../meetingFacts';
import { documentTexts, type DocumentTexts } from '../texts';
import { buildDocument, packDocument } from './documentShell';
import { ListInstances } from './numbering';
import { conclusionPoints, richTextToDocx, type BodyElement } from './richTextDocx';
import { caseColumnWidth, gridTable, widths } from './tables';
import { columnWidthFor, wordWidthFor } from './measure';
import { CONTENT_WIDTH } from './page';
import { findItem } from '../findItem';
import { caseRouteRows, ownRouteRow, proposalNoun } from '../../domain/caseRoute';
import { earlierTreatmentBlocks } from './earlierTreatmentDocx';
import { formatDateLong } from '../../domain/dates';

/**
 * The saksframlegg (case memo) of one item, as in the 2025 seed: a header row Saksnr. /
 * Møteorgan (or the committee's «Utvalg», as its innkalling and protokoll: meetingFacts.ts `committeeFact`) / Type sak / Saksbehandler, the title, "Bakgrunn:", "Forslag til vedtak:" as
 * numbered points, "Vedlegg:", and "Tilbake til sakslisten" when the innkalling has a web address.
 */

// Kept here for the importers of this file; the code lives apart so finding an item needs no docx.
export { findItem, UnknownItemError } from '../findItem';

function attachmentLines(file: MeetingFile, item: AgendaItem): Paragraph[] {
  // The memo does not list itself when it is also sent as a vedlegg.
  const own = item.caseMemo?.fileName;
  return labelledAttachments(file)
    .filter((entry) => entry.item.id === item.id && entry.attachment.fileName !== own)
    .map(({ attachment, label }) => {
      const url = attachment.webUrl;
      return new Paragraph({
        children: url === undefined ? [new TextRun(label)] : [new ExternalHyperlink({ link: url, children: [new TextRun({ text: label, style: 'Hyperlink' })] })],
      });
    });
}

interface HeaderColumn {
  header: string;
  text: string;
  width: number;
}

/**
 * The header row: Saksnr., the møteorgan (under «Møteorgan» or the committee's own word), the meeting's date when the
 * committee's saksframlegg give it (`memoMeetingDate`), the sakstype and the saksbehandler. Each column as wide as its
 * header and its text on one line («Sak 04/2026», not «Sak» over «04/2026»; «Saksbehandler» whole), the møteorgan's name,
 * the longest, in what is left. When what is left cannot hold the møteorgan's header word or the longest word of its name
 * whole (the longest word a committee may choose, «KONTROLLUTVALGET:», beside the date), the date leaves the row for a
 * saksgang of this meeting under it (`routeTable`), as a sak several bodies treat shows its dates: no word is broken.
 */
function headerColumns(file: MeetingFile, item: AgendaItem, t: DocumentTexts): { columns: HeaderColumn[]; dateBelow: boolean } {
  const kinds = item.kinds.map((kind) => t.kindLabel(kind)).join('/');
  const caseNumber = item.caseNumber ?? '';
  // The meeting's date beside the møteorgan when the committee's saksframlegg give it (`memoMeetingDate`), unless the
  // saksgang under the header names it already.
  const dated = file.committee.conventions?.memoMeetingDate === true && caseRouteRows(item, file.committee, file.meeting).length === 0;
  // «Møteorgan», or the word the committee's innkalling and protokoll head the row with (`noticeCommittee`: «Utvalg», «Organ»).
  const [committeeLabel] = committeeFact(file, t, true) ?? [t.committee];
  const fitted = (header: string, text: string) => ({ header, text, width: columnWidthFor([{ text: header, bold: true }, { text }], 0.1, 0.25) });
  const committee = { header: `${committeeLabel}:`, text: file.committee.name };
  const row = (date: string | undefined) => [
    { header: `${t.caseNumberShort}:`, text: caseNumber, width: caseColumnWidth(`${t.caseNumberShort}:`, [{ caseNumber, facts: [] }]) },
    { ...committee, width: undefined },
    ...(date === undefined ? [] : [fitted(`${t.routeDate}:`, date)]),
    fitted(t.itemType, kinds),
    fitted(t.caseOfficer, item.caseOfficer?.name ?? ''),
  ];
  const withRest = (columns: ReturnType<typeof row>) => {
    const rest = CONTENT_WIDTH - columns.reduce((sum, column) => sum + (column.width ?? 0), 0);
    return columns.map((column) => ({ ...column, width: column.width ?? rest }));
  };
  const committeeNeeds = wordWidthFor([{ text: committee.header, bold: true }, { text: committee.text }], 0, 1);
  if (dated) {
    const columns = withRest(row(formatDateLong(file.meeting.date)));
    if ((columns[1]?.width ?? 0) >= committeeNeeds) return { columns, dateBelow: false };
  }
  return { columns: withRest(row(undefined)), dateBelow: dated };
}

function headerTable(columns: readonly HeaderColumn[]) {
  return gridTable(
    columns.map((column) => column.header),
    columns.map((column) => column.width),
    [{ cells: columns.map((column) => column.text) }],
  );
}

/** The saksgang under the header, as a municipal saksframlegg heads a sak that more than one body treats: «Saksnr. / Utvalg / Møtedato», this meeting's row among them. */
function routeTable(file: MeetingFile, item: AgendaItem, t: DocumentTexts, dateBelow: boolean): BodyElement[] {
  const route = caseRouteRows(item, file.committee, file.meeting);
  // The header had no room for the meeting's date (`headerColumns`): this meeting's own row of the saksgang carries it.
  const rows = route.length === 0 && dateBelow ? [ownRouteRow(item, file.committee.name, file.meeting)] : route;
  if (rows.length === 0) return [];
  return [
    new Paragraph({}),
    gridTable(
      [t.caseNumberShort, t.routeBody, t.routeDate],
      widths([0.2, 0.52, 0.28]),
      rows.map((row) => ({ cells: [row.caseNumber ?? '', row.body, row.date === undefined ? '' : formatDateLong(row.date)] })),
    ),
  ];
}

export function saksframleggBody(file: MeetingFile, item: AgendaItem): BodyElement[] {
  const t = documentTexts(file.committee);
  const lists = new ListInstances();
  const header = headerColumns(file, item, t);
  const body: BodyElement[] = [
    headerTable(header.columns),
    ...routeTable(file, item, t, header.dateBelow),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(item.title)] }),
    // Before the saksframlegg's own text, as Karmøy's saksprotokoll stands before its saksframlegg (docx/earlierTreatmentDocx.ts).
    ...earlierTreatmentBlocks(item, t, file.committee, lists),
  ];
  const background = item.background.length > 0 ? item.background : item.summary;
  if (background.length > 0) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(t.background)] }));
    body.push(...richTextToDocx(background, lists));
  }
  if (item.proposedConclusion.length > 0) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 240 }, children: [new TextRun(`${proposalNoun(item, file.committee, { proposal: t.words.memoProposal }, file.committee.languageForm).word}:`)] }));
    body.push(...conclusionPoints(item.proposedConclusion, lists, file.committee.conventions));
  }
  const attachments = attachmentLines(file, item);
  if (attachments.length > 0) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 240 }, children: [new TextRun(`${t.attachments}:`)] }));
    body.push(...attachments);
  }
  const agendaUrl = file.meeting.innkalling?.webUrl;
  if (agendaUrl !== undefined) {
    body.push(
      new Paragraph({
        spacing: { before: 240 },
        children: [new ExternalHyperlink({ link: agendaUrl, children: [new TextRun({ text: t.backToAgenda, style: 'Hyperlink' })] })],
      }),
    );
  }
  return body;
}

export async function renderSaksframleggDocx(file: MeetingFile, itemId: string): Promise<Uint8Array> {
  const t = documentTexts(file.committee);
  const item = findItem(file, itemId);
  const title = `${t.saksframlegg} ${item.caseNumber === null ? '' : `${item.caseNumber} `}${item.title}`;
  return packDocument(buildDocument({ committee: file.committee, title, subject: t.saksframlegg, children: saksframleggBody(file, item) }));
}
