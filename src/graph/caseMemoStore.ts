import { caseMemoFileName, meetingFolderPath } from '../domain/attachments';
import { isCaseMemoExempt } from '../domain/confidentialityAudience';
import { DomainError, isDomainError } from '../domain/errors';
import type { AgendaItem, DocumentRef, MeetingFile } from '../domain/model';
import { OfflineError, StorageError } from '../domain/ports';
import type { CaseMemoPlace } from './exemptFilePermissions';
import type { FilesGateway } from './filesGateway';
import { failureReason } from './graphError';

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
export interface CaseMemoStoreDeps {
  files: FilesGateway;
  /** `closeCaseMemoPlace` with SharePoint REST (wired in graphServices.ts). Absent: an exempt saksframlegg is refused. */
  closeExempt: ((file: MeetingFile, item: AgendaItem) => Promise<CaseMemoPlace>) | undefined;
}

export async function storeCaseMemo(deps: CaseMemoStoreDeps, file: MeetingFile, itemId: string, content: Blob | Uint8Array): Promise<DocumentRef> {
  const { committee, meeting } = file;
  const item = meeting.items.find((candidate) => candidate.id === itemId);
  if (!item) throw new DomainError('itemNotFound', { key: 'itemNotFound' });
  const fileName = caseMemoFileName(item, committee, meeting);
  let folderPath = meetingFolderPath(committee, meeting);
  let stored = item.caseMemo?.driveItemId === undefined ? undefined : item.caseMemo;
  if (isCaseMemoExempt(item)) {
    const place = await closed(deps, file, item);
    folderPath = place.folderPath;
    if (place.storedId === undefined) stored = undefined;
  }
  if (stored !== undefined) {
    try {
      const replaced = await deps.files.replace(stored, content);
      return replaced.fileName === fileName ? replaced : ((await deps.files.rename(replaced, fileName)) ?? replaced);
    } catch (error) {
      // Deleted by hand since: made anew below.
      if (!(error instanceof StorageError && error.kind === 'notFound')) throw error;
    }
  }
  return deps.files.upload(folderPath, fileName, content, { conflictBehavior: 'replace' });
}

/** The closed folder, or a refusal that says the saksframlegg was not stored and why. */
async function closed(deps: CaseMemoStoreDeps, file: MeetingFile, item: AgendaItem): Promise<CaseMemoPlace> {
  if (!deps.closeExempt) throw new Error('storeCaseMemo: no way to close the folder for exempt content here (closeExempt not wired)');
  try {
    return await deps.closeExempt(file, item);
  } catch (error) {
    if (error instanceof OfflineError) throw error;
    if (isDomainError(error) && error.reason?.key === 'exempt.unknownUser') throw new DomainError('exemptContentExposed', { key: 'exempt.memoUnknownUser', values: error.reason.values });
    throw new DomainError('exemptContentExposed', { key: 'exempt.memoNotProtected', values: { failure: failureReason(error) } });
  }
}
