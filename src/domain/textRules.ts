import * as v from 'valibot';
import { rule } from './schemaRules';

/**
 * Rules for text a person types, shared by every schema field that holds such text: no null or
 * control characters (a document would otherwise drop them silently, or a reader would see
 * something else than was stored), and a length limit. Messages name the field so the person
 * knows what to fix; nothing is trimmed or dropped here.
 */

// Tab, line feed and carriage return are text in a multi-line field; everything else below U+0020 and DEL is not.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_MULTI_LINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_SINGLE_LINE = /[\u0000-\u001F\u007F]/;

/** "U+0000" for the first control character in `text`, or undefined. */
export function firstControlCharacter(text: string, multiLine: boolean): string | undefined {
  const found = (multiLine ? CONTROL_MULTI_LINE : CONTROL_SINGLE_LINE).exec(text);
  return found ? `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : undefined;
}

export function controlCharacterMessage(field: string, code: string): string {
  return `${field} inneholder et kontrolltegn (${code}) som ikke kan lagres. Fjern det og prøv igjen.`;
}

// One formatter (`toLocaleString('nb-NO')` builds one per call), made when a message is first made:
// the first Intl formatter of a fresh page sets ICU up (40–90 ms in Chromium), and every page builds
// the schemas at start-up, so their messages are made when a field is refused, not when built (issue 14: cold load).
let numberFormat: Intl.NumberFormat | undefined;
const formatNumber = (n: number): string => (numberFormat ??= new Intl.NumberFormat('nb-NO')).format(n);

export function tooLongMessage(field: string, max: number, length?: number): string {
  const now = length === undefined ? '' : ` (nå ${formatNumber(length)})`;
  return `${field} kan ha høyst ${formatNumber(max)} tegn${now}.`;
}

/**
 * A text field: `field` is how the message names it ("Tittelen"), `max` its length limit, and
 * `required` the message when it is empty (absent: empty text is allowed). The checks run in this
 * order: length, control characters, then empty, in one `v.pipe` on one `v.string()`.
 */
export function textField(field: string, options: { max: number; multiLine?: boolean; required?: string }): v.GenericSchema<string> {
  const multiLine = options.multiLine ?? false;
  const tooLong = v.maxLength<string, number, () => string>(options.max, () => tooLongMessage(field, options.max));
  const controlCharacters = rule<string>((text, ctx) => {
    const code = firstControlCharacter(text, multiLine);
    if (code) ctx.addIssue({ message: controlCharacterMessage(field, code) });
  });
  return options.required === undefined
    ? v.pipe(v.string(), tooLong, controlCharacters)
    : v.pipe(v.string(), tooLong, controlCharacters, v.minLength<string, 1, string>(1, options.required));
}
