/**
 * The page side of the møtebok PDF benchmark in Chromium (pack.bench.ts bundles this with esbuild):
 * the same `buildBoardPackPdf` the workspace loads, run on the plan and the two generated PDFs the
 * bench hands over. Each document is a fresh copy when the builder asks for it, as a download is.
 */
import { buildBoardPackPdf } from '../../src/documents/pdf/boardPackPdf';
import type { BoardPackPlan, PackDocument } from '../../src/domain/boardPack';

interface PackBench {
  load(plan: BoardPackPlan, small: string, vedlegg: string): void;
  run(): Promise<{ ms: number; pages: number; bytes: number }>;
}

const held: { plan?: BoardPackPlan; small?: Uint8Array; vedlegg?: Uint8Array } = {};
const fromBase64 = (text: string): Uint8Array => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));

const bench: PackBench = {
  load(plan, small, vedlegg) {
    held.plan = plan;
    held.small = fromBase64(small);
    held.vedlegg = fromBase64(vedlegg);
  },
  async run() {
    const { plan, small, vedlegg } = held;
    if (!plan || !small || !vedlegg) throw new Error('load() first');
    const source = async (document: PackDocument) => (document.kind === 'attachment' ? vedlegg : small).slice();
    const start = performance.now();
    const built = await buildBoardPackPdf(plan, source);
    return { ms: performance.now() - start, pages: built.layout.totalPages, bytes: built.bytes.byteLength };
  },
};
(globalThis as { motebokPackBench?: PackBench }).motebokPackBench = bench;
