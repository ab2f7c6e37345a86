import { buildBoardPackPdf, type PackProgress } from '../documents';
import { boardPackFileName, packDocuments, planBoardPack, type BoardPackPlan, type PackDocument, type PackLayout } from '../domain/boardPack';
import type { DocumentRef, MeetingFile } from '../domain/model';
import type { UploadProgress } from '../domain/ports';
import { runBatch, answerOrThrow, BATCH_LIMIT } from './batch';
import { DriveItemSchema } from './graphSchemas';
import type { SharePointMeetingRepository } from './sharePointMeetingRepository';

/**
 * The møtebok PDF as a use case: plan (domain/boardPack), fetch each document as PDF — converted by
 * SharePoint (`FilesGateway.downloadAsPdf`) where it is an Office file, as it is where it is a PDF —,
 * merge (documents/pdf/boardPackPdf) and store it in the meeting folder.
 *
 * Conversions are kept in a `PdfCache` keyed by drive item id + eTag: a document is converted once
 * and reused until its eTag changes (someone saved a new version, renamed or replaced it). The
 * current eTags are read first — one listing of the meeting folder, and a $batch for documents kept
 * elsewhere (the Referatsak's referat is in the previous meeting's folder) — so a stale cache entry
 * is never used. In the browser the cache is IndexedDB (`ui/shared/pdfCache.ts`): see its comment
 * for why not beside the pack in SharePoint.
 */
export interface PdfCache {
  get(itemId: string, eTag: string): Promise<Uint8Array | undefined>;
  put(itemId: string, eTag: string, bytes: Uint8Array): Promise<void>;
}

export interface BoardPackBuildProgress extends PackProgress {
  /** 'fetch': documents one by one; 'store': the pack is being uploaded. */
  phase: 'fetch' | 'store';
  upload?: UploadProgress;
}

export interface BoardPackResult {
  ref: DocumentRef;
  plan: BoardPackPlan;
  layout: PackLayout;
  /** How many documents were converted now, and how many conversions were reused from the cache. */
  converted: number;
  reused: number;
}

export interface BoardPackService {
  build(file: MeetingFile, onProgress?: (progress: BoardPackBuildProgress) => void): Promise<BoardPackResult>;
  /** The pack stored in the meeting folder, if one has been made. */
  findStored(file: MeetingFile): Promise<DocumentRef | undefined>;
}

export interface BoardPackDeps {
  repository: Pick<SharePointMeetingRepository, 'files' | 'storageClient' | 'listDocuments' | 'uploadDocument'>;
  cache: PdfCache;
}

export function createBoardPackService(deps: BoardPackDeps): BoardPackService {
  return {
    build: (file, onProgress) => buildAndStore(deps, file, onProgress),
    async findStored(file) {
      const name = boardPackFileName(file).toLowerCase();
      return (await deps.repository.listDocuments(file.committee, file.meeting)).find((ref) => ref.fileName.toLowerCase() === name);
    },
  };
}

async function buildAndStore(deps: BoardPackDeps, file: MeetingFile, onProgress?: (progress: BoardPackBuildProgress) => void): Promise<BoardPackResult> {
  const { repository, cache } = deps;
  const plan = planBoardPack(file);
  const eTags = await currentETags(deps, file, plan);
  let converted = 0;
  let reused = 0;
  const source = async (document: PackDocument): Promise<Uint8Array> => {
    if (document.conversion === 'asIs') return repository.files.download(document.ref);
    const itemId = document.ref.driveItemId ?? '';
    const eTag = eTags.get(itemId);
    const cached = eTag ? await cache.get(itemId, eTag) : undefined;
    if (cached) {
      reused += 1;
      return cached;
    }
    const pdf = await repository.files.downloadAsPdf(document.ref);
    converted += 1;
    // The cache is a convenience: a full disk must not fail the pack.
    if (eTag) await cache.put(itemId, eTag, pdf).catch(() => undefined);
    return pdf;
  };
  const { bytes, layout } = await buildBoardPackPdf(plan, source, (progress) => onProgress?.({ ...progress, phase: 'fetch' }));
  const documents = packDocuments(plan).length;
  onProgress?.({ phase: 'store', done: documents, total: documents });
  const ref = await repository.uploadDocument(file.committee, file.meeting, plan.fileName, bytes, (upload) => onProgress?.({ phase: 'store', done: documents, total: documents, upload }));
  return { ref, plan, layout, converted, reused };
}

/** Item id → eTag as SharePoint has it now, for the documents that are converted. */
async function currentETags(deps: BoardPackDeps, file: MeetingFile, plan: BoardPackPlan): Promise<Map<string, string>> {
  const wanted = packDocuments(plan).filter((document) => document.conversion === 'convert');
  const eTags = new Map<string, string>();
  if (wanted.length === 0) return eTags;
  for (const ref of await deps.repository.listDocuments(file.committee, file.meeting)) if (ref.driveItemId && ref.eTag) eTags.set(ref.driveItemId, ref.eTag);
  const elsewhere = [...new Set(wanted.map((document) => document.ref.driveItemId ?? '').filter((id) => id !== '' && !eTags.has(id)))];
  if (elsewhere.length === 0) return eTags;
  const driveId = await deps.repository.files.driveId();
  for (let start = 0; start < elsewhere.length; start += BATCH_LIMIT) {
    const chunk = elsewhere.slice(start, start + BATCH_LIMIT);
    const answers = await runBatch(deps.repository.storageClient, chunk.map((id, index) => ({ id: String(index), method: 'GET', url: `/drives/${driveId}/items/${id}?$select=id,eTag` })));
    chunk.forEach((id, index) => {
      // A document that cannot be read now gets no eTag: it is converted afresh (and fails there, listed, if it is gone).
      if ((answers.get(String(index))?.status ?? 500) >= 400) return;
      const item = answerOrThrow(answers, String(index), DriveItemSchema());
      if (item.eTag) eTags.set(id, item.eTag);
    });
  }
  return eTags;
}

/** A cache in memory, for the tools, the benchmark and tests (the browser uses IndexedDB). */
export function memoryPdfCache(): PdfCache & { size(): number } {
  const entries = new Map<string, Uint8Array>();
  const key = (itemId: string, eTag: string) => `${itemId}\u0000${eTag}`;
  return {
    get: async (itemId, eTag) => entries.get(key(itemId, eTag)),
    put: async (itemId, eTag, bytes) => void entries.set(key(itemId, eTag), bytes),
    size: () => entries.size,
  };
}
