import { LargeFileUploadTask, type Client, type FileObject, type Range } from '@microsoft/microsoft-graph-client';
import type { UploadProgress } from '../domain/ports';
import { graphRequestErrorFrom, normaliseGraphError } from './graphError';

// Its own chunk (`filesGateway.ts` `loadUploadSession`): the Graph client's LargeFileUploadTask loads
// with the first file or attachment over the single-request limit, not with every page (issue 14).

/**
 * Sends `blob` to an upload session URL (drive item or event attachment) with the Graph client's
 * LargeFileUploadTask. Its raw-response mode does not throw on a failed chunk, so a checked
 * subclass turns a non-2xx chunk into a GraphRequestError instead of a silent stall.
 */
export async function uploadSessionChunks(
  client: Client,
  uploadUrl: string,
  blob: Blob,
  name: string,
  chunkBytes: number,
  onProgress?: (progress: UploadProgress) => void,
): Promise<unknown> {
  const file: FileObject<Blob> = { content: blob, name, size: blob.size, sliceFile: (range: Range) => blob.slice(range.minValue, range.maxValue + 1) };
  const task = new CheckedUploadTask(client, file, { url: uploadUrl, expiry: new Date(Date.now() + 3600_000) }, {
    rangeSize: chunkBytes,
    uploadEventHandlers: { progress: (range?: Range) => onProgress?.({ bytesSent: range ? range.maxValue + 1 : 0, totalBytes: blob.size }) },
  });
  const result = await task.upload();
  return result.responseBody ?? {};
}

class CheckedUploadTask extends LargeFileUploadTask<Blob> {
  override async uploadSliceGetRawResponse(fileSlice: unknown, range: Range, totalSize: number): Promise<Response> {
    let response: Response;
    try {
      response = await super.uploadSliceGetRawResponse(fileSlice, range, totalSize);
    } catch (error) {
      // A dropped connection, or a chunk without an answer in time (the client hands both back wrapped): offline.
      throw normaliseGraphError(error);
    }
    if (!response.ok) throw graphRequestErrorFrom(response.status, response.headers, await response.text());
    return response;
  }
}
