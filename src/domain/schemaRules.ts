import * as v from 'valibot';
import { fieldRuleMessage } from './fieldRules';

/**
 * What valibot leaves to the schemas that use it: rules over a whole value (`rule`, with issues at a
 * path inside it), the e-mail address and instant formats the model has always accepted, and
 * issues as plain key paths. valibot's own wording for issues whose schema gives no message
 * ("Invalid type: Expected string but received 5") is English and comes with it; meeting files are
 * parsed with Norwegian wording of their own (meetingFile.ts), which wins over it, and stored rows
 * are described as data (unreadableRows.ts), worded by the screens.
 */

/** Where `rule` puts an issue: a message, and a path inside the checked value (absent: the value itself). */
export interface RuleContext {
  addIssue(issue: { message: string; path?: readonly PropertyKey[] }): void;
}

/**
 * A check over a whole value that may report several issues, each at its own path:
 * `rule((meeting, ctx) => ctx.addIssue({ path: ['items', 2, 'id'], message: '…' }))`. It runs only on
 * a value whose parts all parsed (as zod's refinements did before): a rule across fields never sees a
 * half-read value, and a file's field problems are not repeated as rule problems. Problems of the
 * value itself (a text too long) do not stop it: a text's own checks all report.
 */
export function rule<T>(check: (value: T, ctx: RuleContext) => void): v.RawCheckAction<T> {
  return v.rawCheck<T>(({ dataset, addIssue }) => {
    if (!dataset.typed || dataset.issues?.some((issue) => issue.path !== undefined)) return;
    const value = dataset.value;
    check(value, {
      addIssue: ({ message, path = [] }) => addIssue(path.length === 0 ? { message } : { message, path: pathItems(value, path) }),
    });
  });
}

function pathItems(value: unknown, keys: readonly PropertyKey[]): [v.IssuePathItem, ...v.IssuePathItem[]] {
  let input: unknown = value;
  const items = keys.map((key): v.IssuePathItem => {
    const holder = input as Record<string, unknown> & unknown[];
    const item: v.IssuePathItem = Array.isArray(holder)
      ? { type: 'array', origin: 'value', input: holder, key: Number(key), value: holder[Number(key)] }
      : { type: 'object', origin: 'value', input: holder, key: String(key), value: holder[String(key)] };
    input = item.value;
    return item;
  });
  return items as [v.IssuePathItem, ...v.IssuePathItem[]];
}

/** An issue's path as keys: ['items', 2, 'title']; [] for the value itself. */
export function issueKeys(issue: v.BaseIssue<unknown>): PropertyKey[] {
  return (issue.path ?? []).map((item) => item.key as PropertyKey);
}

/** A strict object's issue for a field it does not know (valibot reports it at the field's own path). */
export function isUnknownField(issue: v.BaseIssue<unknown>): boolean {
  return issue.kind === 'schema' && issue.expected === 'never' && issue.path?.at(-1)?.origin === 'key';
}

/** The values a picklist, literal or variant allows, from its issue's `expected` ('"nb" | "nn"' → ['nb', 'nn']). */
export function allowedValues(issue: v.BaseIssue<unknown>): string[] {
  const expected = issue.expected ?? '';
  const quoted = [...expected.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map(([text]) => String(JSON.parse(text)));
  return quoted.length > 0 ? quoted : expected.replace(/^\(|\)$/g, '').split(' | ');
}

/** "value.1.id: Invalid type: Expected string but received 5; …" for an error that names what did not parse. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues.map((issue) => `${issueKeys(issue).map(String).join('.')}: ${issue.message}`).join('; ');
}

// The addresses the model accepted with zod (its `email` pattern): a local part of letters, digits and _'+-.
// in dot-separated runs, a domain with a top level of two letters or more. valibot's own `email` refuses the
// apostrophe (o'brien@…), so the model keeps this one.
const EMAIL = /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

/** An e-mail address; anything else (a value that is not text included) breaks the rule `badEmail` of `of`'s address. */
export function emailField(of: 'person' | 'grant' | 'role') {
  const message = () => fieldRuleMessage({ code: 'badEmail', of });
  return v.pipe(v.string(message), v.regex(EMAIL, message));
}

// An ISO 8601 instant with seconds and an offset (Z or ±hh:mm), leap days checked: the pattern of zod's
// `iso.datetime({ offset: true })`, which signatures were written against.
const ISO_INSTANT =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))T(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|([+-](?:[01]\d|2[0-3]):[0-5]\d)))$/;

/** Whether `text` is an instant as ISO 8601 text with an offset: "2026-03-05T14:30:00+01:00", "2026-03-05T13:30:00Z". */
export function isIsoInstant(text: string): boolean {
  return ISO_INSTANT.test(text);
}
