import { caseMemoFileName, meetingFolderPath } from '../domain/attachments';
import { isCaseMemoExempt } from '../domain/confidentialityAudience';
import { DomainError, isDomainError } from '../domain/errors';
import type { AgendaItem, DocumentRef, MeetingFile } from '../domain/model';
import { OfflineError, StorageError } from '../domain/ports';
import * as v from 'valibot';
import { DEFAULT_UPLOAD_CHUNK_BYTES, SIMPLE_DRIVE_UPLOAD_MAX_BYTES } from '../domain/limits';
import type { CaseMemoPlace } from './exemptFilePermissions';
import { loadUploadSession, toBlob, toDocumentRef } from './filesGateway';
import { graphCall } from './graphCall';
import { failureReason, GraphRequestError } from './graphError';
import { DriveItemSchema, UploadSessionSchema } from './graphSchemas';
import type { SharePointMeetingRepository } from './sharePointMeetingRepository';

/** The repository's library: its gateway, its storage client and its site. */
type CaseMemoStoreDeps = Pick<SharePointMeetingRepository, 'files' | 'storageClient' | 'siteId'>;
/** `closeCaseMemoPlace` with SharePoint REST (wired in graphServices.ts). Absent: an exempt saksframlegg is refused. */
type CloseExempt = ((file: MeetingFile, item: AgendaItem) => Promise<CaseMemoPlace>) | undefined;

/**
 * «Lag saksframlegg» (the workspace's `CaseMemoPanel`): the sak's saksframlegg stored where it belongs.
 *
 * - Its saksframlegg exempt (`isCaseMemoExempt`: the sak, or the saksframlegg marked): the sak's folder
 *   for exempt content is made and closed first (`exemptFilePermissions.ts` `closeCaseMemoPlace`, the
 *   send's own closing), and the file is written into it, inheriting the closed folder's permissions.
 *   The file — its name holds the real title — is never in the meeting folder every member reads.
 *   When the folder cannot be closed (no Manage Permissions, an address SharePoint does not know),
 *   nothing is written and the refusal says so.
 * - A saksframlegg already stored is replaced where it lies (the same item: its history and permissions
 *   stay), never a second copy; renamed when its name should change (case number given since).
 * - Otherwise: into the meeting folder, as any document.
 *
 * A sak marked or unmarked after its saksframlegg was made: the send moves the file
 * (`protectExemptFiles`), as it does the vedlegg.
 */

export async function storeCaseMemo(
  deps: CaseMemoStoreDeps,
  closeExempt: CloseExempt,
  file: MeetingFile,
  itemId: string,
  content: Blob | Uint8Array,
): Promise<DocumentRef> {
  const { committee, meeting } = file;
  const item = meeting.items.find((candidate) => candidate.id === itemId);
  if (!item) throw new DomainError('itemNotFound', { key: 'itemNotFound' });
  const fileName = caseMemoFileName(item, committee, meeting);
  let folderPath = meetingFolderPath(committee, meeting);
  let stored = item.caseMemo?.driveItemId === undefined ? undefined : item.caseMemo;
  if (isCaseMemoExempt(item)) {
    const place = await closed(closeExempt, file, item);
    folderPath = place.folderPath;
    if (place.storedId === undefined) stored = undefined;
  }
  if (stored !== undefined) {
    try {
      const replaced = await replace(deps, stored.driveItemId ?? '', fileName, content);
      return replaced.fileName === fileName ? replaced : ((await rename(deps, stored.driveItemId ?? '', fileName)) ?? replaced);
    } catch (error) {
      // Deleted by hand since: made anew below.
      if (!(error instanceof StorageError && error.kind === 'notFound')) throw error;
    }
  }
  return deps.files.upload(folderPath, fileName, content, { conflictBehavior: 'replace' });
}

/** The closed folder, or a refusal that says the saksframlegg was not stored and why. */
async function closed(closeExempt: CloseExempt, file: MeetingFile, item: AgendaItem): Promise<CaseMemoPlace> {
  if (!closeExempt) throw new Error('storeCaseMemo: no way to close the folder for exempt content here (closeCaseMemoPlace not wired)');
  try {
    return await closeExempt(file, item);
  } catch (error) {
    if (error instanceof OfflineError) throw error;
    if (isDomainError(error) && error.reason?.key === 'exempt.unknownUser') throw new DomainError('exemptContentExposed', { key: 'exempt.memoUnknownUser', values: error.reason.values });
    throw new DomainError('exemptContentExposed', { key: 'exempt.memoNotProtected', values: { failure: failureReason(error) } });
  }
}

/**
 * New content for the stored file where it lies (`PUT /items/{id}/content`, or an upload session on the
 * item when large): the same item, so its place, name, history and permissions stay. Here rather than in
 * FilesGateway, which every page loads at start.
 */
async function replace(deps: CaseMemoStoreDeps, itemId: string, fileName: string, content: Blob | Uint8Array): Promise<DocumentRef> {
  const target = `/sites/${deps.siteId}/drive/items/${encodeURIComponent(itemId)}`;
  const blob = toBlob(content);
  if (blob.size <= SIMPLE_DRIVE_UPLOAD_MAX_BYTES) {
    return toDocumentRef(await graphCall(DriveItemSchema(), () => deps.storageClient.api(`${target}/content`).header('Content-Type', 'application/octet-stream').put(blob)));
  }
  const session = await graphCall(UploadSessionSchema(), () => deps.storageClient.api(`${target}/createUploadSession`).post({ item: { '@microsoft.graph.conflictBehavior': 'replace' } }));
  const answer = await (await loadUploadSession()).uploadSessionChunks(deps.storageClient, session.uploadUrl, blob, fileName, DEFAULT_UPLOAD_CHUNK_BYTES);
  return toDocumentRef(v.parse(DriveItemSchema(), answer));
}

/** The stored file renamed in its folder; undefined when another file there has the name already (409: left as it is). */
async function rename(deps: CaseMemoStoreDeps, itemId: string, fileName: string): Promise<DocumentRef | undefined> {
  try {
    return toDocumentRef(await graphCall(DriveItemSchema(), () => deps.storageClient.api(`/sites/${deps.siteId}/drive/items/${encodeURIComponent(itemId)}`).patch({ name: fileName })));
  } catch (error) {
    if (error instanceof GraphRequestError && error.status === 409) return undefined;
    throw error;
  }
}
