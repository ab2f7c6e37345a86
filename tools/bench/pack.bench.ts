import * as v from 'valibot';
import { randomBytes } from 'node:crypto';
import { PDFDocument, PDFName, StandardFonts, concatTransformationMatrix, drawObject, popGraphicsState, pushGraphicsState } from 'pdf-lib';
import { buildBoardPackPdf } from '../../src/documents';
import { FULL_VIEWER } from '../../src/domain/confidentiality';
import { planBoardPack, type PackDocument } from '../../src/domain/boardPack';
import { CaseNumberSchema, type AgendaItem, type MeetingFile } from '../../src/domain/model';
import { parseMeetingFile } from '../../src/domain/meetingFile';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, assertChromiumInstalled } from '../../e2e/support/chromium';
import type { BoardPackPlan } from '../../src/domain/boardPack';
import { defineSuite } from './harness';

/**
 * The møtebok PDF for the limit of issue 12: 10 saker with a saksframlegg each and 20 vedlegg,
 * 60 MB of PDF in all. The documents are made here with pdf-lib (nothing large is committed): each
 * vedlegg has pages carrying an image of random bytes, which no compression shrinks, like a scan.
 * Each document is handed over as a fresh copy when the builder asks for it, as a download would be,
 * so only the document being merged and the pack itself are held.
 *
 * Measured twice, on the same documents:
 * - in Node (the same pdf-lib code the browser runs): time, and the peak of `process.memoryUsage()`
 *   sampled every 10 ms — RSS, and heap + ArrayBuffers — above what the process held before the build;
 * - in headless Chromium, where the workspace builds it: `packBrowserEntry.ts` bundled with esbuild
 *   into a blank page. `performance.measureUserAgentSpecificMemory` gives one figure per call and only
 *   in a cross-origin isolated page, so the peak is sampled from outside instead: the renderer
 *   process's resident memory (`/proc/<pid>/status` VmRSS, the pid from CDP `SystemInfo.getProcessInfo`)
 *   every 10 ms, which counts pdf-lib's ArrayBuffers too, and the V8 heap (CDP `Performance.getMetrics`
 *   JSHeapUsedSize, which does not count ArrayBuffer contents) as often as the page answers.
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
    const caseNumber = v.parse(CaseNumberSchema, `2026.${String(index + 1).padStart(2, '0')}`);
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

/** Resident memory of a process in bytes (Linux), or undefined once it is gone. */
function residentBytes(pid: number): number | undefined {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** The same build in headless Chromium: time, and peak renderer RSS and V8 heap above the start. */
async function inChromium(plan: BoardPackPlan, small: Uint8Array, vedlegg: Uint8Array): Promise<string[]> {
  assertChromiumInstalled();
  const bundle = await build({ entryPoints: [fileURLToPath(new URL('./packBrowserEntry.ts', import.meta.url))], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'es2022', logLevel: 'silent' });
  const script = bundle.outputFiles[0]?.text ?? '';
  // --expose-gc: the start is measured after a full collection, as in Node.
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'], headless: true });
  try {
    const version = browser.version();
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html lang="nb"><title>Møtebok PDF bench</title></html>');
    await page.addScriptTag({ content: script });
    await page.evaluate(([p, a, b]) => (globalThis as unknown as { motebokPackBench: { load(plan: unknown, small: string, vedlegg: string): void } }).motebokPackBench.load(p, a, b), [plan, Buffer.from(small).toString('base64'), Buffer.from(vedlegg).toString('base64')] as const);
    const browserSession = await browser.newBrowserCDPSession();
    const { processInfo } = await browserSession.send('SystemInfo.getProcessInfo');
    const renderers = processInfo.filter((info) => info.type === 'renderer').map((info) => info.id);
    if (renderers.length === 0) throw new Error('Fant ingen renderer-prosess i Chromium (SystemInfo.getProcessInfo).');
    const pageSession = await page.context().newCDPSession(page);
    await pageSession.send('Performance.enable');
    const heapUsed = async () => (await pageSession.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0;

    await page.evaluate(() => (globalThis as { gc?: () => void }).gc?.());
    const startRss = new Map(renderers.map((pid) => [pid, residentBytes(pid) ?? 0]));
    const peakRss = new Map(startRss);
    const startHeap = await heapUsed();
    let peakHeap = startHeap;
    const sampleRss = () => {
      for (const pid of renderers) peakRss.set(pid, Math.max(peakRss.get(pid) ?? 0, residentBytes(pid) ?? 0));
    };
    const timer = setInterval(sampleRss, 10);
    let running = true;
    // The page answers between pdf-lib's synchronous stretches (each document is awaited), so the heap is sampled there.
    const heapSampler = (async () => {
      while (running) {
        peakHeap = Math.max(peakHeap, await heapUsed().catch(() => 0));
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    })();
    let result: { ms: number; pages: number; bytes: number };
    try {
      type PackBench = { motebokPackBench: { run(): Promise<{ ms: number; pages: number; bytes: number }> } };
      result = await page.evaluate(() => (globalThis as unknown as PackBench).motebokPackBench.run());
    } finally {
      sampleRss();
      clearInterval(timer);
      running = false;
      await heapSampler;
    }
    // The renderer that grew is the page's (a spare renderer may be listed beside it).
    const [pid, grown] = [...peakRss].map(([id, peak]) => [id, peak - (startRss.get(id) ?? 0)] as const).sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
    return [
      `   Chromium ${version} headless: pack ${result.pages} pages, ${MB(result.bytes)}; time ${(result.ms / 1000).toFixed(1)} s`,
      `   peak memory above the start (Chromium): renderer RSS ${MB(grown)} (RSS at peak ${MB(peakRss.get(pid) ?? 0)}, /proc VmRSS every 10 ms), V8 heap ${MB(peakHeap - startHeap)} (CDP JSHeapUsedSize; ArrayBuffer contents are outside it)`,
    ];
  } finally {
    await browser.close();
  }
}

export default defineSuite({
  name: 'Møtebok PDF (board pack)',
  input: `${SAKER} saker with a saksframlegg each, ${VEDLEGG} vedlegg, ${MB(TOTAL_BYTES)} of PDF in all; merged with pdf-lib in Node, then in headless Chromium`,
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
      `   Node ${process.version}: time ${(ms / 1000).toFixed(1)} s`,
      `   peak memory above the start (Node process.memoryUsage, sampled every 10 ms): heap + ArrayBuffers ${MB(peak.held - before.heapUsed - before.arrayBuffers)}, RSS ${MB(peak.rss - before.rss)} (RSS at peak ${MB(peak.rss)})`,
      ...(await inChromium(plan, small, vedlegg)),
    ];
  },
});
