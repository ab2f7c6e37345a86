import { DomainError, FIELD_RULE_PREFIX as PREFIX, type DomainErrorCode, type DomainReason } from './errors';

/**
 * The model's own rules for a field (model.ts and the helpers it builds fields with: `textField`,
 * `richTextField`, `emailField`), as data: which rule, the field it is about and its limits. No
 * wording: the schemas carry the rule as their issue's message in a language-free form
 * (`fieldRuleMessage`), meetingFile.ts and the use cases read it back (`fieldRuleOf`), and the screens
 * word it in the user's language (`ui/shared/fieldRuleText.ts`, the `fieldRules` namespace), naming the
 * field: "Tittelen kan ha høyst 255 tegn.", "The title can have at most 255 characters."
 * The rules across fields of a meeting file (meetingRules.ts: a sak's id twice, an attendance entry
 * pointing at a sak that does not exist …), the committee's sakstyper (conventions.ts), the case
 * number format's codes, a file name's invisible characters and rich text's list depth are here too:
 * no schema of `src/domain` words an issue itself.
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
  'itemKind',
  'itemKindNb',
  'itemKindNn',
  'itemKinds',
  'fileName',
  'notedConclusion',
  'proposalBy',
  'committeeLabel',
  'signatureStatement',
  'caseRouteBody',
  'motionBy',
  'motionText',
  'voteOn',
  'voteResult',
  'voteForBy',
  'voteAgainstBy',
  'statementBy',
  'statementText',
  'shareOwner',
  'outcome',
  'siteVisitPlace',
  'siteVisitAbout',
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
  'itemKind',
  'itemKindNb',
  'itemKindNn',
  'itemKinds',
  'caseRouteBody',
  'siteVisitPlace',
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
  | { code: 'unsafeAddress'; of: 'url' | 'link' }
  /**
   * The same `value` twice where it must be unique: a sak's id or case number in the saksliste
   * (`position`: the first sak that has it, counted from 1), or a sakstype's id in the committee's list.
   */
  | { code: 'duplicate'; field: 'itemId' | 'caseNumber'; value: string; position: number }
  | { code: 'duplicate'; field: 'itemKind'; value: string }
  /** A meeting that ends (`end`, "HH:MM") when or before it starts (`start`). */
  | { code: 'endBeforeStart'; start: string; end: string }
  /** An attendance entry (`of: 'attendance'`) or an inhabilitet (`disqualification`) of `person` that names a sak (`itemId`) the saksliste does not have. */
  | { code: 'unknownItem'; of: 'attendance' | 'disqualification'; person: string; itemId: string }
  /** An attendance entry of `person` whose range of saker runs backwards: `from` comes after `to` in the saksliste. */
  | { code: 'itemsReversed'; person: string; from: string; to: string }
  /** An attendance entry of `person` that leaves (`leftAt`) when or before it arrives (`arrivedAt`). */
  | { code: 'leftBeforeArrived'; person: string; arrivedAt: string; leftAt: string }
  /** An attendance entry of `person` in a role group (`group`) that is not one of the committee's `groups`. */
  | { code: 'unknownGroup'; person: string; group: string; groups: string[] }
  /** An inhabil `person` who is neither in the attendance nor among the committee's members. */
  | { code: 'unknownPerson'; person: string }
  /** A sak's sakstype (`kind`) that is not in the committee's list of sakstyper. */
  | { code: 'unknownItemKind'; kind: string }
  /** A case number (`text`) that does not read in the committee's `format`; `example`: one that does ("2026.03"), absent for a format that is not valid. */
  | { code: 'malformedCaseNumber'; field: 'caseNumber'; text: string; format: string; example?: string }
  /** A case number that cannot be written: a year without four digits (`part: 'year'`) or a serial outside 1 … `max` (`serial`). */
  | { code: 'caseNumberOutOfRange'; field: 'caseNumber'; part: 'year' | 'serial'; value: number; max: number }
  /** A case number format with a code that is none of {YYYY}, {YY}, {N}, {NN}, {NNN} … (`unknownCode`), or without exactly one serial (`serialCount`). */
  | { code: 'unknownCode' | 'serialCount'; field: 'caseNumberFormat' }
  /** A name with characters that turn its direction or hide (U+202E, U+200B …), so that it may show as another. */
  | { code: 'invisibleCharacter'; field: 'fileName' }
  /** A list in rich text nested `depth` levels deep, deeper than `max`. */
  | { code: 'listTooDeep'; field: RuleField; max: number; depth: number };

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

/** A line for logs and developers, without words: "tooLong itemTitle 255", "unknownGroup Kari Andre Ordførarar,Rådmenn". */
export function fieldRuleLine(rule: FieldRule): string {
  return [rule.code, ...Object.entries(rule).filter(([key]) => key !== 'code').map(([, value]) => String(value))].join(' ');
}

/**
 * The DomainError for a value a schema refused with `message` (its first issue's): the rule as data
 * when it is one of the model's (`rule`, worded by the screens), else `fallback` (the schema's own
 * message, which no screen words, kept after it for logs).
 */
export function fieldError(code: DomainErrorCode, message: string | undefined, fallback: DomainReason): DomainError {
  const rule = message === undefined ? undefined : fieldRuleOf(message);
  if (rule) return new DomainError(code, fieldRuleLine(rule), rule);
  const error = new DomainError(code, fallback);
  if (message !== undefined) error.message = `${error.message}: ${message}`;
  return error;
}
