// SharePoint Online's rules for file and folder names, answered with Graph's error codes.
import { GraphError } from '../http/graphError.js';

const INVALID_CHARACTERS = /["*:<>?/\\|]/;
/** Control characters (U+0000–U+001F) are never valid in SharePoint names. */
function hasControlCharacter(name: string): boolean {
  for (const ch of name) if ((ch.codePointAt(0) ?? 32) < 32) return true;
  return false;
}
const RESERVED = /^(\.lock|CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9]|desktop\.ini)$/i;
export const MAX_NAME_LENGTH = 255;
/** Decoded full path (folders + name) inside the library. */
export const MAX_PATH_LENGTH = 400;

export function nameProblem(name: string): string | undefined {
  if (name.length === 0) return 'The name is empty.';
  if (name === '.' || name === '..') return `The name '${name}' is not allowed.`;
  if (INVALID_CHARACTERS.test(name) || hasControlCharacter(name)) return `The provided name '${name}' cannot contain any of the characters " * : < > ? / \\ |.`;
  if (name !== name.trim()) return `The provided name '${name}' cannot begin or end with a space.`;
  if (name.endsWith('.')) return `The provided name '${name}' cannot end with a period.`;
  if (RESERVED.test(name) || name.startsWith('~$') || name.includes('_vti_')) return `The provided name '${name}' is reserved and cannot be used.`;
  if (name.length > MAX_NAME_LENGTH) return `The provided name is longer than ${MAX_NAME_LENGTH} characters.`;
  return undefined;
}

export function assertValidName(name: string): void {
  const problem = nameProblem(name);
  if (problem) throw new GraphError(400, 'invalidRequest', problem, {}, name.length > MAX_NAME_LENGTH ? 'parameterIsTooLong' : 'invalidPath');
}

/** Splits `/a/b/c.docx` (already percent-decoded) into validated segments. */
export function splitPath(path: string): string[] {
  const segments = path.split('/').filter((s) => s.length > 0);
  if (path.length > MAX_PATH_LENGTH) throw new GraphError(400, 'invalidRequest', `The path is longer than ${MAX_PATH_LENGTH} characters.`, {}, 'pathIsTooLong');
  for (const s of segments) assertValidName(s);
  return segments;
}

export function decodeSegment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw new GraphError(400, 'invalidRequest', 'The path contains an invalid percent-encoding.', {}, 'invalidPath');
  }
}

/** Renames `Referat.docx` to `Referat 1.docx`, `Referat 2.docx`, … as SharePoint does on conflictBehavior=rename. */
export function renameCandidate(name: string, n: number): string {
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return `${name} ${n}`;
  return `${name.slice(0, dot)} ${n}${name.slice(dot)}`;
}

const MIME: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  doc: 'application/msword',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  pdf: 'application/pdf',
  txt: 'text/plain',
  html: 'text/html',
  htm: 'text/html',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  json: 'application/json',
  csv: 'text/csv',
  zip: 'application/zip',
  odt: 'application/vnd.oasis.opendocument.text',
  rtf: 'application/rtf',
};

export function mimeTypeFor(name: string): string {
  const ext = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
  return MIME[ext] ?? 'application/octet-stream';
}

/** Extensions Graph converts with ?format=pdf (the Office formats LibreOffice also reads). */
export const PDF_CONVERTIBLE = new Set(['doc', 'docx', 'dot', 'dotx', 'odt', 'odp', 'ods', 'rtf', 'xls', 'xlsx', 'xlsm', 'ppt', 'pptx', 'pps', 'ppsx', 'htm', 'html', 'txt', 'csv', 'md', 'epub']);
