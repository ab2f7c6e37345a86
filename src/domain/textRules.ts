import * as v from 'valibot';
import { fieldRuleMessage, type RequiredField, type RuleField } from './fieldRules';
import { rule } from './schemaRules';

/**
 * Rules for text a person types, shared by every schema field that holds such text: no null or
 * control characters (a document would otherwise drop them silently, or a reader would see
 * something else than was stored), and a length limit. Each rule names the field (as data,
 * `fieldRules.ts`) so the person knows what to fix; nothing is trimmed or dropped here.
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

/** The one string schema under every text field's pipe: a schema is a plain object with no state, so the fields share it (fewer built at start-up). */
const TEXT = v.string();

/**
 * A text field: `field` is the field its rules name (worded by the screens: "Tittelen"), `max` its
 * length limit, and `required` whether empty text is refused. The checks run in this order: length,
 * control characters, then empty, in one `v.pipe` on one `v.string()`. Each issue's message is the
 * rule as data (`fieldRuleMessage`), made when a field is refused, not when built (every page builds
 * the schemas at start-up, issue 14: cold load).
 */
export function textField(field: RequiredField, options: { max: number; multiLine?: boolean; required: true; trimmed?: true }): v.GenericSchema<string>;
export function textField(field: RuleField, options: { max: number; multiLine?: boolean; trimmed?: true }): v.GenericSchema<string>;
export function textField(field: RuleField, options: { max: number; multiLine?: boolean; required?: true; trimmed?: true }): v.GenericSchema<string> {
  const multiLine = options.multiLine ?? false;
  const tooLong = v.maxLength<string, number, () => string>(options.max, () => fieldRuleMessage({ code: 'tooLong', field, max: options.max }));
  const controlCharacters = controlCharacterRule(field, multiLine);
  // `trimmed`: stored without the spaces around it, trimmed before the length is counted; one pipe, one
  // schema fewer at start-up than a pipe around it.
  if (options.required === undefined) {
    return options.trimmed === undefined ? v.pipe(TEXT, tooLong, controlCharacters) : v.pipe(TEXT, v.trim(), tooLong, controlCharacters);
  }
  const empty = v.minLength<string, 1, () => string>(1, () => fieldRuleMessage({ code: 'required', field: field as RequiredField }));
  // `trimmed`: stored without the spaces around it, and spaces alone are empty (a hjemmel); one pipe, one schema fewer at start-up.
  if (options.trimmed === undefined) return v.pipe(TEXT, tooLong, controlCharacters, empty);
  return v.pipe(TEXT, v.trim(), tooLong, controlCharacters, empty);
}

/** The rule that `field` holds no control character (`firstControlCharacter`). */
export function controlCharacterRule(field: RuleField, multiLine: boolean): v.RawCheckAction<string> {
  return rule<string>((text, ctx) => {
    const character = firstControlCharacter(text, multiLine);
    if (character) ctx.addIssue({ message: fieldRuleMessage({ code: 'controlCharacter', field, character }) });
  });
}

/** The message of `field`'s rule that it must not be empty (for a field that trims first: `v.minLength(1, requiredMessage(…))`). */
export function requiredMessage(field: RequiredField): () => string {
  return () => fieldRuleMessage({ code: 'required', field });
}
