/**
 * Hands a file the workspace made (an innkalling or protokoll .docx, a register export) to the browser as a download.
 * One way for every such button; the object URL is let go once the browser has taken the file.
 */
export function downloadFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A rendered document's bytes as a Blob of its type (copied: the renderer's buffer may be a view on a larger one). */
export function bytesBlob(bytes: Uint8Array, type: string): Blob {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return new Blob([copy.buffer], { type });
}
