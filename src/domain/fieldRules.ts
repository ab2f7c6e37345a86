import { DomainError, FIELD_RULE_PREFIX as PREFIX, type DomainErrorCode } from './errors';

/**
 * The model's own rules for a field (model.ts and the helpers it builds fields with: `textField`,
 * `richTextField`, `emailField`), as data: which rule, the field it is about and its limits. No
 * wording: the schemas carry the rule as their issue's message in a language-free form
 * (`fieldRuleMessage`), meetingFile.ts and the use cases read it back (`fieldRuleOf`), and the screens
 * word it in the user's language (`ui/shared/fieldRuleText.ts`, the `fieldRules` namespace), naming the
 * field: "Tittelen kan ha høyst 255 tegn.", "The title can have at most 255 characters."
 * Rules not yet moved here keep a bokmål message of their own (`FileProblem`'s `rule`).
 */

/** The fields a rule names, each worded by the screens ("Tittelen", "Møtestedet" …). */
export const RULE_FIELDS = [
  'personName',
  'ourRef',
  'yourRef',
  'ingress',
  'greeting',
  'signature',
  'organisationLine',
  'footer',
  'committeeName',
  'attendanceGroup',
  'planId',
  'caseNumber',
  'caseNumberFormat',
  'attachmentTitle',
  'subItemTitle',
  'subItemSummary',
  'followUpWhat',
  'itemTitle',
  'summary',
  'proposedConclusionPoint',
  'background',
  'proceedings',
  'conclusionPoint',
  'archiveRef',
  'disqualifiedPerson',
  'reopenedBy',
  'reopeningReason',
  'place',
  'recipients',
  'theme',
  'meetingNumber',
  'absenceNotice',
  'exemptionBasis',
  'closedMeetingBasis',
  'publicTitle',
  'publicText',
  'text',
] as const;
export type RuleField = (typeof RULE_FIELDS)[number];

/** The fields that must not be empty, each with its own words ("Saken må ha en tittel", "Saksnummeret er tomt"). */
export const REQUIRED_FIELDS = [
  'personName',
  'committeeName',
  'attendanceGroup',
  'planId',
  'caseNumber',
  'attachmentTitle',
  'subItemTitle',
  'followUpWhat',
  'itemTitle',
  'disqualifiedPerson',
  'reopenedBy',
  'reopeningReason',
  'exemptionBasis',
  'closedMeetingBasis',
] as const satisfies readonly RuleField[];
export type RequiredField = (typeof REQUIRED_FIELDS)[number];

/** A rule of the model that a field breaks, as data. */
export type FieldRule =
  /** Longer than `max` characters; `length`: how long it is, where the rule knows (rich text). */
  | { code: 'tooLong'; field: RuleField; max: number; length?: number }
  /** A control character ("U+0007") that no document can keep. */
  | { code: 'controlCharacter'; field: RuleField; character: string }
  | { code: 'required'; field: RequiredField }
  /** Not an e-mail address: a person's (`person`), one granted an exempt sak (`grant`) or one in the roles (`role`). */
  | { code: 'badEmail'; of: 'person' | 'grant' | 'role' }
  | { code: 'badDate' }
  | { code: 'badTime' }
  /** A protokoll's signing time that is neither a date nor an ISO instant. */
  | { code: 'badSignedAt' }
  /** A document's address that is not https (`url`), or a link in rich text that is neither https nor mailto (`link`). */
  | { code: 'unsafeAddress'; of: 'url' | 'link' };

/** The rule as an issue's message: language-free text that `fieldRuleOf` reads back. */
export function fieldRuleMessage(rule: FieldRule): string {
  return PREFIX + JSON.stringify(rule);
}

/** The rule an issue's message carries, or undefined for any other message. */
export function fieldRuleOf(message: string): FieldRule | undefined {
  if (!message.startsWith(PREFIX)) return undefined;
  try {
    return JSON.parse(message.slice(PREFIX.length)) as FieldRule;
  } catch {
    return undefined;
  }
}

/** A line for logs and developers, without words: "tooLong itemTitle 255". */
export function fieldRuleLine(rule: FieldRule): string {
  return [rule.code, ...Object.entries(rule).filter(([key]) => key !== 'code').map(([, value]) => String(value))].join(' ');
}

/**
 * The DomainError for a value a schema refused with `message` (its first issue's): the rule as data
 * when it is one of the model's (`rule`, worded by the screens), else `message` as it is, or `fallback`.
 */
export function fieldError(code: DomainErrorCode, message: string | undefined, fallback: string): DomainError {
  const rule = message === undefined ? undefined : fieldRuleOf(message);
  return rule ? new DomainError(code, fieldRuleLine(rule), rule) : new DomainError(code, message ?? fallback);
}
