import { fieldRuleOf, type FieldRule } from '../../domain/fieldRules';
import { DomainError } from '../../domain/errors';
import { wordingOf, type Wording } from '../../domain/conventions';
import { currentLanguage, registerMessages, translate, type TextValues } from './i18n';
import { fieldRuleMessages, type FieldRuleKey } from './fieldRuleMessages';
import { wordingLanguage } from './useCommitteeWording';
import { wordingValues } from './wordingValues';

/**
 * A rule of the model's fields that a value breaks, in the user's language: the domain says which rule,
 * which field and its limits as data (`domain/fieldRules.ts`), this words it from the `fieldRules`
 * namespace (`fieldRuleMessages.ts`), naming the field: "Tittelen kan ha høyst 255 tegn.",
 * "Møtestaden inneheld eit kontrollteikn (U+0000) som ikkje kan lagrast. Fjern det og prøv igjen."
 * In the chunk `meeting-file-text` with `meetingFileText.ts`, which words meeting problems through it;
 * `describeError` words a `DomainError` that carries a rule through it once it is here (`domainReasonText.ts`'s `refusalText`).
 * A field that names the record or its decisions («Skriv hvorfor protokollen gjenåpnes», «Et punkt i
 * vedtaket») takes the committee's `words` where the screen knows them, the default words elsewhere.
 */

registerMessages('fieldRules', fieldRuleMessages);
/** The committee's words as the texts' arguments (`wordingValues`), the default words where the screen gives none. */
export function wordArguments(words: Wording | undefined): TextValues {
  return wordingValues(words ?? wordingOf(undefined, wordingLanguage(currentLanguage())));
}

/** A limit as the language writes numbers: "4 000", "4,000". */
export function formatted(n: number): string {
  const language = currentLanguage();
  return new Intl.NumberFormat(language === 'xx-LS' ? 'nb' : language).format(n);
}

export function fieldRuleText(rule: FieldRule, words?: Wording): string {
  const w = wordArguments(words);
  const t = (key: FieldRuleKey, values?: TextValues): string => translate('fieldRules', key, { ...w, ...values });
  switch (rule.code) {
    case 'tooLong': {
      const field = t(`field.${rule.field}`);
      const max = formatted(rule.max);
      return rule.length === undefined ? t('tooLong', { field, max }) : t('tooLongNow', { field, max, length: formatted(rule.length) });
    }
    case 'controlCharacter':
      return t('controlCharacter', { field: t(`field.${rule.field}`), character: rule.character });
    case 'required':
      return t(`required.${rule.field}`);
    case 'badEmail':
      return t(`badEmail.${rule.of}`);
    case 'unsafeAddress':
      return t(`unsafeAddress.${rule.of}`);
    case 'badDate':
    case 'badTime':
    case 'badSignedAt':
      return t(rule.code);
    case 'duplicate':
      return t(`duplicate.${rule.field}`, { value: rule.value, ...('position' in rule ? { position: formatted(rule.position) } : {}) });
    case 'endBeforeStart':
      return t('endBeforeStart', { start: rule.start, end: rule.end });
    case 'unknownItem':
      return t(`unknownItem.${rule.of}`, { person: rule.person, itemId: rule.itemId });
    case 'itemsReversed':
      return t('itemsReversed', { person: rule.person, from: rule.from, to: rule.to });
    case 'leftBeforeArrived':
      return t('leftBeforeArrived', { person: rule.person, arrivedAt: rule.arrivedAt, leftAt: rule.leftAt });
    case 'unknownGroup':
      return t('unknownGroup', { person: rule.person, group: rule.group, groups: rule.groups.join(', ') });
    case 'unknownPerson':
      return t('unknownPerson', { person: rule.person });
    case 'unknownItemKind':
      return t('unknownItemKind', { kind: rule.kind });
    case 'malformedCaseNumber':
      return rule.example === undefined
        ? t('malformedCaseNumber', { text: rule.text, format: rule.format })
        : t('malformedCaseNumberExample', { text: rule.text, format: rule.format, example: rule.example });
    case 'caseNumberOutOfRange':
      return t(`caseNumberOutOfRange.${rule.part}`, { value: String(rule.value), max: String(rule.max) });
    case 'unknownCode':
    case 'serialCount':
      return t(rule.code);
    case 'invisibleCharacter':
      return t('invisibleCharacter', { field: t(`field.${rule.field}`) });
    case 'listTooDeep':
      return t('listTooDeep', { field: t(`field.${rule.field}`), max: formatted(rule.max), depth: formatted(rule.depth) });
  }
}

/** The rule an error carries (a DomainError's `rule`, or the message of a schema's parse that threw), worded in the committee's `words`; its message when it carries none. */
export function errorRuleText(error: Error, words?: Wording): string {
  const rule = error instanceof DomainError ? error.rule : fieldRuleOf(error.message);
  return rule ? fieldRuleText(rule, words) : error.message;
}
