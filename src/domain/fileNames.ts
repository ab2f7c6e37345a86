import type { DomainReason } from './errors';
import { MAX_FILE_NAME_LENGTH, MAX_PATH_LENGTH } from './limits';

/**
 * SharePoint Online / OneDrive naming rules ("Restrictions and limitations in OneDrive and
 * SharePoint", Microsoft support; summarised in several university help pages):
 * - these characters are not allowed: " * : < > ? / \ |  (# and % are allowed in SharePoint Online)
 * - no leading or trailing spaces
 * - no trailing dot (Windows and the sync client cannot keep such a file)
 * - reserved names: .lock, CON, PRN, AUX, NUL, COM0–COM9, LPT0–LPT9, desktop.ini; we also refuse
 *   the device names with an extension ("CON.docx"), which Windows cannot create either
 * - "_vti_" anywhere; names starting with "~$" (Office lock files)
 * - at most 255 characters per name and 400 for the whole decoded path
 * - folders: no "forms" at the root of a library, no leading "~", no trailing "_files"
 * Control characters are refused too: they cannot be typed and only arrive by copy-paste accident.
 *
 * A leading dot is allowed (SharePoint accepts ".gitignore"-style names).
 *
 * Policy: a name the USER typed is validated and, if refused, the UI may OFFER
 * `suggestSafeFileName` — never apply it silently, it is their name. Names Møtebok builds itself
 * (attachments.ts) are ours, so they go through `suggestSafeFileName` directly.
 */

export type FileNameProblemCode =
  | 'empty'
  | 'forbiddenCharacter'
  | 'controlCharacter'
  | 'invisibleCharacter'
  | 'leadingSpace'
  | 'trailingSpace'
  | 'trailingDot'
  | 'reservedName'
  | 'lockFilePrefix'
  | 'vtiSegment'
  | 'tooLong'
  | 'pathTooLong'
  | 'formsFolderAtRoot'
  | 'folderStartsWithTilde'
  | 'folderEndsWithFiles';

export interface FileNameProblem {
  code: FileNameProblemCode;
  /**
   * What is wrong, naming the offending part so the user knows what to change, as data (a key of
   * the `fileName.` sentences and its arguments): the screens word it (`ui/shared/domainReasonText.ts`).
   */
  reason: DomainReason;
  /** The offending character, for forbiddenCharacter. */
  character?: string;
}

export type FileNameCheck = { ok: true; name: string } | { ok: false; problems: FileNameProblem[] };

export const FORBIDDEN_CHARACTERS: readonly string[] = ['"', '*', ':', '<', '>', '?', '/', '\\', '|'];

/** Each forbidden character's code, by which the screens name it ("kolon (:)", "a colon (:)"). */
const CHARACTER_NAMES: Readonly<Record<string, string>> = {
  '"': 'quote',
  '*': 'star',
  ':': 'colon',
  '<': 'lessThan',
  '>': 'greaterThan',
  '?': 'question',
  '/': 'slash',
  '\\': 'backslash',
  '|': 'pipe',
};

const problem = (code: Exclude<FileNameProblemCode, 'forbiddenCharacter' | 'reservedName' | 'tooLong' | 'pathTooLong' | 'folderStartsWithTilde' | 'folderEndsWithFiles'>): FileNameProblem => ({
  code,
  reason: { key: `fileName.${code}` },
});

const RESERVED_EXACT = new Set(['.lock', 'desktop.ini']);
const DEVICE_NAME = /^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\..*)?$/i;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/;
/**
 * Bidirectional controls (U+202A–U+202E, U+2066–U+2069) and zero-width characters (U+200B–U+200F,
 * U+2060, U+FEFF): they make a name display as something else ("Referat\u202Excod.exe" shows as
 * "Referatexe.docx"), so a name with one is refused rather than shown.
 */
export const INVISIBLE_FORMATTING = /[\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/;

/** Checks one file or folder name (not a path) against the rules above. */
export function validateFileName(name: string): FileNameCheck {
  const problems: FileNameProblem[] = [];
  if (name.trim() === '') {
    return { ok: false, problems: [problem('empty')] };
  }
  const seen = new Set<string>();
  for (const character of name) {
    if (FORBIDDEN_CHARACTERS.includes(character) && !seen.has(character)) {
      seen.add(character);
      problems.push({
        code: 'forbiddenCharacter',
        character,
        reason: { key: 'fileName.forbiddenCharacter', values: { character, characterName: CHARACTER_NAMES[character] ?? 'other' } },
      });
    }
  }
  if (CONTROL.test(name)) problems.push(problem('controlCharacter'));
  if (INVISIBLE_FORMATTING.test(name)) problems.push(problem('invisibleCharacter'));
  if (/^\s/.test(name)) problems.push(problem('leadingSpace'));
  if (/\s$/.test(name)) problems.push(problem('trailingSpace'));
  if (/\.$/.test(name.trimEnd())) problems.push(problem('trailingDot'));
  const trimmed = name.trim();
  if (RESERVED_EXACT.has(trimmed.toLowerCase()) || DEVICE_NAME.test(trimmed)) {
    problems.push({ code: 'reservedName', reason: { key: 'fileName.reservedName', values: { name: trimmed } } });
  }
  if (trimmed.startsWith('~$')) problems.push(problem('lockFilePrefix'));
  if (name.toLowerCase().includes('_vti_')) problems.push(problem('vtiSegment'));
  const length = [...name].length;
  if (length > MAX_FILE_NAME_LENGTH) {
    problems.push({ code: 'tooLong', reason: { key: 'fileName.tooLong', values: { length, max: MAX_FILE_NAME_LENGTH } } });
  }
  return problems.length === 0 ? { ok: true, name } : { ok: false, problems };
}

/** The extension with its dot (".docx"), or '' when there is none. A leading dot is not an extension. */
export function extensionOf(name: string): string {
  const match = /(\.[A-Za-z0-9]{1,10})$/.exec(name);
  return match && match.index > 0 ? (match[1] ?? '') : '';
}

/**
 * A name SharePoint will accept that stays close to the original: "Sak: tittel" → "Sak - tittel",
 * other forbidden characters become a hyphen ("Helse/omsorg" → "Helse-omsorg"), control
 * characters and surrounding spaces/trailing dots go, reserved names get "-fil", and an overlong
 * name is shortened before its extension.
 */
export function suggestSafeFileName(name: string, maxLength: number = MAX_FILE_NAME_LENGTH): string {
  let safe = name
    .replace(new RegExp(CONTROL.source, 'g'), ' ')
    .replace(new RegExp(INVISIBLE_FORMATTING.source, 'g'), '')
    .replace(/\s*:\s+/g, ' - ')
    .replace(/["*:<>?/\\|]/g, '-')
    .replace(/_vti_/gi, '_vti-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(~\$)+/, '')
    .replace(/[.\s]+$/, '')
    .trim();
  if (safe === '') safe = 'Dokument';
  if (RESERVED_EXACT.has(safe.toLowerCase()) || DEVICE_NAME.test(safe)) {
    const extension = extensionOf(safe);
    safe = `${safe.slice(0, safe.length - extension.length)}-fil${extension}`;
  }
  const characters = [...safe];
  if (characters.length > maxLength) {
    const extension = extensionOf(safe);
    const keep = Math.max(1, maxLength - extension.length);
    safe = `${characters.slice(0, keep).join('').replace(/[.\s]+$/, '')}${extension}`;
  }
  return safe;
}

/**
 * Checks a folder path relative to the library root ("Partnerskapsmøtet/2026-06-11 PM"): every
 * segment as a name plus the folder rules, and the whole decoded path against 400 characters.
 * `basePath` is what comes before it in the URL (site + library), which counts towards the limit.
 */
export function validateFolderPath(path: string, basePath = ''): FileNameCheck {
  const problems: FileNameProblem[] = [];
  const segments = path.split('/');
  segments.forEach((segment, index) => {
    const check = validateFileName(segment);
    if (!check.ok) {
      for (const found of check.problems) {
        // '/' separates segments, so it cannot be a forbidden character here; report by segment.
        problems.push(segments.length > 1 ? { ...found, reason: { key: 'fileName.inFolder', values: { folder: segment, problem: found.reason } } } : found);
      }
    }
    if (index === 0 && segment.trim().toLowerCase() === 'forms') problems.push(problem('formsFolderAtRoot'));
    if (segment.startsWith('~')) problems.push({ code: 'folderStartsWithTilde', reason: { key: 'fileName.folderStartsWithTilde', values: { folder: segment } } });
    if (/_files$/i.test(segment)) problems.push({ code: 'folderEndsWithFiles', reason: { key: 'fileName.folderEndsWithFiles', values: { folder: segment } } });
  });
  const fullLength = [...(basePath === '' ? path : `${basePath.replace(/\/+$/, '')}/${path}`)].length;
  if (fullLength > MAX_PATH_LENGTH) {
    problems.push({ code: 'pathTooLong', reason: { key: 'fileName.pathTooLong', values: { length: fullLength, max: MAX_PATH_LENGTH } } });
  }
  return problems.length === 0 ? { ok: true, name: path } : { ok: false, problems };
}

/**
 * Like suggestSafeFileName, plus the folder rules: no leading "~", no trailing "_files", and no
 * "forms" at the library root (the workaround Microsoft suggests is a suffix: "forms-1").
 */
export function suggestSafeFolderName(name: string, atLibraryRoot: boolean, maxLength: number = MAX_FILE_NAME_LENGTH): string {
  let safe = suggestSafeFileName(name.replace(/^[~\s]+/, ''), maxLength - 2);
  if (/_files$/i.test(safe)) safe = `${safe}-1`;
  if (atLibraryRoot && safe.toLowerCase() === 'forms') safe = `${safe}-1`;
  return safe;
}
