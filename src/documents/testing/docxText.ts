import JSZip from 'jszip';

/**
 * Test helper: the paragraphs of a .docx's main part, in document order, as plain text. Reads
 * the XML the way a reader meets it, so tests can assert order and content without a renderer.
 */
export async function docxParagraphs(bytes: Uint8Array): Promise<string[]> {
  const xml = await docxPart(bytes, 'word/document.xml');
  const paragraphs = xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
  return paragraphs
    .map((paragraph) =>
      [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((m) => (m[1] === undefined ? '\n' : decodeXml(m[1]))).join(''),
    )
    .filter((text) => text.trim() !== '');
}

export async function docxPart(bytes: Uint8Array, path: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const part = zip.file(path);
  if (part === null) throw new Error(`${path} mangler i dokumentet`);
  return part.async('string');
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Asserts-friendly: the index of each needle, searched after the previous one, or -1 where missing. */
export function positionsInOrder(paragraphs: readonly string[], needles: readonly string[]): { needle: string; found: boolean }[] {
  const text = paragraphs.join('\n');
  let from = 0;
  return needles.map((needle) => {
    const at = text.indexOf(needle, from);
    if (at >= 0) from = at + needle.length;
    return { needle, found: at >= 0 };
  });
}

/** The rows of the document's tables that hold `needle`, each as its cells' texts joined by « | » (XML escapes kept). */
export async function docxTableRows(bytes: Uint8Array, needle: string): Promise<string[]> {
  const document = await docxPart(bytes, 'word/document.xml');
  const tables = (document.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).filter((table) => table.includes(needle));
  const cellText = (cell: string) => (cell.match(/<w:t[^>]*>[^<]*<\/w:t>/g) ?? []).map((text) => text.replace(/<[^>]+>/g, '')).join('');
  return tables.flatMap((table) => table.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []).map((row) => (row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map(cellText).join(' | '));
}

/** The column widths (twips, `w:gridCol`) of the first of the document's tables that holds `needle`. */
export async function docxTableGrid(bytes: Uint8Array, needle: string): Promise<number[]> {
  const document = await docxPart(bytes, 'word/document.xml');
  const table = (document.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).find((candidate) => candidate.includes(needle)) ?? '';
  return [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
}
