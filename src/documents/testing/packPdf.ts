import { execFileSync } from 'node:child_process';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString, StandardFonts } from 'pdf-lib';

/**
 * Test helpers for the møtebok PDF: source PDFs made with pdf-lib, and what poppler (pdfinfo,
 * pdftotext) and an independent walk of the PDF outline read back from a finished pack.
 */

/** A PDF of `pages` A4 pages, each saying "<label> side <n>". */
export async function labelledPdf(label: string, pages: number): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  for (let index = 1; index <= pages; index++) document.addPage([595.28, 841.89]).drawText(`${label} side ${index}`, { x: 72, y: 700, size: 14, font });
  return document.save();
}

export function pageCountOf(pdfPath: string): number {
  const match = /^Pages:\s+(\d+)$/m.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }));
  if (!match) throw new Error(`pdfinfo fant ikke sidetallet i ${pdfPath}`);
  return Number(match[1]);
}

/** The named destinations as poppler reads them: name → 1-based page. */
export function namedDestinations(pdfPath: string): Map<string, number> {
  const out = execFileSync('pdfinfo', ['-dests', pdfPath], { encoding: 'utf8' });
  const dests = new Map<string, number>();
  for (const match of out.matchAll(/^\s*(\d+)\s+\[.*\]\s+"(.*)"\s*$/gm)) dests.set(match[2] ?? '', Number(match[1]));
  return dests;
}

/** One string per page, as pdftotext lays it out. */
export function textPages(pdfPath: string): string[] {
  return execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
}

export interface OutlineNode {
  title: string;
  page: number;
  children: OutlineNode[];
}

/** The bookmarks, read from the /Outlines tree (First/Next) of the saved bytes. */
export async function outlineOf(bytes: Uint8Array): Promise<OutlineNode[]> {
  const document = await PDFDocument.load(bytes);
  const pageIndex = new Map(document.getPages().map((page, index) => [page.ref.toString(), index + 1]));
  const lookupDict = (value: unknown): PDFDict | undefined => {
    const resolved = value instanceof PDFRef ? document.context.lookup(value) : value;
    return resolved instanceof PDFDict ? resolved : undefined;
  };
  const walk = (first: unknown): OutlineNode[] => {
    const nodes: OutlineNode[] = [];
    for (let node = lookupDict(first); node; node = lookupDict(node.get(PDFName.of('Next')))) {
      const title = node.get(PDFName.of('Title'));
      const dest = document.context.lookup(node.get(PDFName.of('Dest')));
      const target = dest instanceof PDFArray ? dest.get(0) : undefined;
      nodes.push({
        title: title instanceof PDFHexString || title instanceof PDFString ? title.decodeText() : '',
        page: target instanceof PDFRef ? (pageIndex.get(target.toString()) ?? 0) : 0,
        children: walk(node.get(PDFName.of('First'))),
      });
    }
    return nodes;
  };
  const root = lookupDict(document.catalog.get(PDFName.of('Outlines')));
  return root ? walk(root.get(PDFName.of('First'))) : [];
}
