import { ResponseType, type Client } from '@microsoft/microsoft-graph-client';
import type { DriveItem } from '@microsoft/microsoft-graph-types';
import * as v from 'valibot';
import { DomainError } from '../domain/errors';
import { validateFileName } from '../domain/fileNames';
import { DEFAULT_UPLOAD_CHUNK_BYTES, SIMPLE_DRIVE_UPLOAD_MAX_BYTES } from '../domain/limits';
import type { DocumentRef } from '../domain/model';
import type { UploadProgress } from '../domain/ports';
import { graphCall, graphSend } from './graphCall';
import { GraphRequestError, offlineError } from './graphError';
import { DriveItemSchema, DriveSchema, IdSchema, SharingLinkSchema, UploadSessionSchema, type DriveItemData } from './graphSchemas';
import { allPages } from './pages';

/**
 * Files over 4 MB go through an upload session with the Graph client's LargeFileUploadTask
 * (`uploadSession.ts`): fetched with the first such upload, not with every page (issue 14). A chunk
 * that cannot be fetched is the network away (OfflineError), as a request that never reached Graph.
 */
export const loadUploadSession = () =>
  import(/* webpackChunkName: "upload-session" */ './uploadSession').catch((error: unknown) => {
    throw offlineError(error);
  });

export type ConflictBehavior = 'fail' | 'replace' | 'rename';

export interface UploadOptions {
  conflictBehavior?: ConflictBehavior;
  onProgress?: (progress: UploadProgress) => void;
}

/**
 * The committee's document library (the site's default drive): one folder per committee, one per
 * meeting inside it. Folder ids are cached per path, so a session walks the tree once.
 */
export class FilesGateway {
  private drivePromise: Promise<{ id: string; webUrl?: string | undefined }> | undefined;
  private readonly folderIds = new Map<string, Promise<string>>();

  constructor(
    private readonly client: Client,
    private readonly siteId: string,
    private readonly chunkBytes = DEFAULT_UPLOAD_CHUNK_BYTES,
  ) {}

  driveId(): Promise<string> {
    return this.drive().then((drive) => drive.id);
  }

  /** The site's library, read once: its id, and its address (`webUrl`) for `webUrlOf`. */
  private drive(): Promise<{ id: string; webUrl?: string | undefined }> {
    this.drivePromise ??= graphCall(DriveSchema(), () => this.client.api(`/sites/${this.siteId}/drive`).select('id,webUrl').get());
    this.drivePromise.catch(() => (this.drivePromise = undefined));
    return this.drivePromise;
  }

  /**
   * The address SharePoint gives the file `fileName` in the folder at `folderPath` (its `webUrl`):
   * the library's address and the path, each name encoded. For a link written before the file is
   * stored (the innkalling's link to the møtebok PDF); whoever writes it compares it with the stored
   * file's `webUrl` afterwards. Undefined when the library has no https address.
   */
  async webUrlOf(folderPath: string, fileName: string): Promise<string | undefined> {
    const library = (await this.drive()).webUrl;
    if (!library?.startsWith('https:')) return undefined;
    return [library.replace(/\/+$/, ''), ...[...folderPath.split('/').filter(Boolean), fileName].map(encodeURIComponent)].join('/');
  }

  /** The folder at `path` ("Partnerskapsmøtet/2026-06-11 PM"), created level by level where missing. */
  async ensureFolder(path: string): Promise<string> {
    return this.folder(path, true) as Promise<string>;
  }

  /** The folder's id, or undefined when it does not exist (nothing is created). */
  async findFolder(path: string): Promise<string | undefined> {
    return this.folder(path, false);
  }

  private async folder(path: string, create: boolean): Promise<string | undefined> {
    const segments = path.split('/').filter(Boolean);
    const driveId = await this.driveId();
    let parentId = await this.rootId(driveId);
    for (let depth = 0; depth < segments.length; depth++) {
      const key = segments.slice(0, depth + 1).join('/');
      const cached = this.folderIds.get(key);
      if (cached) {
        parentId = await cached;
        continue;
      }
      const name = segments[depth] ?? '';
      const lookup = this.childFolder(driveId, parentId, name, create);
      const id = await lookup;
      if (id === undefined) return undefined;
      this.folderIds.set(key, Promise.resolve(id));
      parentId = id;
    }
    return parentId;
  }

  private async rootId(driveId: string): Promise<string> {
    const cached = this.folderIds.get('');
    if (cached) return cached;
    const root = graphCall(IdSchema(), () => this.client.api(`/drives/${driveId}/root`).select('id').get()).then((r) => r.id);
    this.folderIds.set('', root);
    root.catch(() => this.folderIds.delete(''));
    return root;
  }

  private async childFolder(driveId: string, parentId: string, name: string, create: boolean): Promise<string | undefined> {
    const existing = (await this.children(parentId)).find((child) => child.folder && child.name.toLowerCase() === name.toLowerCase());
    if (existing || !create) return existing?.id;
    assertValidName(name);
    const body: DriveItem & Record<string, unknown> = { name, folder: {}, '@microsoft.graph.conflictBehavior': 'fail' };
    try {
      return (await graphCall(DriveItemSchema(), () => this.client.api(`/drives/${driveId}/items/${parentId}/children`).post(body))).id;
    } catch (error) {
      // Someone else created it between our look and our create: use theirs.
      if (error instanceof GraphRequestError && error.status === 409) return this.childFolder(driveId, parentId, name, false);
      throw error;
    }
  }

  /** The items in a folder (all pages). */
  async children(folderId: string): Promise<DriveItemData[]> {
    const driveId = await this.driveId();
    return allPages(this.client, DriveItemSchema(), () =>
      this.client.api(`/drives/${driveId}/items/${folderId}/children`).select('id,name,eTag,webUrl,size,folder,file').get(),
    );
  }

  /**
   * Stores a file in the folder at `folderPath`. Up to 4 MB in one PUT; larger through an upload
   * session in chunks (multiples of 320 KiB), reporting progress. The file is addressed by its path
   * in the site's library (`/sites/{site}/drive/root:/{folder}/{name}:`), so no drive, root or
   * folder id is looked up first; missing folders on the path are created with it. The names are
   * checked against the SharePoint rules first, so a bad name never costs a request.
   */
  async upload(folderPath: string, fileName: string, content: Blob | Uint8Array, options: UploadOptions = {}): Promise<DocumentRef> {
    const segments = [...folderPath.split('/').filter(Boolean), fileName];
    segments.forEach(assertValidName);
    const blob = toBlob(content);
    const conflictBehavior = options.conflictBehavior ?? 'replace';
    const target = `/sites/${this.siteId}/drive/root:/${segments.map(encodeURIComponent).join('/')}:`;
    let item: DriveItemData;
    if (blob.size <= SIMPLE_DRIVE_UPLOAD_MAX_BYTES) {
      item = await graphCall(DriveItemSchema(), () =>
        this.client.api(`${target}/content`).query({ '@microsoft.graph.conflictBehavior': conflictBehavior }).header('Content-Type', 'application/octet-stream').put(blob),
      );
      options.onProgress?.({ bytesSent: blob.size, totalBytes: blob.size });
    } else {
      item = await this.uploadInChunks(`${target}/createUploadSession`, { item: { '@microsoft.graph.conflictBehavior': conflictBehavior, name: fileName } }, blob, fileName, options.onProgress);
    }
    return toDocumentRef(item);
  }

  private async uploadInChunks(
    sessionPath: string,
    payload: unknown,
    blob: Blob,
    name: string,
    onProgress?: (progress: UploadProgress) => void,
  ): Promise<DriveItemData> {
    const session = await graphCall(UploadSessionSchema(), () => this.client.api(sessionPath).post(payload));
    const response = await (await loadUploadSession()).uploadSessionChunks(this.client, session.uploadUrl, blob, name, this.chunkBytes, onProgress);
    return v.parse(DriveItemSchema(), response);
  }

  /**
   * The bytes behind a pre-authenticated `@microsoft.graph.downloadUrl` (read in a $batch with the
   * item): one request to the storage, where `…/content` is a Graph request answered with a
   * redirect to that same address.
   */
  async downloadFrom(downloadUrl: string): Promise<Uint8Array> {
    const buffer = await graphCall(v.instance(ArrayBuffer), () => this.client.api(downloadUrl).responseType(ResponseType.ARRAYBUFFER).get());
    return new Uint8Array(buffer);
  }

  async download(ref: DocumentRef): Promise<Uint8Array> {
    const itemId = requireItemId(ref);
    const driveId = await this.driveId();
    const buffer = await graphCall(v.instance(ArrayBuffer), () => this.client.api(`/drives/${driveId}/items/${itemId}/content`).responseType(ResponseType.ARRAYBUFFER).get());
    return new Uint8Array(buffer);
  }

  /**
   * The file as PDF, converted by SharePoint (`GET …/content?format=pdf`; Word, PowerPoint, Excel,
   * RTF, HTML …). Graph answers with a redirect to the converted file, which fetch follows. A format
   * it cannot convert is a 406 `notSupported` (GraphRequestError).
   */
  async downloadAsPdf(ref: DocumentRef): Promise<Uint8Array> {
    const itemId = requireItemId(ref);
    const driveId = await this.driveId();
    const buffer = await graphCall(v.instance(ArrayBuffer), () =>
      this.client.api(`/drives/${driveId}/items/${itemId}/content`).query({ format: 'pdf' }).responseType(ResponseType.ARRAYBUFFER).get(),
    );
    return new Uint8Array(buffer);
  }

  async delete(ref: DocumentRef): Promise<void> {
    const itemId = requireItemId(ref);
    const driveId = await this.driveId();
    await graphSend(() => this.client.api(`/drives/${driveId}/items/${itemId}`).delete());
  }

  /** A link members of the organisation can open (no anonymous links: data stays in the tenant). */
  async createLink(ref: DocumentRef): Promise<string> {
    const itemId = requireItemId(ref);
    const driveId = await this.driveId();
    const result = await graphCall(SharingLinkSchema(), () => this.client.api(`/drives/${driveId}/items/${itemId}/createLink`).post({ type: 'view', scope: 'organization' }));
    return result.link.webUrl;
  }
}

/** Blob, not Uint8Array: the Graph client serialises typed arrays through Node's Buffer, which browsers lack. */
export function toBlob(content: Blob | Uint8Array): Blob {
  if (content instanceof Blob) return content;
  const copy = new Uint8Array(content.byteLength);
  copy.set(content);
  return new Blob([copy.buffer]);
}

function assertValidName(name: string): void {
  const check = validateFileName(name);
  if (!check.ok) throw new DomainError('invalidFileName', { key: 'fileName.problems', values: { problems: check.problems.map((p) => p.reason) } });
}

function requireItemId(ref: DocumentRef): string {
  if (!ref.driveItemId) throw new DomainError('invalidFileName', { key: 'documentNotStored', values: { fileName: ref.fileName } });
  return ref.driveItemId;
}

export function toDocumentRef(item: DriveItemData): DocumentRef {
  return {
    fileName: item.name,
    driveItemId: item.id,
    ...(item.webUrl && URL.canParse(item.webUrl) ? { webUrl: item.webUrl } : {}),
    ...(item.size !== undefined ? { size: item.size } : {}),
    ...(item.file?.mimeType ? { contentType: item.file.mimeType } : {}),
    ...(item.eTag ? { eTag: item.eTag } : {}),
  };
}
