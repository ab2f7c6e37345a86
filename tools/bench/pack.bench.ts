import { randomBytes } from 'node:crypto';
import { PDFDocument, PDFName, StandardFonts, concatTransformationMatrix, drawObject, popGraphicsState, pushGraphicsState } from 'pdf-lib';
import { buildBoardPackPdf } from '../../src/documents';
import { FULL_VIEWER } from '../../src/domain/confidentiality';
import { planBoardPack, type PackDocument } from '../../src/domain/boardPack';
import { CaseNumberSchema, type AgendaItem, type MeetingFile } from '../../src/domain/model';
import { parseMeetingFile } from '../../src/domain/meetingFile';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineSuite } from './harness';

/**
 * The møtebok PDF for the limit of issue 12: 10 saker with a saksframlegg each and 20 vedlegg,
 * 60 MB of PDF in all. The documents are made here with pdf-lib (nothing large is committed): each
 * vedlegg has pages carrying an image of random bytes, which no compression shrinks, like a scan.
 * Each document is handed over as a fresh copy when the builder asks for it, as a download would be,
 * so only the document being merged and the pack itself are held.
 *
 * Measured in Node (the same pdf-lib code the browser runs): time, and the peak of
 * `process.memoryUsage()` sampled every 10 ms — RSS, and heap + ArrayBuffers (what a Chromium tab's
 * JavaScript would hold for the same work) — above what the process held before the build.
 */
const SAKER = 10;
const VEDLEGG = 20;
const TOTAL_BYTES = 60 * 1024 * 1024;
const PAGE_IMAGE_BYTES = 350 * 1024;

async function scannedPdf(label: string, bytes: number): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  const pages = Math.max(1, Math.round(bytes / PAGE_IMAGE_BYTES));
  const side = Math.floor(Math.sqrt(PAGE_IMAGE_BYTES));
  for (let index = 1; index <= pages; index++) {
    const page = document.addPage([595.28, 841.89]);
    const image = document.context.register(document.context.stream(randomBytes(side * side), { Type: 'XObject', Subtype: 'Image', Width: side, Height: side, ColorSpace: 'DeviceGray', BitsPerComponent: 8 }));
    page.node.setXObject(PDFName.of('Scan'), image);
    page.pushOperators(pushGraphicsState(), concatTransformationMatrix(480, 0, 0, 480, 57, 250), drawObject('Scan'), popGraphicsState());
    page.drawText(`${label} side ${index}`, { x: 57, y: 780, size: 14, font });
  }
  return document.save();
}

function benchMeeting(): MeetingFile {
  const seed = parseMeetingFile(JSON.parse(readFileSync(fileURLToPath(new URL('../../fixtures/meetings/pm-2026.json', import.meta.url)), 'utf8')));
  const stored = (name: string, id: string) => ({ fileName: name, driveItemId: id, webUrl: `https://localhost/${id}` });
  let number = 1;
  const items: AgendaItem[] = Array.from({ length: SAKER }, (_, index) => {
    const template = seed.meeting.items[1] as AgendaItem;
    const caseNumber = CaseNumberSchema.parse(`2026.${String(index + 1).padStart(2, '0')}`);
    return {
      ...template,
      id: `sak-${index + 1}`,
      caseNumber,
      title: `Sak nummer ${index + 1} i benchmarken`,
      caseMemo: stored(`${caseNumber} Saksgrunnlag.pdf`, `memo-${index + 1}`),
      attachments: Array.from({ length: VEDLEGG / SAKER }, () => {
        const n = number++;
        return { id: `v${n}`, number: n, title: `Skannet vedlegg ${n}`, ...stored(`Vedlegg ${n}.pdf`, `v${n}`) };
      }),
    };
  });
  return { committee: seed.committee, meeting: { ...seed.meeting, innkalling: stored('Innkalling.pdf', 'innkalling'), items } };
}

const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export default defineSuite({
  name: 'Møtebok PDF (board pack)',
  input: `${SAKER} saker with a saksframlegg each, ${VEDLEGG} vedlegg, ${MB(TOTAL_BYTES)} of PDF in all; merged with pdf-lib in Node`,
  cases: [],
  async report() {
    const plan = planBoardPack(benchMeeting(), FULL_VIEWER);
    // Small documents (innkalling, saksframlegg: 2 pages of text each); the vedlegg share the rest.
    const small = await scannedPdf('Saksframlegg', 2 * PAGE_IMAGE_BYTES);
    const vedleggBytes = Math.floor((TOTAL_BYTES - (1 + SAKER) * small.byteLength) / VEDLEGG);
    const vedlegg = await scannedPdf('Vedlegg', vedleggBytes);
    const source = async (document: PackDocument) => (document.kind === 'attachment' ? vedlegg : small).slice();
    const inputBytes = (1 + SAKER) * small.byteLength + VEDLEGG * vedlegg.byteLength;

    (globalThis as { gc?: () => void }).gc?.();
    const before = process.memoryUsage();
    const peak = { rss: before.rss, held: before.heapUsed + before.arrayBuffers };
    const sample = () => {
      const now = process.memoryUsage();
      peak.rss = Math.max(peak.rss, now.rss);
      peak.held = Math.max(peak.held, now.heapUsed + now.arrayBuffers);
    };
    const timer = setInterval(sample, 10);
    const start = performance.now();
    let built;
    try {
      built = await buildBoardPackPdf(plan, source);
    } finally {
      sample();
      clearInterval(timer);
    }
    const ms = performance.now() - start;
    return [
      `   input: ${1 + SAKER + VEDLEGG} documents, ${MB(inputBytes)}; pack: ${built.layout.totalPages} pages, ${MB(built.bytes.byteLength)}`,
      `   time: ${(ms / 1000).toFixed(1)} s`,
      `   peak memory above the start (Node process.memoryUsage, sampled every 10 ms): heap + ArrayBuffers ${MB(peak.held - before.heapUsed - before.arrayBuffers)}, RSS ${MB(peak.rss - before.rss)} (RSS at peak ${MB(peak.rss)})`,
    ];
  },
});
