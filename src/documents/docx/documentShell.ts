import {
  AlignmentType,
  Document,
  Footer,
  Header,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type IStylesOptions,
} from 'docx';
import type { Committee, Logo } from '../../domain/model';
import { base64ToBytes } from '../../domain/base64';
import { documentTexts, languageTag } from '../texts';
import { NUMBERING } from './numbering';
import { PAGE_HEIGHT, PAGE_MARGIN, PAGE_WIDTH } from './page';
import type { BodyElement } from './richTextDocx';


const FONT = 'Calibri';

/**
 * Word's own Heading 1/2 styles (restyled, not replaced), so the navigation pane, the outline and
 * screen readers see the structure. The language goes on the document defaults: Word's proofing
 * and a screen reader's voice follow it.
 */
function styles(language: string): IStylesOptions {
  return {
    default: {
      document: { run: { font: FONT, size: 22, language: { value: language } }, paragraph: { spacing: { after: 60 } } },
      heading1: { run: { font: FONT, size: 32, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 240, after: 120 } } },
      heading2: { run: { font: FONT, size: 22, bold: true, color: '000000' }, paragraph: { spacing: { before: 0, after: 60 }, keepNext: true, keepLines: true } },
      heading3: { run: { font: FONT, size: 22, bold: true, color: '000000' }, paragraph: { spacing: { before: 120, after: 60 }, keepNext: true } },
      hyperlink: { run: { color: '0563C1', underline: {} } },
    },
  };
}

/** Logo height in the header; width follows the stored aspect ratio. */
const LOGO_HEIGHT = 40;

function logoRun(logo: Logo): ImageRun {
  const ratio = logo.widthPx !== undefined && logo.heightPx !== undefined ? logo.widthPx / logo.heightPx : 3;
  return new ImageRun({
    type: logo.contentType === 'image/png' ? 'png' : 'jpg',
    data: base64ToBytes(logo.base64),
    transformation: { width: Math.round(LOGO_HEIGHT * ratio), height: LOGO_HEIGHT },
    altText: { name: logo.name, title: logo.name, description: logo.name },
  });
}

/** The letterhead: the logos on the right and, when set, the organisation line above them. */
function logoHeader(committee: Committee): Header | undefined {
  const organisationLine = committee.letterhead?.organisationLine?.trim() ?? '';
  if (committee.logos.length === 0 && organisationLine === '') return undefined;
  const children = committee.logos.flatMap((logo, index) => (index === 0 ? [logoRun(logo)] : [new TextRun('   '), logoRun(logo)]));
  const line = organisationLine === '' ? [] : [new Paragraph({ children: [new TextRun({ text: organisationLine, bold: true })] })];
  return new Header({ children: [...line, ...(children.length === 0 ? [] : [new Paragraph({ alignment: AlignmentType.RIGHT, children })])] });
}

function pageNumberFooter(committee: Committee): Footer {
  const t = documentTexts(committee);
  const footer = committee.letterhead?.footer?.trim() ?? '';
  return new Footer({
    children: [
      ...(footer === '' ? [] : [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: footer, size: 18 })] })]),
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ size: 18, children: [`${t.page} `, PageNumber.CURRENT, ` ${t.of} `, PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
}

export interface ShellOptions {
  committee: Committee;
  /** Document title (core properties): what a screen reader announces and the file list shows. */
  title: string;
  subject: string;
  children: BodyElement[];
}

export function buildDocument({ committee, title, subject, children }: ShellOptions): Document {
  const header = logoHeader(committee);
  return new Document({
    title,
    subject,
    creator: 'Møtebok',
    description: committee.organisation === undefined ? committee.name : `${committee.name}, ${committee.organisation}`,
    styles: styles(languageTag(committee.languageForm)),
    numbering: NUMBERING,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE_WIDTH, height: PAGE_HEIGHT },
            margin: { top: PAGE_MARGIN, bottom: PAGE_MARGIN, left: PAGE_MARGIN, right: PAGE_MARGIN },
          },
        },
        headers: header === undefined ? undefined : { default: header },
        footers: { default: pageNumberFooter(committee) },
        children,
      },
    ],
  });
}

/** Packs to bytes in Node and in the browser alike (toBuffer needs Node's Buffer). */
export async function packDocument(document: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
