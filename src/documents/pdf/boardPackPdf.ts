import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString, StandardFonts, degrees, rgb, type PDFFont, type PDFPage, type PDFRef } from 'pdf-lib';
import { layoutBoardPack, PACK_TEXTS, packDocuments, type BoardPackPlan, type PackDocument, type PackEntry, type PackLayout, type PackOutcome, CONTENTS_LINES_PER_PAGE, LEFT_OUT_ENTRIES_PER_PAGE } from '../../domain/boardPack';
import { isSafeUrl } from '../../domain/safeUrl';

/**
 * The møtebok PDF: the plan's documents merged with pdf-lib, a linked table of contents, bookmarks
 * (the PDF outline) per sak and per document, named destinations (so `pdfinfo -dests` and links
 * from elsewhere can point into it), a page listing what is left out, and "Side N av M" on every page.
 *
 * Memory: one source document is parsed at a time; its pages are copied into the pack (pdf-lib
 * copies the objects, so the source's bytes can be collected) before the next one is fetched.
 */

export interface PackProgress {
  /** Documents finished so far, of `total`. */
  done: number;
  total: number;
  /** The document being fetched and merged now; absent when the pack itself is being written. */
  current?: PackDocument;
}

export interface BuiltBoardPack {
  bytes: Uint8Array;
  layout: PackLayout;
}

/** Fetches one document as PDF bytes (converted where needed); a throw lists the document as left out. */
export type PackSource = (document: PackDocument) => Promise<Uint8Array>;

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const LINE = 17;

export async function buildBoardPackPdf(plan: BoardPackPlan, source: PackSource, onProgress?: (progress: PackProgress) => void): Promise<BuiltBoardPack> {
  const pack = await PDFDocument.create({ updateMetadata: false });
  pack.setTitle(plan.title, { showInWindowTitleBar: true });
  pack.setLanguage(plan.form === 'nn' ? 'nn-NO' : 'nb-NO');
  pack.setProducer('Møtebok');
  const documents = packDocuments(plan);
  const outcomes = new Map<string, PackOutcome>();
  let done = 0;
  for (const document of documents) {
    onProgress?.({ done, total: documents.length, current: document });
    outcomes.set(document.key, await appendDocument(pack, document, source));
    done += 1;
  }
  onProgress?.({ done, total: documents.length });

  const layout = layoutBoardPack(plan, outcomes);
  const fonts = { regular: await pack.embedFont(StandardFonts.Helvetica), bold: await pack.embedFont(StandardFonts.HelveticaBold) };
  // The table of contents goes in front, the list of what is left out at the end.
  for (let index = 0; index < layout.contentsPages; index++) pack.insertPage(index, A4);
  const leftOutPages = Array.from({ length: layout.leftOutPages }, () => pack.addPage(A4));
  const pages = pack.getPages();
  if (pages.length !== layout.totalPages) throw new Error(`Møteboken fikk ${pages.length} sider, ventet ${layout.totalPages}.`);

  const pageRef = (page: number): PDFRef => (pages[page - 1] as PDFPage).ref;
  addNamedDestinations(pack, layout, pageRef);
  drawContents(pack, plan, layout, pages.slice(0, layout.contentsPages), fonts);
  drawLeftOut(pack, plan, layout, leftOutPages, fonts);
  addOutline(pack, layout.entries, pageRef);
  drawPageNumbers(pages, plan, fonts.regular);
  const bytes = await pack.save({ useObjectStreams: false, addDefaultPage: false });
  return { bytes, layout };
}

async function appendDocument(pack: PDFDocument, document: PackDocument, source: PackSource): Promise<PackOutcome> {
  try {
    const bytes = await source(document);
    // Loaded with encryption ignored and then asked, since pdf-lib's own error class does not survive `instanceof`
    // (ES5 subclass of Error): its pages could not be read anyway.
    const loaded = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
    if (loaded.isEncrypted) return { failed: 'passordbeskyttet' };
    const copied = await pack.copyPages(loaded, loaded.getPageIndices());
    if (copied.length === 0) return { failed: 'ingen sider' };
    for (const page of copied) pack.addPage(page);
    return { pages: copied.length };
  } catch (error) {
    return { failed: reasonOf(error) };
  }
}

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.length > 160 ? `${message.slice(0, 159)}…` : message;
}

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

/** Helvetica speaks WinAnsi: what it cannot encode becomes "?", never an exception halfway through a pack. */
function encodable(font: PDFFont, text: string): string {
  const supported = new Set(font.getCharacterSet());
  return [...text.replace(/[\r\n\t]+/g, ' ')].map((char) => (supported.has(char.codePointAt(0) ?? 0) ? char : '?')).join('');
}

/** The text cut with "…" to fit `width`. */
function fitted(font: PDFFont, text: string, size: number, width: number): string {
  const safe = encodable(font, text);
  if (font.widthOfTextAtSize(safe, size) <= width) return safe;
  const chars = [...safe];
  while (chars.length > 1 && font.widthOfTextAtSize(`${chars.join('')}…`, size) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

function wrapped(font: PDFFont, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of encodable(font, text).split(' ')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line !== '') lines.push(line);
  return lines;
}

const destination = (pack: PDFDocument, ref: PDFRef): PDFArray => pack.context.obj([ref, 'Fit']) as PDFArray;

function addNamedDestinations(pack: PDFDocument, layout: PackLayout, pageRef: (page: number) => PDFRef): void {
  const all = layout.entries.flatMap((entry) => [entry, ...entry.children]);
  // A name tree's keys are sorted; ours are ASCII ("innkalling", "sak-2026.02", "vedlegg-1"), so code-unit order is byte order.
  const sorted = [...new Map(all.map((entry) => [entry.key, entry])).values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const names = pack.context.obj([]) as PDFArray;
  for (const entry of sorted) {
    names.push(PDFString.of(entry.key));
    names.push(destination(pack, pageRef(entry.page)));
  }
  const dests = pack.context.obj({ Names: names });
  pack.catalog.set(PDFName.of('Names'), pack.context.obj({ Dests: pack.context.register(dests) }));
}

function linkTo(pack: PDFDocument, page: PDFPage, rect: [number, number, number, number], action: { dest: string } | { uri: string }): void {
  const annotation = pack.context.obj({
    Type: 'Annot',
    Subtype: 'Link',
    Rect: rect,
    Border: [0, 0, 0],
    ...('dest' in action ? { Dest: PDFString.of(action.dest) } : { A: { Type: 'Action', S: 'URI', URI: PDFString.of(action.uri) } }),
  });
  page.node.addAnnot(pack.context.register(annotation));
}

function drawContents(pack: PDFDocument, plan: BoardPackPlan, layout: PackLayout, pages: PDFPage[], fonts: Fonts): void {
  const texts = PACK_TEXTS[plan.form];
  const lines = layout.entries.flatMap((entry) => [{ entry, level: 0 }, ...entry.children.map((child) => ({ entry: child, level: 1 }))]);
  const width = A4[0] - 2 * MARGIN;
  pages.forEach((page, pageIndex) => {
    let y = A4[1] - MARGIN;
    if (pageIndex === 0) {
      page.drawText(fitted(fonts.bold, plan.title, 16, width), { x: MARGIN, y, size: 16, font: fonts.bold });
      y -= 28;
    }
    page.drawText(encodable(fonts.bold, texts.contents), { x: MARGIN, y, size: 13, font: fonts.bold });
    y -= 24;
    for (const { entry, level } of lines.slice(pageIndex * CONTENTS_LINES_PER_PAGE, (pageIndex + 1) * CONTENTS_LINES_PER_PAGE)) {
      const font = level === 0 ? fonts.bold : fonts.regular;
      const size = level === 0 ? 11 : 10;
      const indent = level * 18;
      const number = String(entry.page);
      const numberWidth = fonts.regular.widthOfTextAtSize(number, size);
      page.drawText(fitted(font, entry.title, size, width - indent - numberWidth - 16), { x: MARGIN + indent, y, size, font });
      page.drawText(number, { x: MARGIN + width - numberWidth, y, size, font: fonts.regular });
      linkTo(pack, page, [MARGIN + indent, y - 4, MARGIN + width, y + size], { dest: entry.key });
      y -= LINE;
    }
  });
}

function drawLeftOut(pack: PDFDocument, plan: BoardPackPlan, layout: PackLayout, pages: PDFPage[], fonts: Fonts): void {
  const texts = PACK_TEXTS[plan.form];
  const width = A4[0] - 2 * MARGIN;
  pages.forEach((page, pageIndex) => {
    let y = A4[1] - MARGIN;
    page.drawText(fitted(fonts.bold, plan.leftOutHeading, 14, width), { x: MARGIN, y, size: 14, font: fonts.bold });
    y -= 22;
    if (pageIndex === 0) {
      for (const line of wrapped(fonts.regular, texts.leftOutIntro, 10, width)) {
        page.drawText(line, { x: MARGIN, y, size: 10, font: fonts.regular });
        y -= 14;
      }
      y -= 8;
    }
    for (const entry of layout.leftOut.slice(pageIndex * LEFT_OUT_ENTRIES_PER_PAGE, (pageIndex + 1) * LEFT_OUT_ENTRIES_PER_PAGE)) {
      page.drawText(fitted(fonts.bold, entry.title, 10.5, width), { x: MARGIN, y, size: 10.5, font: fonts.bold });
      y -= 14;
      page.drawText(fitted(fonts.regular, entry.reason, 10, width), { x: MARGIN, y, size: 10, font: fonts.regular });
      y -= 14;
      if (entry.webUrl && isSafeUrl(entry.webUrl)) {
        const shown = fitted(fonts.regular, entry.webUrl, 9, width);
        page.drawText(shown, { x: MARGIN, y, size: 9, font: fonts.regular, color: rgb(0.02, 0.27, 0.62) });
        linkTo(pack, page, [MARGIN, y - 3, MARGIN + fonts.regular.widthOfTextAtSize(shown, 9), y + 9], { uri: entry.webUrl });
        y -= 14;
      }
      y -= 10;
    }
  });
}

/** The outline (bookmarks): pdf-lib has no API for it, so the dictionaries are written as the PDF specification (§ 12.3.3) lays them out. */
function addOutline(pack: PDFDocument, entries: readonly PackEntry[], pageRef: (page: number) => PDFRef): void {
  if (entries.length === 0) return;
  const { context } = pack;
  const rootRef = context.nextRef();
  const writeLevel = (items: readonly PackEntry[], parent: PDFRef): { first: PDFRef; last: PDFRef; count: number } => {
    const refs = items.map(() => context.nextRef());
    let count = items.length;
    items.forEach((item, index) => {
      const dict = context.obj({ Title: PDFHexString.fromText(item.title), Parent: parent, Dest: destination(pack, pageRef(item.page)) }) as PDFDict;
      const previous = refs[index - 1];
      const next = refs[index + 1];
      if (previous) dict.set(PDFName.of('Prev'), previous);
      if (next) dict.set(PDFName.of('Next'), next);
      const self = refs[index] as PDFRef;
      if (item.children.length > 0) {
        const children = writeLevel(item.children, self);
        dict.set(PDFName.of('First'), children.first);
        dict.set(PDFName.of('Last'), children.last);
        // Positive: the sak opens with its documents showing.
        dict.set(PDFName.of('Count'), context.obj(children.count));
        count += children.count;
      }
      context.assign(self, dict);
    });
    return { first: refs[0] as PDFRef, last: refs[refs.length - 1] as PDFRef, count };
  };
  const top = writeLevel(entries, rootRef);
  context.assign(rootRef, context.obj({ Type: 'Outlines', First: top.first, Last: top.last, Count: top.count }));
  pack.catalog.set(PDFName.of('Outlines'), rootRef);
  pack.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

/** "Side N av M" at the foot of every page, the way the page is shown (its /Rotate taken into account). */
function drawPageNumbers(pages: PDFPage[], plan: BoardPackPlan, font: PDFFont): void {
  const texts = PACK_TEXTS[plan.form];
  const size = 8;
  pages.forEach((page, index) => {
    const text = texts.page(index + 1, pages.length);
    const textWidth = font.widthOfTextAtSize(text, size);
    const box = page.getMediaBox();
    const angle = ((page.getRotation().angle % 360) + 360) % 360;
    const color = rgb(0.25, 0.25, 0.25);
    if (angle === 90) page.drawText(text, { x: box.x + box.width - 14, y: box.y + box.height / 2 - textWidth / 2, size, font, color, rotate: degrees(90) });
    else if (angle === 180) {
      page.drawText(text, { x: box.x + box.width / 2 + textWidth / 2, y: box.y + box.height - 14, size, font, color, rotate: degrees(180) });
    }
    else if (angle === 270) page.drawText(text, { x: box.x + 14, y: box.y + box.height / 2 + textWidth / 2, size, font, color, rotate: degrees(270) });
    else page.drawText(text, { x: box.x + box.width / 2 - textWidth / 2, y: box.y + 14, size, font, color });
  });
}

