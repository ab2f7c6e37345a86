/**
 * Base64 for the bytes the model carries (a logo is stored as base64) and the ones Graph and Outlook
 * take as base64 (file attachments). Without Node's Buffer so it runs in the browser; encoding is
 * chunked so a large file does not blow the stack of `String.fromCharCode(...)`.
 */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const step = 0x8000;
  for (let index = 0; index < bytes.length; index += step) binary += String.fromCharCode(...bytes.subarray(index, index + step));
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
